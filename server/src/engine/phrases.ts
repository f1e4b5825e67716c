// Phrase look-up over tokens: the longest run of tokens starting at a position whose text is a
// key of a table. Tables are keyed by normalizeKey(surface form), so "Lt. Gen." and "lt. gen."
// meet, and a phrase is the exact text between its first and last token with spaces folded.
import type { Token } from './text';
import { normalizeKey } from './lexicon';

export interface PhraseMatch<V> {
  /** Token index range, end exclusive. */
  first: number;
  last: number;
  value: V;
}

/** Text of tokens [first, last) as a look-up key. */
export function phraseKey(text: string, tokens: readonly Token[], first: number, last: number): string {
  return normalizeKey(text.slice(tokens[first].start, tokens[last - 1].end));
}

/**
 * The longest phrase of at most `maxWords` word tokens starting at token `first`, staying inside
 * one sentence. Full stops and hyphens between words do not count as words.
 */
export function longestPhrase<V>(
  text: string,
  tokens: readonly Token[],
  first: number,
  table: ReadonlyMap<string, V>,
  maxWords: number,
): PhraseMatch<V> | undefined {
  let best: PhraseMatch<V> | undefined;
  let words = 0;
  const sentence = tokens[first].sentence;
  for (let last = first + 1; last <= tokens.length; last++) {
    const t = tokens[last - 1];
    if (t.sentence !== sentence) break;
    if (t.kind !== 'punct') words++;
    if (words > maxWords) break;
    if (t.kind === 'punct') {
      // Joiners may sit inside a phrase but never end one; other marks (commas, quotes) end it.
      if (t.text === '-' || t.text === '&' || t.text === '/') continue;
      if (t.text !== '.') break;
    }
    const value = table.get(phraseKey(text, tokens, first, last));
    if (value !== undefined) best = { first, last, value };
  }
  return best;
}
