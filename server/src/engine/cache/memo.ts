// Results of pure string functions, kept across analyses. Linking and relations run over the
// whole document on every edit, and the strings they ask about (mention texts and keys from
// cached blocks, gazetteer names) are mostly the same string objects each time, so a look-up here
// hashes nothing new and allocates nothing, where the function itself would build new strings.
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

/** normalizeKey, memoised. */
export const keyMemo = new Memo(normalizeKey);
