// What a recognizer sees and returns: the block it works on (text, tokens, article date, lexicon)
// and the candidates of the recognizers before it.
import type { Candidate } from '../model/candidate';
import type { Tokenized } from '../text/tokens';
import type { Lexicon } from '../data/lexicon';

/** What a block is made of: its text, tokens, article date and the lexicon it is read with. */
export interface BlockInput {
  /** The block's text; candidate offsets are relative to it. */
  text: string;
  tokenized: Tokenized;
  /** Article date `YYYY-MM-DD`, when known; relative dates are unresolved without it. */
  articleDate?: string;
  lexicon: Lexicon;
}

/** Everything a recognizer may read about the block it works on. */
export interface BlockContext extends BlockInput {
  /**
   * The answer to `question` about `about`, computed once for this block: several rules ask the
   * same question about the same token or piece (cutting a run, classifying it, the product test).
   * `key` identifies `about` within the block (a token index, a piece's token range as a number).
   */
  memo<A, T>(question: BlockQuestion<A, T>, key: number, about: A): T;
}

/** A question rules ask about parts of a block, whose answers the block's memo keeps. */
export interface BlockQuestion<A, T> {
  /** What is asked, for a reader (and a debugger). */
  readonly name: string;
  /** Where the block's memo keeps the answers (one table per question). */
  readonly slot: number;
  readonly answer: (ctx: BlockContext, about: A) => T;
}

let questionCount = 0;

/** Declares a question once, at module load; `answer` must never return undefined. */
export function blockQuestion<A, T>(
  name: string,
  answer: (ctx: BlockContext, about: A) => T,
): BlockQuestion<A, T> {
  return { name, slot: questionCount++, answer };
}

/** The context recognizers read a block through, with a memo that lives as long as it does. */
export function blockContext(input: BlockInput): BlockContext {
  const tables: (Map<number, unknown> | undefined)[] = [];
  const ctx: BlockContext = {
    text: input.text,
    tokenized: input.tokenized,
    articleDate: input.articleDate,
    lexicon: input.lexicon,
    memo<A, T>(question: BlockQuestion<A, T>, key: number, about: A): T {
      let table = tables[question.slot];
      if (table === undefined) tables[question.slot] = table = new Map<number, unknown>();
      let answer = table.get(key) as T | undefined;
      if (answer === undefined) table.set(key, (answer = question.answer(ctx, about)));
      return answer;
    },
  };
  return ctx;
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
