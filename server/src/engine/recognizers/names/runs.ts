// Name runs: maximal stretches of capitalised words inside a sentence, joined by the few lower-case
// words that live inside names ("Ministry of Defense", "Military School of the Ground Forces",
// "Charles de Gaulle"). Runs are the raw material the person, organization and place rules classify.
import type { Token } from '../../text/tokens';
import type { Lexicon } from '../../data/lexicon';
import type { TokenMarks } from '../context';
import { derive } from '../../data/derived';
import { CONNECTORS, NAME_SUFFIXES, PLACE_ABBREVIATIONS } from '../../text/grammarWords';

export interface Run {
  /** Token index range, end exclusive. */
  first: number;
  last: number;
}

/** Punctuation that may join words inside a name ("AT&T", "Johnson & Johnson", "Rolls-Royce"). */
const JOINERS = new Set(['&', '-', '/']);

/** A token that can be part of a name by its own shape. */
export function isNameToken(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (t.upper) return true;
  // camelCase brands: iPhone, eBay (a lower-case word's key equals its text, so most skip the test)
  return t.text !== t.key && /^\p{Ll}+\p{Lu}/u.test(t.text);
}

/** Whether the code unit at `i` is an ASCII lower-case letter. */
export function isAsciiLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x61 && c <= 0x7a;
}

/**
 * Finds the runs in a block. `blocked` marks tokens already claimed by another recognizer (dates,
 * ranks, titles): a run never includes them.
 */
export function findRuns(tokens: readonly Token[], blocked: TokenMarks, lexicon: Lexicon): Run[] {
  const { keepTheirStop, webDomains } = derive(lexicon).org;
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!isNameToken(t) || blocked.has(i)) {
      i++;
      continue;
    }
    let last = i + 1;
    for (;;) {
      const next = tokens[last];
      if (!next || next.sentence !== t.sentence || blocked.has(last)) break;
      if (isNameToken(next) && !next.lineStart) {
        last++;
        continue;
      }
      // A web address names its site: "CBC.ca", "Detik.com", "Secunia.com".
      const tld = tokens[last + 1];
      if (next.text === '.' && next.attached && tld?.attached && webDomains.has(tld.text)) {
        last += 2;
        break;
      }
      // A legal form's full stop belongs to the name ("Apple Inc.", "Ford Motors Co."), as does
      // a name suffix's ("Martin Luther King Jr.").
      if (
        next.text === '.' &&
        next.attached &&
        (keepTheirStop.has(tokens[last - 1].text) || NAME_SUFFIXES.has(tokens[last - 1].text))
      ) {
        last++;
        break;
      }
      // An initial's full stop ("John F. Kennedy") or a place-name abbreviation's ("St. Louis").
      if (
        next.text === '.' &&
        next.attached &&
        (tokens[last - 1].text.length === 1 || PLACE_ABBREVIATIONS.has(tokens[last - 1].text)) &&
        isNameToken(tokens[last + 1] ?? next)
      ) {
        last++;
        continue;
      }
      // "People's", "Women's" inside a name: "Korean People's Army", "New People's Party".
      if (
        (next.text === "'s" || next.text === '’s') &&
        /^(People|Women|Children|Men)$/.test(tokens[last - 1].text) &&
        isNameToken(tokens[last + 1] ?? next)
      ) {
        last += 2;
        continue;
      }
      // Up to two connector words, then a name token.
      let k = last;
      let joined = 0;
      while (
        k < tokens.length &&
        joined < 2 &&
        // Connectors are words and joiners marks: each token is looked up in the one set it may be in.
        (tokens[k].kind === 'word'
          ? CONNECTORS.has(tokens[k].text)
          : // A hyphen or slash joins only when written tight ("Rolls-Royce"); "San Jose - Cisco" is two names.
            tokens[k].kind === 'punct' &&
            JOINERS.has(tokens[k].text) &&
            (tokens[k].text === '&' || (tokens[k].attached && tokens[k + 1]?.attached === true))) &&
        !blocked.has(k)
      ) {
        k++;
        joined++;
      }
      // "the" joins only after "of"/"for" ("Military School of the Ground Forces"), never alone
      // ("Rathbun the Scientology …").
      const theAlone = tokens[last]?.text === 'the';
      if (
        joined > 0 &&
        !theAlone &&
        tokens[k] &&
        isNameToken(tokens[k]) &&
        !blocked.has(k) &&
        tokens[k].sentence === t.sentence
      ) {
        last = k + 1;
        continue;
      }
      break;
    }
    runs.push({ first: i, last });
    i = last;
  }
  return runs;
}
