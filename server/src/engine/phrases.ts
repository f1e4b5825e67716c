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
  /** The keys in code-unit order: the keys that begin with a given text are a run of them. */
  sorted: string[];
}

const indexes = new WeakMap<ReadonlyMap<string, unknown>, Indexed>();

function indexOf(table: ReadonlyMap<string, unknown>): Indexed {
  let ix = indexes.get(table);
  if (!ix) {
    ix = { firstWords: new Set(), maxWords: 1, sorted: [...table.keys()].sort() };
    for (const key of table.keys()) {
      ix.firstWords.add(firstWord(key));
      ix.maxWords = Math.max(ix.maxWords, key.split(/[\s\-.]+/).filter(Boolean).length);
    }
    indexes.set(table, ix);
  }
  return ix;
}

/** Characters a key may hold that read differently in a longer phrase's key (see below). */
const MAY_CHANGE_WHEN_LONGER = /[ς]|[^\S ]/;

/** Whether some key of the table begins with `prefix`: the first key not below it does. */
function anyKeyStartsWith(ix: Indexed, prefix: string): boolean {
  const keys = ix.sorted;
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && keys[lo].startsWith(prefix);
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
    const key = phraseKey(text, tokens, first, last);
    const value = table.get(key);
    if (value !== undefined) best = { first, last, value };
    // A longer phrase's key begins with this one's: normalizeKey lower-cases and folds spaces and
    // apostrophes in place, and a phrase starts and ends on a token, never on a space. So when no
    // key begins with this one, no longer phrase is a key: stop. Two exceptions keep searching:
    // a final sigma ("Σ" lower-cases to "ς" or "σ" by what follows it), and white space other than
    // a plain space, which normalizeKey leaves as it is in some keys and folds in longer ones.
    if (!anyKeyStartsWith(ix, key) && !MAY_CHANGE_WHEN_LONGER.test(key)) break;
  }
  return best;
}
