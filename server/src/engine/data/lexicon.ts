// Loads the data files in server/data once and indexes them for the recognizers. The files are
// data, not code: each one's source and licence is recorded in server/data/NOTICE.md.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MENTION_TYPES, type LexiconEntry, type MentionType } from '../model/types';
import { normalizeKey } from '../text/keys';
import { phraseIndex, type PhraseIndex } from '../text/phrases';

export interface RankRow {
  name: string;
  forms: string[];
  branch: string;
  tradition: string;
  nato?: string;
  natoBasis?: 'official' | 'comparable';
  source: string;
}

export interface CountryRow {
  name: string;
  aliases: string[];
  iso2: string;
  demonyms: string[];
  capital?: string;
}

export interface PlaceRow {
  name: string;
  aliases?: string[];
  /** ISO 3166-1 alpha-2 code of the country the place is in. */
  country: string;
  kind: 'city' | 'region' | 'site' | 'continent';
  /** Also a common word or a given name ("Nice", "Jordan", "Victoria"): needs context to count. */
  ambiguous?: boolean;
}

export interface OrganizationRow {
  name: string;
  acronym?: string;
  aliases?: string[];
  /** ISO alpha-2 code, when the organization is national. */
  country?: string;
  parent?: string;
}

/** A brand's or operator's name (brands.json, from name-suggestion-index), as written there. */
export interface BrandRow {
  name: string;
  /** Also an English word, a personal name or a town's name: taken only where context says organization. */
  contextual: boolean;
}

export interface TitleData {
  /** Office nouns that head a title: "Minister", "Secretary", "Commander-in-Chief", "head". */
  offices: string[];
  /** Offices that are multi-word units: "Prime Minister", "Secretary of State", "Chief of the General Staff". */
  compoundOffices: string[];
  /** Words that qualify an office before it: "Deputy", "Vice", "Acting", "Foreign", "Defense". */
  modifiers: string[];
  /** Honorifics that stand outside a name: "Mr.", "Dr.". */
  honorifics: string[];
  /** Team positions written in lower case, which are no office there: "captain", "skipper". */
  positions: string[];
  /** Offices written shortened, each with the office in full: ["Sen.", "Senator"]. */
  abbreviations: [string, string][];
}

export interface PlaceWords {
  /** Heads of named facilities: "Airport", "Museum", "Space Center". */
  facilityHeads: string[];
  /** Heads of geographic names: "Island", "River", "Gulf". */
  geoHeads: string[];
  /** Lower-case nouns after a name that make it a place: "sector", "district", "valleys". */
  areaNouns: string[];
}

export interface OrganizationCues {
  /** Common nouns that stand before an organization's name ("automaker Chrysler"). */
  nounsBefore: string[];
  /** Participles after a hyphen that make the next name a company's ("Minneapolis-based Delmont"). */
  participlesBefore: string[];
  /** Words after a name that only an organization's takes ("said in a statement", ", which owns"). */
  phrasesAfter: string[];
  /** Offices after a name that make it the organization they serve ("Zorvex chief executive"). */
  officesAfter: string[];
  /** Nouns an organization possesses ("Ford's shares"). */
  possessedNouns: string[];
  /** Second words of newspapers named after their place ("Toronto Star"). */
  publicationNouns: string[];
  /** Nouns a bare one-word name modifies only when it names an organization ("the Boeing board"). */
  modifiedNouns: string[];
}

export interface OrganizationWords {
  /** Head nouns that make a capitalised run an organization: "Ministry", "Agency", "University". */
  heads: string[];
  /** Heads that open a name with no "of" after them: "Banque", "Grupo". */
  headsFirst: string[];
  /** Company suffixes other than legal forms: "Industries", "Group", "Holdings". */
  companySuffixes: string[];
  /** Company legal forms as written: "Inc.", "Ltd", "GmbH", "A.Ş."; the only list of them. */
  legalForms: LegalForm[];
  /** Government units whose "of <country>" says whose they are: "ministry", "embassy" (keys). */
  governmentUnits: string[];
  /** Heads that take a place into their own name: "bank" of "Bank of England" (keys). */
  placeComplementHeads: string[];
  /** Heads of a state's organizations, whose country the article supplies: "ministry", "army". */
  stateHeads: string[];
  /** Top-level domains after which "Name.tld" is a site's name: "com", "kz". */
  webDomains: string[];
}

export interface LegalForm {
  /** As written: "Inc.", "GmbH". */
  form: string;
  /** A short form that always ends a company's name ("Chrysler LLC Jim Press"). */
  endsName?: true;
}

