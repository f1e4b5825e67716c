// Results of pure string functions, kept across analyses. Linking and relations run over the
// whole document on every edit, and the strings they ask about (mention texts and keys from
// cached blocks, gazetteer names) are mostly the same string objects each time, so a look-up here
// hashes nothing new and allocates nothing, where the function itself would build new strings.
import { type Lexicon } from '../data/lexicon';
import { normalizeKey } from '../text/keys';

/** Past this many entries a memo starts over, so an endless stream of new names cannot fill memory. */
const MEMO_LIMIT = 50_000;

/**
 * A copy of `text` that does not share the memory of the string it was cut from. V8 makes a cut of
 * a long string a view of the whole, which keeps the whole alive: a cached block must not keep a
 * whole old document, nor a memo a whole paragraph. (A string built from two parts is flattened
 * into new memory when it is cut.)
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}

export class Memo<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly make: (text: string) => T) {}

  get(text: string): T {
    let value = this.map.get(text);
    if (value === undefined) {
      value = this.make(text);
      if (this.map.size >= MEMO_LIMIT) this.map.clear();
      this.map.set(ownCopy(text), value);
    }
    return value;
  }
}

/**
 * A table derived from a lexicon, built on first use. It is kept per `source` table of the lexicon
 * (the data it is built from), which a lexicon with the user's entries shares with the one it was
 * made from: a change of the user's entries builds nothing again. The lexicon asked about last is
 * compared by identity first: nearly every call is for the same one, and a WeakMap look-up per
 * call showed in the profile.
 */
export function perLexicon<V>(
  source: (lexicon: Lexicon) => object,
  build: (lexicon: Lexicon) => V,
): (lexicon: Lexicon) => V {
  const built = new WeakMap<object, V>();
  let lastLexicon: Lexicon | undefined;
  let lastValue: V | undefined;
  return (lexicon) => {
    if (lexicon === lastLexicon) return lastValue as V;
    const key = source(lexicon);
    let value = built.get(key);
    if (value === undefined) {
      value = build(lexicon);
      built.set(key, value);
    }
    lastLexicon = lexicon;
    lastValue = value;
    return value;
  };
}

/** normalizeKey, memoised. */
export const keyMemo = new Memo(normalizeKey);
