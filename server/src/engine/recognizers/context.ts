// What a recognizer sees and returns: the block it works on (text, tokens, article date, lexicon)
// and the candidates of the recognizers before it.
import type { Candidate } from '../model/candidate';
import type { Tokenized } from '../text/tokens';
import type { Lexicon } from '../data/lexicon';

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
