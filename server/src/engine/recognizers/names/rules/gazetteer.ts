// Names the gazetteers know: organizations, places (and places read as sports teams), and
// newspapers named after a known place. Their candidates carry the gazetteer's canonical name as
// key, so every spelling of one entry links to one entity. Demonyms are set apart while runs are
// cut (cuts.ts): a piece that reaches these rules is never a demonym alone.
import { PRIORITY, candidate } from '../../../model/candidate';
import { placeByKey } from '../places';
import { teamEvidence } from '../teams';
import { pieceCandidate, type NameRule } from './rule';
import type { NamePiece } from './namePiece';
import type { OrganizationRow } from '../../../data/lexicon';
import type { BlockContext } from '../../context';
import { organizationContext } from '../organizations';
import { normalizeKey } from '../../../text/keys';

/**
 * An acronym names its organization only as the data write it or in capitals: "Nis", the city, is
 * not the agency "NIS". A name or alias that reads like the acronym counts in any case.
 */
function writtenAsKnown(org: OrganizationRow, p: NamePiece): boolean {
  if (org.acronym === undefined || p.text === org.acronym || p.allCaps || normalizeKey(org.acronym) !== p.key)
    return true;
  return normalizeKey(org.name) === p.key || (org.aliases ?? []).some((a) => normalizeKey(a) === p.key);
}

/** An organization the gazetteer knows by this name ("NATO", "Ford Motor Company"). */
export const knownOrganization: NameRule = {
  id: 'known-organization',
  source: 'names',
  examples: [
    ['Officials at NATO met on Monday.', 'NATO', 'organization'],
    ['Shares of BAT rose after the results.', 'BAT', 'organization'],
  ],
  classify: (p, ctx) => {
    const org = p.org;
    if (
      org === undefined ||
      !writtenAsKnown(org, p) ||
      (isWordAcronym(p, org, ctx) && !acronymSupport(p, ctx))
    )
      return undefined;
    return candidate({
      start: p.start,
      end: p.end,
      type: 'organization',
      source: 'names',
      priority: PRIORITY.knownOrganization,
      key: org.name,
      country: org.country ? ctx.lexicon.countryByIso.get(org.country)?.name : undefined,
    });
  },
};

/** "BAT" for British American Tobacco: the gazetteer's acronym, written in capitals, is also an English word. */
function isWordAcronym(p: NamePiece, org: OrganizationRow, ctx: BlockContext): boolean {
  return p.words.length === 1 && p.allCaps && org.acronym === p.text && ctx.lexicon.commonWords.has(p.key);
}

/**
 * What lets such an acronym stand for the gazetteer's organization: "the" before it, speech, or
 * context only an organization's name has ("BAT shares"). Without it ("a BAT action") the acronym
 * rule reads it, and linking joins it to the organization only where the article names it in full.
 */
function acronymSupport(p: NamePiece, ctx: BlockContext): boolean {
  return (
    p.prev?.key === 'the' ||
    p.saidAfter ||
    organizationContext(p.tokens, p.first, p.last, ctx.lexicon) !== undefined
  );
}

/** A country or city in a match report is its team ("Belgium defeated Panama 3 – 0"). */
export const team: NameRule = {
  id: 'team',
  source: 'names:team',
  examples: [['Belgium beat Panama 3 – 0 on Monday.', 'Panama', 'organization']],
  classify: (p, ctx) => {
    const place = p.place;
    if (place === undefined || !p.placeHere || place.kind === 'site' || place.kind === 'continent')
      return undefined;
    const evidence = teamEvidence(ctx, p.first, p.last);
    if (evidence === undefined) return undefined;
    return candidate({
      start: p.start,
      end: p.end,
      type: 'organization',
      source: 'names:team',
      priority: PRIORITY.name,
      key: place.key,
      weak: evidence === 'weak' || undefined,
    });
  },
};

/** A place the gazetteers know; a name that is also a word only after "in", "from", …. */
export const knownPlace: NameRule = {
  id: 'known-place',
  source: 'names',
  examples: [
    ['Talks resumed in Nairobi on Friday.', 'Nairobi', 'place'],
    ['The ministry said Kazakhstan would sign.', 'Kazakhstan', 'place'],
    // The city Niš, not the agency whose acronym is NIS: an acronym counts only in capitals.
    ['The convoy reached Nis by night.', 'Nis', 'place'],
  ],
  classify: (p) => {
    const place = p.place;
    if (place === undefined || !p.placeHere) return undefined;
    return candidate({
      start: p.start,
      end: p.end,
      type: 'place',
      source: 'names',
      priority: PRIORITY.name,
      key: place.key,
      country: place.country,
    });
  },
};

/** A newspaper named after its place: "Toronto Star", "Edmonton Sun", "Daily Mail". */
export const publication: NameRule = {
  id: 'publication',
  source: 'names:publication',
  examples: [['The story ran in the Nairobi Star on Sunday.', 'Nairobi Star', 'organization']],
  classify: (p, ctx) => {
    const words = p.words;
    if (
      words.length !== 2 ||
      !ctx.lexicon.orgCues.publications.has(words[1].key) ||
      (placeByKey(words[0].key, ctx.lexicon) === undefined && words[0].key !== 'daily')
    )
      return undefined;
    return pieceCandidate(p, 'organization', 'names:publication');
  },
};

/** Words before a name that put it where a company is dealt with ("at Boots", "from Avis"). */
const DEALT_WITH = new Set(['at', 'from', 'by', 'with', 'against', 'to', 'for']);

/**
 * What supports reading a brand that is also a word as the company: it speaks ("Target said"), owns
 * ("Boots's stores") or is dealt with ("at Boots"), and is written mid-sentence. A person does all
 * of these too, so a one-word brand that is a given name or surname ("Byron", "Arthur", "Castro")
 * is left to the rules that read an organization's own context ("shares of Avis").
 */
function brandSupport(p: NamePiece): boolean {
  if (p.tokens[p.first].sentenceStart) return false;
  if (p.last - p.first === 1 && (p.given || p.surnameLike)) return false;
  const next = p.tokens[p.last];
  return (
    p.saidAfter ||
    (next !== undefined && /^['’]s$/.test(next.text)) ||
    (p.prev !== undefined && DEALT_WITH.has(p.prev.key))
  );
}

/**
 * A brand or operator the second gazetteer knows (brands.json, from name-suggestion-index:
 * "Superdrug", "Amtrak"). A name that is also a word or a personal name ("Avis", "Target") counts
 * only where the words around it support the company.
 */
export const knownBrand: NameRule = {
  id: 'known-brand',
  source: 'names:brand',
  examples: [
    ['Shoppers queued outside Superdrug on Monday.', 'Superdrug', 'organization'],
    ['A spokeswoman for the chain said Target would reopen.', 'Target', 'organization'],
  ],
  classify: (p, ctx) => {
    const brand = ctx.lexicon.brands.get(p.key);
    if (brand === undefined || (brand.contextual && !brandSupport(p))) return undefined;
    return candidate({
      start: p.start,
      end: p.end,
      type: 'organization',
      source: 'names:brand',
      priority: PRIORITY.name,
      key: brand.name,
      // One word may still be a surname the name lists lack: the article's full names overrule it.
      weak: p.last - p.first === 1 ? true : undefined,
    });
  },
};
