// What recognizers hand to the pipeline: candidate spans in block-local offsets, with a priority
// that the overlap resolver uses (see server/src/engine/README.md for the precedence rules).
import type { DateResolution, MentionType } from './types';
import type { Source } from './sources';

export interface Candidate {
  /** Block-local offsets (UTF-16), end exclusive. */
  start: number;
  end: number;
  type: MentionType;
  /** How it was found (a key of SOURCES: "dates", "ranks", "names:cue", …). */
  source: Source;
  /** Higher wins an overlap between candidates of different types; then the longer span wins. */
  priority: number;
  /** Dates. */
  value?: string;
  resolution?: DateResolution;
  rangeEnd?: string;
  /** Normalised key for linking: a rank's name, a gazetteer entry's canonical name, … */
  key?: string;
  /** Country (canonical place name) the candidate belongs to, when the data says so. */
  country?: string;
  /**
   * Typed by a default rather than by evidence (an unknown capitalised word taken for an
   * organization). Linking may retype it from the rest of the document ("Zhaksylykov" after
   * "Ruslan Zhaksylykov").
   */
  weak?: boolean;
  /** A user's "not an entity" entry: claims the span so nothing marks it, then is dropped. */
  suppress?: boolean;
  /**
   * Set by the pipeline, not by recognizers: the candidate's text and its normalizeKey, computed
   * once when its block is recognised. Blocks are cached across analyses, so linking, which runs
   * over the whole document on every edit, reuses these strings (and their hashes) instead of
   * slicing and normalising every mention again.
   */
  surface?: string;
  surfaceKey?: string;
}

/** What a recognizer says about a candidate; the rest of its fields are left undefined. */
export interface CandidateFields {
  start: number;
  end: number;
  type: MentionType;
  source: Source;
  priority: number;
  key?: string;
  country?: string;
  weak?: boolean;
  value?: string;
  resolution?: DateResolution;
  rangeEnd?: string;
  suppress?: boolean;
}

/**
 * The one way to make a candidate: every field present, in one order, so every candidate the engine
 * holds has one object shape. Overlap resolution, linking and relations read candidates from every
 * recognizer; objects of many shapes made each of those reads a slow look-up. The type lists each
 * Candidate field as required, so a field added to Candidate and not set here fails to compile.
 */
export function candidate(f: CandidateFields): Candidate {
  const c: { [K in keyof Required<Candidate>]: Candidate[K] } = {
    start: f.start,
    end: f.end,
    type: f.type,
    source: f.source,
    priority: f.priority,
    value: f.value,
    resolution: f.resolution,
    rangeEnd: f.rangeEnd,
    key: f.key,
    country: f.country,
    weak: f.weak,
    suppress: f.suppress,
    surface: undefined,
    surfaceKey: undefined,
  };
  return c;
}

/**
 * A copy of `c` that carries its text and that text's key (see Candidate.surface), in the same
 * shape as candidate() makes. The pipeline copies each candidate once its block is settled.
 */
export function withSurface(
  c: Readonly<Candidate>,
  surface: string | undefined,
  surfaceKey: string | undefined,
): Candidate {
  const copy: { [K in keyof Required<Candidate>]: Candidate[K] } = {
    start: c.start,
    end: c.end,
    type: c.type,
    source: c.source,
    priority: c.priority,
    value: c.value,
    resolution: c.resolution,
    rangeEnd: c.rangeEnd,
    key: c.key,
    country: c.country,
    weak: c.weak,
    suppress: c.suppress,
    surface,
    surfaceKey,
  };
  return copy;
}

/** A full-shape copy of `c` at [start, end) (document offsets for a cached block's candidate). */
export function placedAt(c: Readonly<Candidate>, start: number, end: number): Candidate {
  const copy = withSurface(c, c.surface, c.surfaceKey);
  copy.start = start;
  copy.end = end;
  return copy;
}

/**
 * Priorities for the overlap resolver. Metadata found by its position (header date, dateline) is
 * surest; a user's own entries override the engine; dates beat names ("May", "June"); ranks and
 * titles beat the name run they sit in ("General Motors" is handled by the organization rules,
 * which claim it first with a higher priority when a company suffix or gazetteer says so).
 */
export const PRIORITY = {
  metadata: 100,
  user: 90,
  knownOrganization: 70,
  date: 60,
  rank: 55,
  title: 50,
  name: 40,
  nationality: 30,
} as const;

/** A capitalised word that no candidate took; linking may find a known name among them. */
export interface LooseWord {
  start: number;
  end: number;
  text: string;
  /** normalizeKey(text), computed once per recognised block (see Candidate.surfaceKey). */
  key: string;
}

/** What one block yields: its candidates and the capitalised words no candidate took. */
export interface BlockResult {
  candidates: Candidate[];
  /** Capitalised words outside every candidate; linking may find known names among them. */
  loose: LooseWord[];
}
