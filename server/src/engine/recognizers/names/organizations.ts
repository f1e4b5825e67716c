// Organization evidence: the gazetteer of known organizations and acronyms, and the shape of a name
// (a head noun such as "Ministry", "Directorate", "Industries", a company suffix such as "Inc.").
import type { Lexicon, PhraseWords } from '../../data/lexicon';
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

/** A legal form or a company's suffix ("Corp", "Company", "Holdings", "Group"): the word says company. */
export function isCompanyWord(word: string, lexicon: Lexicon): boolean {
  return derive(lexicon).org.suffixes.has(suffixKey(word));
}

/** A legal form that always ends a company's name ("Chrysler LLC", "Apple Inc."). */
export function isLegalForm(word: string, lexicon: Lexicon): boolean {
  return derive(lexicon).org.namesEndAt.has(suffixKey(word));
}
/** A list's joining word or mark: "Boots and Superdrug", "Avis, Hertz or Sixt". */
const LIST_JOINS = new Set([',', 'and', 'or', '&']);

/**
 * Where the list the name at `first` ends ("… Boots and [Superdrug]") begins: the index of its
 * first name's first token, or `first` when the name is no later item of a list.
 */
function listStart(tokens: readonly Token[], first: number): number {
  let start = first;
  for (let items = 0; items < 4; items++) {
    let k = start - 1;
    if (!tokens[k] || !LIST_JOINS.has(tokens[k].text)) break;
    if (tokens[k].text === 'and' && tokens[k - 1]?.text === ',') k--;
    let words = 0;
    while (
      words < 4 &&
      tokens[k - 1]?.kind === 'word' &&
      tokens[k - 1].upper &&
      !tokens[k - 1].sentenceStart
    ) {
      k--;
      words++;
    }
    if (words === 0) break;
    start = k;
  }
  return start;
}

/**
 * A noun before the name that only organizations follow ("automaker Chrysler", "the company, Fiat",
 * "shares of Delmont", "a director at Zorvex"), also before the whole list the name ends
 * ("Retailers Boots and Superdrug").
 */
function nounBefore(tokens: readonly Token[], first: number, lexicon: Lexicon): OrgContext {
  const here = cueNounBefore(tokens, first, lexicon);
  if (here !== undefined) return here;
  const start = listStart(tokens, first);
  return start === first ? undefined : cueNounBefore(tokens, start, lexicon);
}

/**
 * A cue noun right before token `first`, across a comma: a noun and its preposition ("shares of",
 * "a director at") only an organization's name follows; a noun alone ("investor", "rival") a
 * person's full name may follow too ("investor Warren Buffett").
 */
function cueNounBefore(tokens: readonly Token[], first: number, lexicon: Lexicon): OrgContext {
  const cues = lexicon.orgCues.before;
  let k = first - 1;
  if (tokens[k]?.text === ',') k--;
  const before = tokens[k];
  if (before === undefined || before.kind !== 'word') return undefined;
  const two = tokens[k - 1];
  // normalizeKey of the two words: their keys with one space (tokens hold no white space).
  if (two !== undefined && cues.has(`${two.key} ${before.key}`)) return 'organization';
  // A capital says nothing at a sentence start ("Retailers Boots …").
  return (!before.upper || before.sentenceStart) && cues.has(before.key)
    ? 'organization or person'
    : undefined;
}

/** "Minneapolis-based Delmont", "state-owned Gazprom": a company's compound participle before it. */
function participleBefore(tokens: readonly Token[], first: number, lexicon: Lexicon): boolean {
  const participle = tokens[first - 1];
  return (
    participle !== undefined &&
    tokens[first - 2]?.text === '-' &&
    participle.attached &&
    lexicon.orgCues.participles.has(participle.key)
  );
}

/** Whether the tokens from `at` on spell one of `phrases` (keys, filed by first word). */
function phraseAt(tokens: readonly Token[], at: number, phrases: PhraseWords): readonly string[] | undefined {
  const start = tokens[at];
  const candidates = start && phrases.get(start.key);
  if (candidates === undefined) return undefined;
  for (const words of candidates) {
    let n = 1;
    while (n < words.length && tokens[at + n]?.key === words[n]) n++;
    if (n === words.length) return words;
  }
  return undefined;
}

/**
 * Words after the name that only an organization's takes: "Zorvex shares fell", "Quvaro, which
 * owns …", an office it fills ("Delmont Chief Executive Officer Gareth Lumsden", "Zorvex chairman
 * …"), or a statement ("Delmont said in a statement"). A person's name is written before "said in
 * a statement" too: there only a one-word name counts, as a name of either kind (linking types the
 * surname of a person named in full).
 */
