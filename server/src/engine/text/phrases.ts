// Phrase look-up over tokens: the longest run of tokens starting at a position whose text is a
// key of a table. Tables are keyed by normalizeKey(surface form), so "Lt. Gen." and "lt. gen."
// meet, and a phrase is the exact text between its first and last token with spaces folded.
// Each table is indexed by its keys' first words once (phraseIndex), so the common case — a token
// that starts no key — costs one map look-up.
import { firstWord, type Token } from './tokens';
import { normalizeKey } from './keys';
import { isWhiteSpace } from './blocks';

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
    maxWords = Math.max(maxWords, wordCount(key));
  }
  return { table, byFirstWord, sorted, maxWords };
}

/** A phrase's words as the look-up counts them: full stops and hyphens between words do not count. */
export function wordCount(phrase: string): number {
  return phrase.split(/[\s\-.]+/).filter(Boolean).length;
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
 *
 * The phrase's key is read once, character by character, as the phrase grows: the keys that begin
 * with it so far are a run of the sorted keys, narrowed by each new character, so the search costs
 * the phrase's length times a binary search, however long the keys (a user's entry may be long).
 * Building each longer key again and comparing it whole cost the square of the length, and the
 * cube over a paragraph that matched a long entry. Where a longer key may not begin with a shorter
 * one (see KeyReader), the search falls back to whole keys, each looked up in the table.
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
  const reader = new KeyReader(keys);
  let best: PhraseMatch<V> | undefined;
  let words = 0;
  const sentence = own.sentence;
  for (let last = first + 1; last <= tokens.length; last++) {
    const t = tokens[last - 1];
    if (t.sentence !== sentence) break;
    if (t.kind !== 'punct') words++;
    if (words > limit) break;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '&' && t.text !== '/' && t.text !== '.') break;
    // The key grows by the white space before the token and the token.
    const grown =
      last === first + 1 ? reader.readFirst(t) : reader.read(text.slice(tokens[last - 2].end, t.end));
    if (grown === 'unsure') return longestPhraseByWholeKeys(text, tokens, first, keys, ix.table, limit);
    // No key begins with the key so far: no longer phrase is a key.
    if (grown === 'none') break;
    // Joiners may sit inside a phrase but never end one.
    if (t.kind === 'punct' && t.text !== '.') continue;
    const key = reader.whole();
    if (key !== undefined) best = { first, last, value: ix.table.get(key) as V };
  }
  return best;
}

/**
 * Reads a phrase's key (normalizeKey of its text) as it grows, keeping the run of sorted keys
 * that begin with it. normalizeKey lower-cases, and folds curly apostrophes and runs of white
 * space to a plain space when the text holds one of its cues (a curly apostrophe, a tab, a line
 * break, a no-break space, two spaces): a grown text's key then begins with the shorter one's
 * while the text holds no other white space than single spaces before a cue appears (else the
 * cue folds white space already read), and no capital sigma (which lower-cases to "ς" or "σ" by
 * what follows it). Where either is met the reader answers 'unsure'.
 */
class KeyReader {
  private lo = 0;
  private hi: number;
  /** Characters of the key read so far. */
  private length = 0;
  private folding = false;

  constructor(private readonly keys: readonly string[]) {
    this.hi = keys.length;
  }

  /** Reads the phrase's first token: its key is the token's own. */
  readFirst(t: Token): 'some' | 'none' | 'unsure' {
    const text = t.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === CAPITAL_SIGMA) return 'unsure';
      if (c === 0x2018 || c === 0x2019) this.folding = true;
    }
    return this.narrow(t.key);
  }

  /** Reads the next piece of the phrase: the white space before a token, and the token. */
  read(piece: string): 'some' | 'none' | 'unsure' {
    let afterSpace = false;
    let oddSpace = false;
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      if (c === CAPITAL_SIGMA) return 'unsure';
      if (c === 0x2018 || c === 0x2019 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f)
        this.folding = true;
      else if (c === 32 && afterSpace) this.folding = true;
      else if (c !== 32 && isWhiteSpace(c)) oddSpace = true;
      afterSpace = c === 32;
    }
    if (oddSpace && !this.folding) return 'unsure';
    const lower = piece.toLowerCase();
    return this.narrow(this.folding ? foldPiece(lower) : lower);
  }

  /** The key that equals the text read, if there is one. */
  whole(): string | undefined {
    const key = this.keys[this.lo];
    return this.lo < this.hi && key.length === this.length ? key : undefined;
  }

  /** Narrows the run to the keys that go on with `chars`. */
  private narrow(chars: string): 'some' | 'none' {
    const keys = this.keys;
    for (let k = 0; k < chars.length && this.lo < this.hi; k++) {
      const c = chars.charCodeAt(k);
      const at = this.length++;
      // The run's keys share their first `at` characters and are sorted, so by their next
      // character too (a key that ends there, -1, first): the keys going on with `c` are a run.
      let lo = this.lo;
      let hi = this.hi;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (charAt(keys[mid], at) < c) lo = mid + 1;
        else hi = mid;
      }
      let end = lo;
      hi = this.hi;
      while (end < hi) {
        const mid = (end + hi) >>> 1;
        if (charAt(keys[mid], at) <= c) end = mid + 1;
        else hi = mid;
      }
      this.lo = lo;
      this.hi = end;
    }
    return this.lo < this.hi ? 'some' : 'none';
  }
}

const CAPITAL_SIGMA = 0x3a3;

function charAt(key: string, at: number): number {
  return at < key.length ? key.charCodeAt(at) : -1;
}

/** normalizeKey's folding of a piece that begins with white space and ends on a token. */
function foldPiece(lower: string): string {
  return lower.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}

/**
 * longestPhrase by whole keys: each longer phrase's key is made again and looked up. For the
 * phrases KeyReader is unsure of; the words of a phrase are bounded by the table's longest key.
 */
function longestPhraseByWholeKeys<V>(
  text: string,
  tokens: readonly Token[],
  first: number,
  keys: readonly string[],
  table: ReadonlyMap<string, V>,
  limit: number,
): PhraseMatch<V> | undefined {
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
    const value = table.get(key);
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