export interface PersonCues {
  /** Verbs of saying next to a name: "said", "told" (lower case, matched as written). */
  speechVerbs: Set<string>;
  /** A surname's ending (-ov, -enko, -oğlu) at the end of a lower-cased word. */
  surnameEnding: RegExp;
}

export interface SportCues {
  /** Nouns after a team's name: "coach", "captain" (keys). */
  squadNouns: Set<string>;
  /** A role between a club's name and its holder's: "Ajax striker Jan Vos" (keys). */
  playerRoles: Set<string>;
  /** Verbs that put two teams in one match: "defeated", "faced" (keys). */
  resultVerbs: Set<string>;
  /** Words of a match and its result: "draw", "win", "goal" (keys). */
  matchWords: Set<string>;
  /** Sports as a wire headline's topic word: "soccer", "motor racing" (keys). */
  sports: Set<string>;
  /** Last words of a competition's name: "cup", "championship" (keys). */
  competitionHeads: Set<string>;
  /** Words that open a list of scorers: "scorers", "goals" (keys). */
  scorerLabels: Set<string>;
  /** Nouns before a team's name: "leaders", "champions" (keys). */
  teamNounsBefore: Set<string>;
}

/** Words around a date that place it in time (date-cues.json), all as keys. */
export interface DateCues {
  /** Words that put a sentence in the future: "will", "upcoming", "opens". */
  future: Set<string>;
  /** Words before "to" that make an arrangement for the future: "set", "due". */
  futureBeforeTo: Set<string>;
  /** Past-tense words the -ed ending does not find: "was", "said", "ago". */
  past: Set<string>;
  /** Words ending in -ed that are not past tenses: "need", "united". */
  notPastEd: Set<string>;
  /** Nouns a year modifies: "elections" of "the 2024 elections". */
  yearNouns: Set<string>;
  /** Words before a number that make it no year: "flight", "nearly". */
  notYearBefore: Set<string>;
  /** Words after a number that make it no year: "gmt", "km", "people". */
  notYearAfter: Set<string>;
  /** Words of a game that make a bare half or quarter part of a match: "scored", "goal". */
  matchWords: Set<string>;
}

/** Phrases of a few words as their keys, filed by their first word ("said" → [["said", "in", …]]). */
export type PhraseWords = ReadonlyMap<string, readonly (readonly string[])[]>;

function phraseWords(phrases: readonly string[]): PhraseWords {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = normalizeKey(phrase).split(' ');
    const list = byFirst.get(words[0]);
    if (list) list.push(words);
    else byFirst.set(words[0], [words]);
  }
  return byFirst;
}

/** The indexed data every recognizer reads. Keys are lower-cased surface forms. */
export interface Lexicon {
  /**
   * The data files this lexicon was loaded from. A lexicon with the user's entries shares it with
   * the one it was made from: the tables derived from the data (derived.ts) are filed under it.
   */
  dataFiles: { readonly dir: string };
  ranks: RankRow[];
  rankForms: Map<string, RankRow[]>;
  /** The rank tradition (a RankRow's `tradition`) a country's forces follow, by ISO alpha-2 code. */
  rankTraditions: Map<string, string>;
  /** Countries whose forces borrow another country's rank table (its NATO codes are only comparable there). */
  borrowedRankTraditions: Set<string>;
  /** Words naming a branch of the forces ("navy", "air force") → the branch (a RankRow's `branch`). */
  rankBranchWords: Map<string, string>;
  countries: CountryRow[];
  countryByIso: Map<string, CountryRow>;
  /** Country names and aliases → country. */
  countryNames: Map<string, CountryRow>;
  demonyms: Map<string, CountryRow>;
  /** Cities, regions, sites, continents by name and alias. */
  places: Map<string, PlaceRow>;
  organizations: Map<string, OrganizationRow>;
  /** Brands and operators by name (brands.json): a second organization gazetteer, weaker than the first. */
  brands: Map<string, BrandRow>;
  titles: TitleData;
  orgWords: OrganizationWords;
  /** Facility and geographic heads (look-up keys) and the kind of place each makes. */
  placeHeads: Map<string, 'site' | 'region'>;
  /** Lower-case nouns after a name that make it a place ("the Keran sector"), as keys. */
  areaNouns: Set<string>;
  orgCues: {
    before: Set<string>;
    participles: Set<string>;
    /** phrasesAfter and officesAfter as words, by their first word. */
    after: PhraseWords;
    offices: PhraseWords;
    possessed: Set<string>;
    publications: Set<string>;
    modified: Set<string>;
  };
  personCues: PersonCues;
  sportCues: SportCues;
  dateCues: DateCues;
  givenNames: Set<string>;
  surnames: Set<string>;
  /** Other names people bear (people-names.json): no given name, surname or common word here. */
  peopleNames: Set<string>;
  /** Lower-case common English words: a capitalised one at a sentence start is probably not a name. */
  commonWords: Set<string>;
  /** Capitalised words that are not names when alone ("The", "However", "Monday"). */
  nonNames: Set<string>;
  /** All-capital words that name nothing ("UTC", "CEO", "GB"), matched as written. */
  nonNameAcronyms: Set<string>;
  /** Peoples, faiths and movements ("Rohingya", "Sunnis"): alone they are no entity we mark. */
  groupWords: Set<string>;
  /** Last words of event and competition names ("Day", "Cup", "Festival"), as keys. */
  eventHeads: Set<string>;
  /** The user's corrections, by lower-cased name and alias, indexed for the phrase look-up. */
  user: PhraseIndex<LexiconEntry>;
}