function phraseAfter(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon): OrgContext {
  if (phraseAt(tokens, last, lexicon.orgCues.offices) !== undefined) return 'organization';
  const words = phraseAt(tokens, last, lexicon.orgCues.after);
  if (words === undefined) return undefined;
  if (words[0] !== 'said') return 'organization';
  return last - first === 1 ? 'organization or person' : undefined;
}

/**
 * "the Scientology organization", "Hamas officials", "a vote by Delmont shareholders": a name used
 * as a modifier of a noun that only organizations have, after a determiner or a preposition or at
 * the start of a clause. A given name first makes a person's name ("John Smith officials" is none).
 */
function modifiesOrganizationNoun(
  tokens: readonly Token[],
  first: number,
  last: number,
  lexicon: Lexicon,
): boolean {
  const after = tokens[last];
  const det = tokens[first - 1];
  return (
    last - first <= 3 &&
    // "Congressional lawmakers": an adjective, not a name.
    !/(?:al|ic|ian|ese|ish)$/.test(tokens[first].key) &&
    !(last - first > 1 && lexicon.givenNames.has(tokens[first].key)) &&
    after?.kind === 'word' &&
    !after.upper &&
    lexicon.orgCues.modified.has(after.key) &&
    (det === undefined || det.kind === 'punct' || MODIFIER_BEFORE.has(det.key))
  );
}

/** Words before a name that modifies a noun after it: determiners and prepositions. */
const MODIFIER_BEFORE = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'by',
  'of',
  'for',
  'from',
  'with',
  'to',
  'at',
  'among',
]);

/** "Ford's shares", "Ford's North American workforce": a noun an organization possesses. */
function possesses(tokens: readonly Token[], last: number, lexicon: Lexicon): boolean {
  const s = tokens[last];
  if (!s || !/^['’]s$/i.test(s.text)) return false;
  let n = last + 1;
  // Skip up to two adjective or number words ("Ford's North American workforce", "Ford's new plant").
  for (let skip = 0; skip < 3 && tokens[n] && !lexicon.orgCues.possessed.has(tokens[n].key); skip++) n++;
  return tokens[n] !== undefined && lexicon.orgCues.possessed.has(tokens[n].key);
}

/** Words that end the noun phrase of an apposition ("a freight forwarder based in …", "a unit of …"). */
const PHRASE_ENDS = new Set([
  'of',
  'in',
  'at',
  'on',
  'for',
  'from',
  'to',
  'with',
  'and',
  'or',
  'that',
  'which',
  'who',
  'whose',
]);

/**
 * "Carvell, a freight forwarder based in Essex", "Tessaly, a Dutch investor": an apposition after
 * the name whose head noun is one organizations are called by. The head is the last of the
 * lower-case words after the article (a capitalised word may qualify it: "a Dutch investor").
 */
function appositionAfter(tokens: readonly Token[], last: number, lexicon: Lexicon): boolean {
  if (tokens[last]?.text !== ',') return false;
  const article = tokens[last + 1]?.key;
  if (article !== 'a' && article !== 'an' && article !== 'the') return false;
  let head: Token | undefined;
  for (let k = last + 2; k < last + 8; k++) {
    const t = tokens[k];
    if (
      t === undefined ||
      t.kind !== 'word' ||
      PHRASE_ENDS.has(t.key) ||
      lexicon.orgCues.participles.has(t.key)
    )
      break;
    // "the company's chairman": a possessive makes the noun after it the head.
    if (tokens[k + 1]?.text === "'s" || tokens[k + 1]?.text === '’s') return false;
    if (!t.upper) head = t;
  }
  return head !== undefined && lexicon.orgCues.before.has(head.key);
}

/**
 * What the words around a name say it is: 'organization' where only an organization's name stands
 * there, 'organization or person' where a person's could too, if it begins with a given name
 * ("Gloria's shares", "Gloria said in a statement").
 */
export type OrgContext = 'organization' | 'organization or person' | undefined;

/**
 * Context that makes the name at tokens [first, last) an organization: a noun before it
 * ("automaker Chrysler"), a company's participle ("Minneapolis-based Delmont"), a noun it
 * possesses ("Ford's shares") or modifies ("Hamas officials"), or words only an organization's
 * name takes after it ("Delmont said in a statement", "Zorvex chief executive").
 */
export function organizationContext(
  tokens: readonly Token[],
  first: number,
  last: number,
  lexicon: Lexicon,
): OrgContext {
  if (participleBefore(tokens, first, lexicon)) return 'organization';
  const before = nounBefore(tokens, first, lexicon);
  if (before === 'organization') return before;
  const after = phraseAfter(tokens, first, last, lexicon);
  if (after === 'organization') return after;
  return (
    before ??
    after ??
    (possesses(tokens, last, lexicon) ||
    modifiesOrganizationNoun(tokens, first, last, lexicon) ||
    appositionAfter(tokens, last, lexicon)
      ? 'organization or person'
      : undefined)
  );
}
