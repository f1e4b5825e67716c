// What recognizers hand to the pipeline: candidate spans in block-local offsets, with a priority
// that the overlap resolver uses (see server/src/engine/README.md for the precedence rules).
import type { DateResolution, MentionType } from './types';
import type { Tokenized } from '../text/tokens';
import type { Lexicon } from '../data/lexicon';

export interface Candidate {
  /** Block-local offsets (UTF-16), end exclusive. */
  start: number;
  end: number;
  type: MentionType;
  /** Recognizer name, e.g. "dates", "ranks", "people". */
  source: string;
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

/** Everything a recognizer may read about the block it works on. */
export interface BlockContext {
  /** The block's text; candidate offsets are relative to it. */
  text: string;
  tokenized: Tokenized;
  /** Article date `YYYY-MM-DD`, when known; relative dates are unresolved without it. */
  articleDate?: string;
  lexicon: Lexicon;
}

/**
 * A recognizer reads the block and the candidates found by the recognizers before it (ranks and
 * titles are cues for people, for example) and returns its own candidates.
 */
export type Recognizer = (ctx: BlockContext, found: readonly Candidate[]) => Candidate[];

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

/** Token indices marked by coveredTokens. */
export interface TokenMarks {
  has(index: number): boolean;
}

/**
 * Indices of the tokens that lie inside any of `found` (one sweep over both, sorted by start).
 * Marks in an array rather than a set: recognizers ask about every token of a block.
 */
export function coveredTokens(
  tokens: readonly { start: number; end: number }[],
  found: readonly Candidate[],
): TokenMarks {
  const spans = [...found].sort((a, b) => a.start - b.start);
  const marks = new Uint8Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (s < spans.length && spans[s].end <= t.start) s++;
    for (let k = s; k < spans.length && spans[k].start < t.end; k++) {
      if (spans[k].end > t.start) {
        marks[i] = 1;
        break;
      }
    }
  }
  return { has: (index) => marks[index] === 1 };
}
