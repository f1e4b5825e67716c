// Tables the recognizers derive from the data files: word lists as look-up sets, unions of several
// lists, and the phrase indexes of the gazetteers. They are built together, once per loaded data
// (derive), and shared by every lexicon made from it with the user's entries; prepareEngine builds
// them before the first document. Each builder here is plain data work: no recognizer logic.
import type { Lexicon, RankRow } from './lexicon';
import { normalizeKey } from '../text/keys';
import { firstWord } from '../text/tokens';
import { phraseIndex, type PhraseIndex } from '../text/phrases';

export interface TitleTables {
  offices: Set<string>;
  compounds: PhraseIndex<true>;
  modifiers: Set<string>;
  orgHeads: Set<string>;
  /** First words of the compound offices (as phrases.ts files them). */
  compoundStarts: Set<string>;
  /** The plural offices' keys ("defense ministers", "chiefs of staff"), which the two sets above hold too. */
  plurals: Set<string>;
  /** Team positions, no office in lower case ("captain"). */
  positions: Set<string>;
  /** An abbreviated office's key → the office in full ("sen." → "Senator"). */
  fullNames: Map<string, string>;
  /** Last words of the compound offices ("staff" of "Chief of Army Staff"). */
  compoundEnds: Set<string>;
  /** compoundStarts, modifiers and offices in one set, for a token whose key is one word. */
  starts: Set<string>;
}

export interface OrgTables {
  heads: Set<string>;
  /** Heads that open a name with no "of" after them ("Banque Morel"), as keys. */
  headsFirst: Set<string>;
  /** Company suffixes and legal forms, keyed without a final full stop. */
  suffixes: Set<string>;
  /** Heads and suffixes in one set, for a key without a final full stop. */
  headsOrSuffixes: Set<string>;
  /** Legal forms that always end a company's name, keyed without a final full stop. */
  namesEndAt: Set<string>;
  /** Legal forms written with a full stop of their own, without it, as written: "Inc", "Ltd". */
  keepTheirStop: Set<string>;
  governmentUnits: Set<string>;
  placeComplementHeads: Set<string>;
  /** Any state head as a word of a name, in any case. */
  stateHead: RegExp;
  /** Top-level domains, as written: "com" of "Reuters.com". */
  webDomains: Set<string>;
}

/** What a look-up key names as a place (recognizers/names/places.ts's placeByKey). */
export interface PlaceHit {
  /** Canonical name, used to link mentions into one entity. */
  key: string;
  /** Country name for cities and regions; the country itself for a country. */
  country?: string;
  kind: 'country' | 'city' | 'region' | 'site' | 'continent';
  ambiguous: boolean;
}

export interface DerivedTables {
  titles: TitleTables;
  org: OrgTables;
  /** Honorifics as keys ("mr.", "dr"). */
  honorifics: Set<string>;
  rankForms: PhraseIndex<RankRow[]>;
  /** Country, place and organization names in one table: the longest of the three in one search. */
  knownNames: PhraseIndex<true>;
  /** Demonyms, some of several words ("Sri Lankan"). */
  demonyms: PhraseIndex<unknown>;
  /**
   * Place look-ups answered so far, by key (null: no place). The same few thousand names are
   * looked up over and over, and a fresh object per look-up showed in the profile.
   */
  placeHits: Map<string, PlaceHit | null>;
  /** The future and past words in one set: most words are neither, and one look-up says so. */
  tenseCues: Set<string>;
}

/** A company suffix's or legal form's key: "Inc." and "inc" are one. */
export const suffixKey = (form: string): string => normalizeKey(form).replace(/\.$/, '');

function orgTables(lexicon: Lexicon): OrgTables {
  const words = lexicon.orgWords;
  const endsName = words.legalForms.filter((l) => l.endsName).map((l) => l.form);
  const t: OrgTables = {
    heads: new Set(words.heads.map(normalizeKey)),
    headsFirst: new Set(words.headsFirst.map(normalizeKey)),
    suffixes: new Set([...words.companySuffixes, ...words.legalForms.map((l) => l.form)].map(suffixKey)),
    headsOrSuffixes: new Set(),
    namesEndAt: new Set(endsName.map(suffixKey)),
    // "Inc." is two tokens, "Inc" and its stop; "N.V." is one token, its stop inside.
    keepTheirStop: new Set(endsName.filter((f) => /^[^.\s]+\.$/.test(f)).map((f) => f.slice(0, -1))),
    governmentUnits: new Set(words.governmentUnits.map(normalizeKey)),
    placeComplementHeads: new Set(words.placeComplementHeads.map(normalizeKey)),
    // The heads are letters (data.test.ts checks): no character of theirs is special in a pattern.
    stateHead: new RegExp(`\\b(${words.stateHeads.join('|')})\\b`, 'i'),
    webDomains: new Set(words.webDomains),
  };
  for (const set of [t.heads, t.suffixes]) for (const key of set) t.headsOrSuffixes.add(key);
  return t;
}

