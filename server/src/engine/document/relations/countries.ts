// The country of each organization and person: an organization's as written (the chains), else
// its parent's, else, for a state body, the country the article named last before it (not one named
// as the other party: "the war with India"); a person's from their title, else from their organization.
import type { Entity, Mention } from '../../model/types';
import { isOrgHead, isStateBody } from '../../recognizers/names/organizations';
import type { RelationDocument } from './document';

/** Organization countries: written > parent's > the country the article is about at that point. */
export function organizationCountries(doc: RelationDocument, written: ReadonlyMap<string, string>): void {
  const { byId, mentions, lexicon } = doc;
  for (const [org, c] of written) {
    const e = byId.get(org);
    if (e) e.country = c;
  }
  const orgs = doc.entities.filter((e) => e.type === 'organization');
  const parentCountry = (e: Entity, depth = 0): string | undefined =>
    e.country ?? (e.parent && depth < 8 ? parentCountry(byId.get(e.parent) as Entity, depth + 1) : undefined);
  const fromParents = (): void => {
    for (const e of orgs) {
      if (e.country !== undefined) continue;
      e.country = parentCountry(e);
      if (e.country !== undefined) doc.fired('parent-country');
    }
  };
  fromParents();
  for (const e of orgs) {
    if (e.country || e.source === 'gazetteer' || e.mentions.length === 0) continue;
    if (
      !isStateBody(e.name, lexicon) ||
      (!isOrgHead(e.name.split(/\s+/).pop() ?? '', lexicon) && !/^\S+ (of|for) /.test(e.name))
    )
      continue;
    for (let j = e.mentions[0] - 1; j >= 0; j--) {
      const p = mentions[j];
      if (p.type !== 'place' || doc.entityOf(p)?.placeKind !== 'country' || otherParty(doc.text, p)) continue;
      e.country = p.entity;
      doc.fired('state-body-country');
      break;
    }
  }
  fromParents();
}

/**
 * "the 1965 war with India", "talks with Russia": a country named after "with" or "against" is the
 * other party of what the article's own country does, not the country of a body named later.
 */
function otherParty(text: string, country: Mention): boolean {
  return /\b(?:with|against)\s+(?:the\s+)?$/i.test(
    text.slice(Math.max(0, country.start - 14), country.start),
  );
}

/** A person with no country yet takes their organization's. */
export function peopleCountries(doc: RelationDocument): void {
  for (const person of doc.entities) {
    if (person.type !== 'person' || person.country || !person.organization) continue;
    person.country = doc.byId.get(person.organization)?.country;
    if (person.country !== undefined) doc.fired('organization-country');
  }
}
