// The engine's public data model. Everything here is plain data (JSON-serialisable) so that the
// language server, the CLI and the exporters can all read one `Analysis` without the engine.
// Offsets are JavaScript string (UTF-16 code unit) indices, end exclusive — the unit LSP uses.
import type { Source } from './sources';

/** The kinds of span the engine marks. `nationality` is a demonym ("Kazakh") linked to its country. */
export type MentionType = 'person' | 'organization' | 'place' | 'date' | 'rank' | 'title' | 'nationality';

export interface TypeFacts {
  /** The start of its entities' ids: "P-ruslan-zhaksylykov", "R-1". */
  idPrefix: string;
  /** The type of the entity its mentions refer to. */
  entityType: MentionType;
}

/**
 * What the engine must know of each type. A Record, so a type added to MentionType fails to
 * compile until it is said here (labels, the Outline and the hover card are the server's table:
 * server/src/presentation/typePresentation.ts).
 */
export const TYPE_FACTS: Record<MentionType, TypeFacts> = {
  person: { idPrefix: 'P', entityType: 'person' },
  organization: { idPrefix: 'O', entityType: 'organization' },
  place: { idPrefix: 'L', entityType: 'place' },
  date: { idPrefix: 'D', entityType: 'date' },
  rank: { idPrefix: 'R', entityType: 'rank' },
  title: { idPrefix: 'T', entityType: 'title' },
  // "Kazakh" refers to Kazakhstan: a nationality's entity is its country.
  nationality: { idPrefix: 'L', entityType: 'place' },
};

/** Every type, in the order of TYPE_FACTS (the order of the editor's semantic token legend). */
export const MENTION_TYPES: readonly MentionType[] = Object.keys(TYPE_FACTS) as MentionType[];

/** How a date's value was reached; shown in the hover so a reader can judge it. */
export type DateResolution =
  | 'explicit' // the text names the full date ("2023-11-08", "November 7, 2023")
  | 'article-year' // month-day without a year: the article's year, as written
  | 'tense-shifted' // month-day without a year: the article's year moved by the sentence's tense
  | 'relative' // "yesterday", "last week", "on Tuesday": counted from the article date
  | 'anchored' // "the next day", "two years later", "that year": counted from the date named before it
  | 'unresolved'; // relative, but the article has no date to count from

export interface Mention {
  start: number;
  end: number;
  type: MentionType;
  text: string;
  /** Id of the entity this mention refers to (people, organizations, places, ranks, titles). */
  entity?: string;
  /** Dates: TimeML value (`2023-11-07`, `2023-11`, `2023`, `2023-W45`, `2023-Q4`, `202` …). */
  value?: string;
  /** Dates: how the value was reached. */
  resolution?: DateResolution;
  /** Dates: the end of a range ("Nov. 7–9" → value 2023-11-07, rangeEnd 2023-11-09). */
  rangeEnd?: string;
  /** Ranks and titles: the person entity they qualify. */
  holder?: string;
  /** How the mention was found (for debugging and the hover's "found by" line). */
  source: Source;
}

/** A rank's entry in the rank table (server/data/ranks.json). */
export interface RankInfo {
  /** Normalised English name, e.g. "Colonel General". */
  name: string;
  /** army | navy | air force | marines | gendarmerie | police | any */
  branch: string;
  /** Tradition or country the rank belongs to, e.g. "US", "UK", "NATO", "Soviet-style", "Türkiye". */
  tradition: string;
  /** NATO code such as OF-8 or OR-9, when one applies. */
  nato?: string;
  /** "official" where a STANAG 2116 table lists it; "comparable" where it is aligned by stars. */
  natoBasis?: 'official' | 'comparable';
  /** Where the row comes from (a published rank table). */
  source: string;
  /** The holder's country, whose tradition the row was looked up in; absent when the article does not say it. */
  country?: string;
  /** Where the article says the country: with the holder ("Indian Army", "Kazakh", "of Sweden") or in the dateline. */
  countryFrom?: 'text' | 'dateline';
  /** The holder's country has no row for this rank: the row shown is another tradition's, for comparison only. */
  otherTradition?: true;
}

export interface Entity {
  id: string;
  type: MentionType;
  /** The fullest name seen (for people: the longest name form; for orgs: the expansion). */
  name: string;
  /** Other surface forms used in this document ("Zhaksylykov", "TUSAŞ"). */
  aliases: string[];
  /** Indices into `Analysis.mentions`, in document order. */
  mentions: number[];
  /** People: rank name (normalised). */
  rank?: string;
  /** Ranks: table entry. People: the entry of their rank, when known. */
  rankInfo?: RankInfo;
  /** People: office held ("Minister of Defense", "head"). Titles: the office itself. */
  title?: string;
  /** People: the organization they serve. Titles: the organization of the office. Orgs: parent. */
  organization?: string;
  /** Organizations: parent organization id ("Gendarmerie" → "Ministry of Internal Affairs"). */
  parent?: string;
  /** People, organizations, places: country entity id. */
  country?: string;
  /** Titles and ranks: the person entity holding them here. */
  holder?: string;
  /** Acronym for organizations, if known ("NATO"). */
  acronym?: string;
  /** Places: "country" | "city" | "region" | "site" | "continent". */
  placeKind?: string;
  /** Where the entity's knowledge came from: "gazetteer", "lexicon:user", "context". */
  source?: string;
}

export interface Dateline {
  start: number;
  end: number;
  /** The place as written ("ASTANA"). */
  text: string;
  /** Agency named in the dateline ("Reuters"), if any. */
  agency?: string;
}

export interface ArticleMeta {
  /** Publication date `YYYY-MM-DD`, or undefined when the article has none. */
  date?: string;
  /** Where the date came from. */
  dateSource?: 'header' | 'front-matter' | 'option' | 'dateline' | 'date-line';
  /** Span of the date in the text, when it came from the text. */
  dateSpan?: { start: number; end: number };
  dateline?: Dateline;
  /** Title line, when the article has one (GUM/Wikinews style first line). */
  title?: string;
}

export type ProblemSeverity = 'error' | 'warning' | 'info';

/** Something the user should know about the input (malformed date, file too large, …). */
export interface Problem {
  start: number;
  end: number;
  severity: ProblemSeverity;
  message: string;
  code: string;
}

export interface Analysis {
  /** Length of the analysed text in UTF-16 units, to check offsets against. */
  length: number;
  meta: ArticleMeta;
  /** Sorted by start, then by end descending. Mentions of one type never overlap. */
  mentions: Mention[];
  entities: Entity[];
  problems: Problem[];
}

/** A user's correction: an extra entry, or a "not an entity" entry. */
export interface LexiconEntry {
  name: string;
  type: MentionType | 'none';
  aliases?: string[];
  /** Optional country name, for people, organizations and places. */
  country?: string;
}

export interface AnalyzeOptions {
  /** Overrides any date found in the article (`YYYY-MM-DD`). */
  articleDate?: string;
  /** Extra entries and "not an entity" entries from the user. */
  lexicon?: LexiconEntry[];
}
