// Organization evidence: the gazetteer of known organizations and acronyms, and the shape of a name
// (a head noun such as "Ministry", "Directorate", "Industries", a company suffix such as "Inc.").
import { type Lexicon } from '../../data/lexicon';
import { perLexicon } from '../../cache/memo';
import type { Token } from '../../text/tokens';
import { normalizeKey } from '../../text/keys';

interface OrgTables {
  heads: Set<string>;
  suffixes: Set<string>;
  /** Heads and suffixes in one set, for a key without a final full stop. */
  headsOrSuffixes: Set<string>;
}

/** A lexicon's head nouns and company suffixes as look-up keys, built on first use. */
export const orgTables = perLexicon(
  (lexicon) => lexicon.orgWords,
  (lexicon): OrgTables => {
    const t: OrgTables = {
      heads: new Set(lexicon.orgWords.heads.map(normalizeKey)),
      suffixes: new Set(lexicon.orgWords.companySuffixes.map((s) => normalizeKey(s).replace(/\.$/, ''))),
      headsOrSuffixes: new Set(),
    };
    for (const set of [t.heads, t.suffixes]) for (const key of set) t.headsOrSuffixes.add(key);
    return t;
  },
);

/** True when `word` is an organization head noun ("Ministry", "Forces", "Industries"). */
export function isOrgHead(word: string, lexicon: Lexicon): boolean {
  return isOrgHeadKey(normalizeKey(word), lexicon);
}

/** isOrgHead for a look-up key (a token's `key`). */
export function isOrgHeadKey(key: string, lexicon: Lexicon): boolean {
  const t = orgTables(lexicon);
  // Most keys have no final full stop: then one look-up answers for both sets.
  if (!key.endsWith('.')) return t.headsOrSuffixes.has(key);
  return t.heads.has(key) || t.suffixes.has(key.slice(0, -1));
}

/**
 * Heads that take a place as part of their own name ("Bank of England", "University of Michigan",
 * "Republic of Korea"), unlike government units whose "of Türkiye" only says whose they are.
 */
const PLACE_COMPLEMENT_HEADS = new Set([
  'bank',
  'university',
  'republic',
  'kingdom',
  'state',
  'states',
  'commonwealth',
  'college',
  'museum',
  'church',
  'city',
  'province',
  'gulf',
  'sea',
  'bay',
  'port',
  'islands',
  'federation',
  'emirates',
  'union',
  'school',
  'institute',
  'academy',
  'hospital',
  'club',
  'diocese',
  'archdiocese',
  'county',
  'district',
  'council',
]);

export function takesPlaceComplement(head: string): boolean {
  return PLACE_COMPLEMENT_HEADS.has(normalizeKey(head));
}

/** Legal-form abbreviations that always end a company's name ("Chrysler LLC", "Apple Inc."). */
const LEGAL_FORMS = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'plc',
  'ag',
  'sa',
  'gmbh',
  'nv',
  'n.v',
  'jsc',
  'aş',
  'a.ş',
  'llp',
  'lp',
  'kk',
  'bv',
  'ab',
  'asa',
  'spa',
  's.p.a',
  'pty',
  'oy',
  'oyj',
  'se',
]);

export function isLegalForm(word: string): boolean {
  return LEGAL_FORMS.has(normalizeKey(word).replace(/\.$/, ''));
}

/**
 * Context that makes the name at tokens [first, last) an organization: a noun before it
 * ("automaker Chrysler", "the company, Fiat") or a noun it possesses after it ("Ford's shares").
 */
export function organizationContext(
  tokens: readonly Token[],
  first: number,
  last: number,
  lexicon: Lexicon,
): boolean {
  let k = first - 1;
  if (tokens[k]?.text === ',') k--;
  const before = tokens[k];
  if (before && before.kind === 'word' && !before.upper && lexicon.orgCues.before.has(before.key))
    return true;
  const two = tokens[k - 1];
  // normalizeKey of the two words: their keys with one space (tokens hold no white space).
  if (before && two && lexicon.orgCues.before.has(`${two.key} ${before.key}`)) return true;
  const s = tokens[last];
  if (s && /^['’]s$/i.test(s.text)) {
    let n = last + 1;
    // Skip one adjective or number word ("Ford's North American workforce", "Ford's new plant").
    for (let skip = 0; skip < 3 && tokens[n] && !lexicon.orgCues.possessed.has(tokens[n].key); skip++) n++;
    if (tokens[n] && lexicon.orgCues.possessed.has(tokens[n].key)) return true;
  }
  // "the Scientology organization", "Hamas officials": a one-word name used as a modifier of a
  // noun that only organizations have, after a determiner or at the start of a clause.
  const after = tokens[last];
  const det = tokens[first - 1];
  if (
    last - first === 1 &&
    // "Congressional lawmakers": an adjective, not a name.
    !/(?:al|ic|ian|ese|ish)$/.test(tokens[first].key) &&
    after?.kind === 'word' &&
    !after.upper &&
    ORG_MODIFIED_NOUNS.has(after.key) &&
    (det === undefined || det.kind === 'punct' || /^(the|a|an|its|their)$/.test(det.key))
  )
    return true;
  return false;
}

/** Nouns a bare one-word name modifies only when it names an organization ("the Boeing board"). */
const ORG_MODIFIED_NOUNS = new Set([
  'organization',
  'organisation',
  'officials',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'website',
  'homepage',
  'headquarters',
  'board',
  'shareholders',
  'employees',
  'executives',
  'subsidiary',
  'leadership',
  'militants',
  'fighters',
  'lawmakers',
  'deputies',
  'stores',
  'dealerships',
  'plant',
  'factory',
]);