/** Finds server/data whether running from dist/, out/test/ or the sources. */
export function findDataDir(from: string = __dirname): string {
  const env = process.env.NEWSMARK_DATA;
  if (env && existsSync(env)) return env;
  let dir = from;
  for (let i = 0; i < 6; i++) {
    for (const candidate of [join(dir, 'server', 'data'), join(dir, 'data')]) {
      if (existsSync(join(candidate, 'ranks.json'))) return candidate;
    }
    dir = join(dir, '..');
  }
  throw new Error(`Newsmark: cannot find its data folder (server/data) above ${from}`);
}

function readJson<T>(dir: string, name: string): T {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
}

function addAll<V>(map: Map<string, V>, names: Iterable<string>, value: V): void {
  for (const name of names) {
    const key = normalizeKey(name);
    if (key && !map.has(key)) map.set(key, value);
  }
}

let cached: Lexicon | undefined;

/** Loads and indexes the data files; later calls return the same object. */
export function loadLexicon(dir?: string): Lexicon {
  if (cached && dir === undefined) return cached;
  const dataDir = dir ?? findDataDir();
  const rankData = readJson<{
    ranks: RankRow[];
    traditionByCountry: Record<string, string>;
    borrowedTraditions: string[];
    branchWords: Record<string, string>;
  }>(dataDir, 'ranks.json');
  const ranks = rankData.ranks;
  const countries = readJson<{ countries: CountryRow[] }>(dataDir, 'countries.json').countries;
  const placeRows = readJson<{ places: PlaceRow[] }>(dataDir, 'places.json').places;
  const orgRows = readJson<{ organizations: OrganizationRow[] }>(dataDir, 'organizations.json').organizations;
  const brandData = readJson<{ names: string[]; contextual: string[] }>(dataDir, 'brands.json');
  const titles = readJson<TitleData>(dataDir, 'titles.json');
  const orgWords = readJson<OrganizationWords>(dataDir, 'organization-words.json');
  const placeWords = readJson<PlaceWords>(dataDir, 'place-words.json');
  const cues = readJson<OrganizationCues>(dataDir, 'organization-cues.json');
  const personCues = readJson<{ speechVerbs: string[]; surnameEndings: string[] }>(
    dataDir,
    'person-cues.json',
  );
  const sportCues = readJson<Record<keyof SportCues, string[]>>(dataDir, 'sport-cues.json');
  const dateCues = readJson<Record<string, string[]>>(dataDir, 'date-cues.json');
  const dateCue = (name: string): Set<string> => new Set(dateCues[name].map(normalizeKey));
  const placeHeads = new Map<string, 'site' | 'region'>();
  for (const h of placeWords.facilityHeads) placeHeads.set(normalizeKey(h), 'site');
  for (const h of placeWords.geoHeads) placeHeads.set(normalizeKey(h), 'region');
  const givenNames = readJson<{ names: string[] }>(dataDir, 'given-names.json').names;
  const nonNameData = readJson<{
    words: string[];
    acronyms?: string[];
    groups?: string[];
    eventHeads?: string[];
  }>(dataDir, 'non-names.json');
  const nonNames = nonNameData.words;
  const surnames = readJson<{ names: string[] }>(dataDir, 'surnames.json').names;
  const peopleNames = readJson<{ names: string[] }>(dataDir, 'people-names.json').names;
  const commonWords = readJson<{ words: string[] }>(dataDir, 'common-words.json').words;

  const rankForms = new Map<string, RankRow[]>();
  for (const row of ranks) {
    for (const form of new Set([row.name, ...row.forms])) {
      const key = normalizeKey(form);
      const list = rankForms.get(key) ?? [];
      list.push(row);
      rankForms.set(key, list);
    }
  }
  const countryByIso = new Map(countries.map((c) => [c.iso2, c]));
  const countryNames = new Map<string, CountryRow>();
  const demonyms = new Map<string, CountryRow>();
  for (const c of countries) {
    addAll(countryNames, [c.name, ...c.aliases], c);
    addAll(demonyms, c.demonyms, c);
  }
  const places = new Map<string, PlaceRow>();
  for (const p of placeRows) {
    addAll(places, [p.name, ...(p.aliases ?? [])], p);
  }
  const organizations = new Map<string, OrganizationRow>();
  for (const o of orgRows) {
    addAll(organizations, [o.name, ...(o.acronym ? [o.acronym] : []), ...(o.aliases ?? [])], o);
  }
  const brands = new Map<string, BrandRow>();
  for (const name of brandData.names) brands.set(normalizeKey(name), { name, contextual: false });
  for (const name of brandData.contextual) brands.set(normalizeKey(name), { name, contextual: true });
  const lexicon: Lexicon = {
    dataFiles: { dir: dataDir },
    ranks,
    rankForms,
    rankTraditions: new Map(Object.entries(rankData.traditionByCountry)),
    borrowedRankTraditions: new Set(rankData.borrowedTraditions),
    rankBranchWords: new Map(Object.entries(rankData.branchWords).map(([w, b]) => [normalizeKey(w), b])),
    countries,
    countryByIso,
    countryNames,
    demonyms,
    places,
    organizations,
    brands,
    titles,
    orgWords,
    placeHeads,
    areaNouns: new Set(placeWords.areaNouns.map(normalizeKey)),
    orgCues: {
      before: new Set(cues.nounsBefore.map(normalizeKey)),
      participles: new Set(cues.participlesBefore.map(normalizeKey)),
      after: phraseWords(cues.phrasesAfter),
      offices: phraseWords(cues.officesAfter),
      possessed: new Set(cues.possessedNouns.map(normalizeKey)),
      publications: new Set(cues.publicationNouns.map(normalizeKey)),
      modified: new Set(cues.modifiedNouns.map(normalizeKey)),
    },
    personCues: {
      speechVerbs: new Set(personCues.speechVerbs),
      // The endings are letters (data.test.ts checks): no character of theirs is special in a pattern.
      surnameEnding: new RegExp(`(?:${personCues.surnameEndings.join('|')})$`),
    },
    sportCues: {
      squadNouns: new Set(sportCues.squadNouns.map(normalizeKey)),
      playerRoles: new Set(sportCues.playerRoles.map(normalizeKey)),
      resultVerbs: new Set(sportCues.resultVerbs.map(normalizeKey)),
      matchWords: new Set(sportCues.matchWords.map(normalizeKey)),
      sports: new Set(sportCues.sports.map(normalizeKey)),
      competitionHeads: new Set(sportCues.competitionHeads.map(normalizeKey)),
      scorerLabels: new Set(sportCues.scorerLabels.map(normalizeKey)),
      teamNounsBefore: new Set(sportCues.teamNounsBefore.map(normalizeKey)),
    },
    dateCues: {
      future: dateCue('futureWords'),
      futureBeforeTo: dateCue('futureBeforeTo'),
      past: dateCue('pastWords'),
      notPastEd: dateCue('notPastEd'),
      yearNouns: dateCue('yearNouns'),
      notYearBefore: dateCue('notYearBefore'),
      notYearAfter: dateCue('notYearAfter'),
      matchWords: dateCue('matchWords'),
    },
    givenNames: new Set(givenNames.map(normalizeKey)),
    surnames: new Set(surnames.map(normalizeKey)),
    peopleNames: new Set(peopleNames.map(normalizeKey)),
    commonWords: new Set(commonWords.map(normalizeKey)),
    nonNames: new Set(nonNames.map(normalizeKey)),
    nonNameAcronyms: new Set(nonNameData.acronyms ?? []),
    groupWords: new Set((nonNameData.groups ?? []).map(normalizeKey)),
    eventHeads: new Set((nonNameData.eventHeads ?? []).map(normalizeKey)),
    user: phraseIndex(new Map()),
  };
  if (dir === undefined) cached = lexicon;
  return lexicon;
}

/** A copy of `base` that also knows the user's entries. Entries with no name are skipped. */
export function withUserEntries(base: Lexicon, entries: readonly LexiconEntry[]): Lexicon {
  if (entries.length === 0) return base;
  const user = new Map<string, LexiconEntry>();
  for (const entry of entries) {
    if (typeof entry?.name !== 'string' || entry.name.trim() === '') continue;
    addAll(user, [entry.name, ...(Array.isArray(entry.aliases) ? entry.aliases : [])], entry);
  }
  return { ...base, user: phraseIndex(user) };
}

export function isEntityType(type: string): type is MentionType {
  return (MENTION_TYPES as readonly string[]).includes(type);
}
