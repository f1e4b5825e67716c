// What a title or an organization belongs to, read from the words around it: a country written
// just before it ("Kazakh Minister", "Türkiye's Minister"), an organization written just before a
// title ("Delmont Chief Executive Officer"), a demonym its name starts with
// ("Turkish Aerospace Industries"), and the "of"/"at" chain after it ("head of the Department of
// International Cooperation at the Ministry of Defense", "Defense Industry Directorate of Türkiye").
import type { Entity } from '../../model/types';
import { keyMemo, Memo } from '../../cache/memo';
import { normalizeKey } from '../../text/keys';
import type { RelationDocument } from './document';

/** What the chains say, by mention index (titles have no entity yet) or organization id. */
export interface ChainFacts {
  /** A title mention's organization. */
  titleOrg: Map<number, string>;
  /** A title mention's country. */
  titleCountry: Map<number, string>;
  /** An organization's country, as the text writes it; later passes add to it. */
  orgCountry: Map<string, string>;
}

/** The key of a name's first word (an organization's "Turkish …" names its country). */
const firstWordKey = new Memo((text) => normalizeKey(text.split(/\s+/)[0]));

const COUNTRY_BEFORE = /^(\s*|['’]s\s+)$/;
const CHAIN_LINK = /^\s+(of|at|in|within|under)\s+(the\s+)?$/;

export function readChains(doc: RelationDocument): ChainFacts {
  const { mentions, lexicon } = doc;
  const facts: ChainFacts = { titleOrg: new Map(), titleCountry: new Map(), orgCountry: new Map() };
  const { titleOrg, titleCountry, orgCountry } = facts;
  const placeByName = new Map<string, Entity>();
  for (const e of doc.entities) if (e.type === 'place') placeByName.set(keyMemo.get(e.name), e);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'title' && m.type !== 'organization') continue;
    // Titles have no entity yet (they get one per holder later); organizations always have one.
    const e = doc.entityOf(m);
    if (m.type === 'organization' && !e) continue;
    const prev = mentions[i - 1];
    if (prev && doc.isCountry(prev) && COUNTRY_BEFORE.test(doc.gap(prev, m))) {
      const c = doc.countryId(prev);
      if (c && m.type === 'title') titleCountry.set(i, c);
      if (c && e) orgCountry.set(e.id, c);
      if (c) doc.fired('country-before');
    }
    // "Delmont Chief Executive Officer", "Halvorsen's chief executive", "Rising Star Corps Commander"
    if (
      m.type === 'title' &&
      prev?.type === 'organization' &&
      prev.entity &&
      COUNTRY_BEFORE.test(doc.gap(prev, m))
    ) {
      titleOrg.set(i, prev.entity);
      doc.fired('organization-before');
    }
    if (m.type === 'organization' && e) {
      const country = lexicon.demonyms.get(firstWordKey.get(m.text));
      if (country && !orgCountry.has(e.id)) {
        const place = placeByName.get(keyMemo.get(country.name));
        if (place) {
          orgCountry.set(e.id, place.id);
          doc.fired('demonym-name');
        }
      }
    }
    // The "of/at" chain after it: organization, parent, country.
    let k = i;
    let owner = m;
    while (k + 1 < mentions.length) {
      const next = mentions[k + 1];
      if (!CHAIN_LINK.test(doc.gap(mentions[k], next))) break;
      const ownerEntity = owner.type === 'title' ? undefined : doc.entityOf(owner);
      if (owner.type !== 'title' && !ownerEntity) break;
      if (next.type === 'organization') {
        if (owner.type === 'title') {
          titleOrg.set(i, next.entity as string);
          doc.fired('title-of-organization');
        } else if (ownerEntity && ownerEntity.id !== next.entity && ownerEntity.parent === undefined) {
          ownerEntity.parent = next.entity;
          doc.fired('organization-of-parent');
        }
        owner = next;
      } else if (doc.isCountry(next)) {
        const c = doc.countryId(next);
        if (c && ownerEntity && owner.type === 'organization') orgCountry.set(ownerEntity.id, c);
        if (c && owner.type === 'title') titleCountry.set(i, c);
        if (c && (ownerEntity || owner.type === 'title')) doc.fired('of-country');
        break;
      } else break;
      k++;
    }
  }
  return facts;
}
