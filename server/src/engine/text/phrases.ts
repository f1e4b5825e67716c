// Phrase look-up over tokens: the longest run of tokens starting at a position whose text is a
// key of a table. Tables are keyed by normalizeKey(surface form), so "Lt. Gen." and "lt. gen."
// meet, and a phrase is the exact text between its first and last token with spaces folded.
// Each table is indexed by its keys' first words once (phraseIndex), so the common case — a token
// that starts no key — costs one map look-up.
import { firstWord, type Token } from './tokens';
import { normalizeKey } from './keys';

export interface PhraseMatch<V> {
  /** Token index range, end exclusive. */
  first: number;
  last: number;
  value: V;
}

/** A table of phrases with its look-up index; build one per table, once (data/derived.ts). */
export interface PhraseIndex<V> {
  readonly table: ReadonlyMap<string, V>;
  /** The keys by their first word, each list in code-unit order (see anyKeyStartsWith). */
  readonly byFirstWord: ReadonlyMap<string, readonly string[]>;
  /** All the keys in code-unit order. */
  readonly sorted: readonly string[];
  readonly maxWords: number;
}

/** Indexes `table` by its keys' first words. */
export function phraseIndex<V>(table: ReadonlyMap<string, V>): PhraseIndex<V> {
  const sorted = [...table.keys()].sort();
  const byFirstWord = new Map<string, string[]>();
  let maxWords = 1;
  for (const key of sorted) {
    const first = firstWord(key);
    const list = byFirstWord.get(first);
    if (list) list.push(key);
    else byFirstWord.set(first, [key]);
    maxWords = Math.max(maxWords, key.split(/[\s\-.]+/).filter(Boolean).length);
  }
  return { table, byFirstWord, sorted, maxWords };
}

/** Characters a key may hold that read differently in a longer phrase's key (see below). */
const MAY_CHANGE_WHEN_LONGER = /[ς]|[^\S ]/;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Whether some key in `keys` (sorted) begins with `prefix`: the first key not below it does. */
function anyKeyStartsWith(keys: readonly string[], prefix: string): boolean {
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
 * The longest phrase starting at token `first` that is a key of the indexed table, staying inside one
 * sentence and never crossing a comma. Full stops, hyphens and ampersands inside do not count as
 * words. `maxWords` bounds the search further where a caller knows better than the table.
 */
export function longestPhrase<V>(
  text: string,
  tokens: readonly Token[],
  first: number,
  ix: PhraseIndex<V>,
  maxWords = Infinity,
): PhraseMatch<V> | undefined {
  // Each token carries its key's first word, read once when the block was tokenized.
  const bucket = ix.byFirstWord.get(tokens[first].firstWord);
  if (bucket === undefined) return undefined;
  // A longer phrase's key starts with a word token's own key, and the text after a word token
  // is no letter or digit, so for a plain ASCII word the phrase's key has the token's first word:
  // only the keys filed under it need searching. Not so after a number ("1990" of "1990s") or a
  // mark ("/" of "/ ab"), nor for other scripts, where a sigma lower-cases by what follows it and
  // a combining mark ("İ" → "i̇") ends a first word only in a longer key: then search all keys.
  const own = tokens[first];
  const keys = own.kind === 'word' && isAscii(own.key) ? bucket : ix.sorted;
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
    // One token's key is the token's own, read when it was tokenized (normalizeKey of one token).
    const key = last === first + 1 ? t.key : phraseKey(text, tokens, first, last);
    const value = ix.table.get(key);
    if (value !== undefined) best = { first, last, value };
    // A longer phrase's key begins with this one's: normalizeKey lower-cases and folds spaces and
    // apostrophes in place, and a phrase starts and ends on a token, never on a space. So when no
    // key begins with this one, no longer phrase is a key: stop. Two exceptions keep searching:
    // a final sigma ("Σ" lower-cases to "ς" or "σ" by what follows it), and white space other than
    // a plain space, which normalizeKey leaves as it is in some keys and folds in longer ones.
    if (!anyKeyStartsWith(keys, key) && !MAY_CHANGE_WHEN_LONGER.test(key)) break;
  }
  return best;
}
