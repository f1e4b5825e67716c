// Organization evidence: the gazetteer of known organizations and acronyms, and the shape of a name
// (a head noun such as "Ministry", "Directorate", "Industries", a company suffix such as "Inc.").
import { type Lexicon } from '../../data/lexicon';
import { derive, suffixKey } from '../../data/derived';
import type { Token } from '../../text/tokens';
import { normalizeKey } from '../../text/keys';

/** True when `word` is an organization head noun ("Ministry", "Forces", "Industries"). */
export function isOrgHead(word: string, lexicon: Lexicon): boolean {
  return isOrgHeadKey(normalizeKey(word), lexicon);
}

/** isOrgHead for a look-up key (a token's `key`). */
export function isOrgHeadKey(key: string, lexicon: Lexicon): boolean {
  const t = derive(lexicon).org;
  // Most keys have no final full stop: then one look-up answers for both sets.
  if (!key.endsWith('.')) return t.headsOrSuffixes.has(key);
  return t.heads.has(key) || t.suffixes.has(key.slice(0, -1));
}

/**
 * A head that takes a place as part of its own name ("Bank of England", "University of Michigan",
 * "Republic of Korea"), unlike government units, whose "of Türkiye" only says whose they are.
 */
export function takesPlaceComplement(head: string, lexicon: Lexicon): boolean {
  return derive(lexicon).org.placeComplementHeads.has(normalizeKey(head));
}

/** A government unit whose "of <country>" says whose it is ("Ministry", "Embassy"), by its key. */
export function isGovernmentUnitKey(key: string, lexicon: Lexicon): boolean {
  return derive(lexicon).org.governmentUnits.has(key);
}

/** A state's organization by a word of its name ("Ministry of …", "… Army"), whatever its country. */
export function isStateBody(name: string, lexicon: Lexicon): boolean {
  return derive(lexicon).org.stateHead.test(name);
}

/** A legal form that always ends a company's name ("Chrysler LLC", "Apple Inc."). */
export function isLegalForm(word: string, lexicon: Lexicon): boolean {
  return derive(lexicon).org.namesEndAt.has(suffixKey(word));
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
    lexicon.orgCues.modified.has(after.key) &&
    (det === undefined || det.kind === 'punct' || /^(the|a|an|its|their)$/.test(det.key))
  )
    return true;
  return false;
}
