// Phrase look-up over tokens: the longest run of tokens starting at a position whose text is a
// key of a table. Tables are keyed by normalizeKey(surface form), so "Lt. Gen." and "lt. gen."
// meet, and a phrase is the exact text between its first and last token with spaces folded.
// Each table is indexed by its keys' first words once, so the common case — a token that starts
// no key — costs one set look-up.
import { firstWord, type Token } from './text';
import { normalizeKey } from './lexicon';

export interface PhraseMatch<V> {
  /** Token index range, end exclusive. */
  first: number;
  last: number;
  value: V;
}

interface Indexed {
  firstWords: Set<string>;
  maxWords: number;
}

const indexes = new WeakMap<ReadonlyMap<string, unknown>, Indexed>();

function indexOf(table: ReadonlyMap<string, unknown>): Indexed {
  let ix = indexes.get(table);
  if (!ix) {
    ix = { firstWords: new Set(), maxWords: 1 };
    for (const key of table.keys()) {
      ix.firstWords.add(firstWord(key));
      ix.maxWords = Math.max(ix.maxWords, key.split(/[\s\-.]+/).filter(Boolean).length);
    }
    indexes.set(table, ix);
  }
  return ix;
}

/** Text of tokens [first, last) as a look-up key. */
export function phraseKey(text: string, tokens: readonly Token[], first: number, last: number): string {
  return normalizeKey(text.slice(tokens[first].start, tokens[last - 1].end));
}

/**
 * The longest phrase starting at token `first` that is a key of `table`, staying inside one
 * sentence and never crossing a comma. Full stops, hyphens and ampersands inside do not count as
 * words. `maxWords` bounds the search further where a caller knows better than the table.
 */
export function longestPhrase<V>(
  text: string,
  tokens: readonly Token[],
  first: number,
  table: ReadonlyMap<string, V>,
  maxWords = Infinity,
): PhraseMatch<V> | undefined {
  const ix = indexOf(table);
  // Each token carries its key's first word, read once when the block was tokenized.
  if (!ix.firstWords.has(tokens[first].firstWord)) return undefined;
  const limit = Math.min(maxWords, ix.maxWords);
  let best: PhraseMatch<V> | undefined;
  let words = 0;
  const sentence = tokens[first].sentence;
  for (let last = first + 1; last <= tokens.length; last++) {
    const t = tokens[last - 1];
    if (t.sentence !== sentence) break;
    if (t.kind !== 'punct') words++;
    if (words > limit) break;
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