/** A word's English plural: "minister" → "ministers", "secretary" → "secretaries", "chairman" → "chairmen". */
function plural(word: string): string {
  if (/man$/.test(word)) return `${word.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * The key of an office's plural ("defense ministers", "chiefs of staff", "ministers of defense"):
 * news names several holders with one office ("Defense Ministers A of X and B of Y"). The head word
 * takes the plural: the one before "of", else the last. Abbreviations have none.
 */
function pluralKey(key: string): string | undefined {
  if (/[.\d]/.test(key)) return undefined;
  const of = key.indexOf(' of ');
  const head = of >= 0 ? of : key.length;
  const start = key.lastIndexOf(' ', head - 1) + 1;
  return key.slice(0, start) + plural(key.slice(start, head)) + key.slice(head);
}

function titleTables(lexicon: Lexicon, org: OrgTables): TitleTables {
  const singular = new Set([...lexicon.titles.compoundOffices, ...lexicon.titles.offices].map(normalizeKey));
  const plurals = new Set<string>();
  for (const key of singular) {
    const p = pluralKey(key);
    if (p !== undefined && !singular.has(p)) plurals.add(p);
  }
  const withPlurals = (keys: string[]): string[] =>
    keys.flatMap((k) => {
      const p = pluralKey(k);
      return p !== undefined && plurals.has(p) ? [k, p] : [k];
    });
  // An abbreviated office ("Sen.", "Gov.") is two tokens, word and stop: it is matched as a phrase.
  const abbreviated = lexicon.titles.offices.map(normalizeKey).filter((k) => k.endsWith('.'));
  const compoundKeys = [...withPlurals(lexicon.titles.compoundOffices.map(normalizeKey)), ...abbreviated];
  const compounds = new Map(compoundKeys.map((k) => [k, true as const]));
  const t: TitleTables = {
    offices: new Set(withPlurals(lexicon.titles.offices.map(normalizeKey))),
    plurals,
    positions: new Set(lexicon.titles.positions),
    fullNames: new Map(lexicon.titles.abbreviations.map(([form, full]) => [normalizeKey(form), full])),
    compounds: phraseIndex(compounds),
    modifiers: new Set(lexicon.titles.modifiers.map(normalizeKey)),
    orgHeads: org.heads,
    compoundStarts: new Set([...compounds.keys()].map(firstWord)),
    compoundEnds: new Set(
      [...compounds.keys()].map((k) => (k.split(/[\s-]+/).pop() as string).replace(/\.$/, '')),
    ),
    starts: new Set<string>(),
  };
  for (const set of [t.compoundStarts, t.modifiers, t.offices]) for (const key of set) t.starts.add(key);
  return t;
}

function knownNames(lexicon: Lexicon): PhraseIndex<true> {
  const union = new Map<string, true>();
  for (const table of [lexicon.countryNames, lexicon.places, lexicon.organizations] as ReadonlyMap<
    string,
    unknown
  >[])
    for (const key of table.keys()) union.set(key, true);
  return phraseIndex(union);
}

function build(lexicon: Lexicon): DerivedTables {
  const org = orgTables(lexicon);
  return {
    titles: titleTables(lexicon, org),
    org,
    honorifics: new Set(lexicon.titles.honorifics.map(normalizeKey)),
    rankForms: phraseIndex(lexicon.rankForms),
    knownNames: knownNames(lexicon),
    demonyms: phraseIndex(lexicon.demonyms),
    placeHits: new Map(),
    tenseCues: new Set([...lexicon.dateCues.future, ...lexicon.dateCues.past]),
  };
}

// Filed under the loaded data, which a lexicon with the user's entries shares with the one it was
// made from: a change of the user's entries builds nothing again.
const built = new WeakMap<object, DerivedTables>();
// The lexicon asked about last is compared by identity first: nearly every call is for the same
// one, and a WeakMap look-up per call showed in the profile.
let lastLexicon: Lexicon | undefined;
let lastTables: DerivedTables | undefined;

/** The tables derived from `lexicon`'s data, built on the first call for that data. */
export function derive(lexicon: Lexicon): DerivedTables {
  if (lexicon === lastLexicon) return lastTables as DerivedTables;
  let tables = built.get(lexicon.dataFiles);
  if (tables === undefined) {
    tables = build(lexicon);
    built.set(lexicon.dataFiles, tables);
  }
  lastLexicon = lexicon;
  lastTables = tables;
  return tables;
}
