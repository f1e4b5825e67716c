// Tokens and sentences with UTF-16 offsets. Recognizers read tokens rather than raw characters
// so that every one of them agrees on what a word is, where a sentence ends and which words are
// capitalised for a reason other than starting a sentence.

import { COMPOUND_PARTICIPLES } from './grammarWords';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** Offsets into the text the tokenizer was given (a block), end exclusive. */
  start: number;
  end: number;
  text: string;
  /** The text as a look-up key: lower-cased, curly apostrophes folded (normalizeKey). */
  key: string;
  /** The key's first word (`firstWord`): what phrase tables (phrases.ts) are indexed by. */
  firstWord: string;
  kind: TokenKind;
  /** Starts with an upper-case letter (or is an all-caps acronym). */
  upper: boolean;
  /** First token of its sentence: its capital says nothing about being a name. */
  sentenceStart: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Index of this token in the block's token array. */
  index: number;
  /** White space between this token and the previous one contains a line break. */
  lineStart: boolean;
  /** No white space between this token and the previous one. */
  attached: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index range into the token array, end exclusive. */
  first: number;
  last: number;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
}

// What a token is (the specification; `scanToken` below implements it by hand, because this
// pattern was the single most expensive step of the engine — test/engine/tokenizer.test.ts checks
// that both agree on every development text and on random Unicode):
//   /(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:(?:['’](?![sS]\b)|[-‐‑](?!P(?![\p{L}\p{M}\p{N}])))
//    [\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th)?|['’][sS]\b|[^\s]/u
// (P: the compound participles, each also capitalised: "based|Based|led|Led|…")
// that is, in order of preference: acronyms with inner full stops (U.S., U.K., U.N.), words with
// inner apostrophes or hyphens (O'Brien, Commander-in-Chief, military-industrial) but not before a
// compound participle ("Minneapolis-based" is three tokens), numbers, a
// trailing possessive split off as its own token, and any other single non-space character as
// punctuation.

// Character classes, by bit, for code points as the `u` regular expressions see them.
const LETTER = 1; // \p{L}
const MARK = 2; // \p{M}
const NUMBER = 4; // \p{N}
const UPPER = 8; // \p{Lu}
const SPACE = 16; // \s
const KNOWN = 128; // the entry has been computed

/** Classes of the Basic Multilingual Plane, filled in on first sight of each character. */
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function computeClasses(ch: string): number {
  return (
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/\p{M}/u.test(ch) ? MARK : 0) |
    (/\p{N}/u.test(ch) ? NUMBER : 0) |
    (/\p{Lu}/u.test(ch) ? UPPER : 0) |
    (/\s/u.test(ch) ? SPACE : 0)
  );
}

/** Classes of the code point `cp` (a lone surrogate is a character of its own, as with `u`). */
function classesOf(cp: number): number {
  if (cp < 0x80) {
    // ASCII without a table look-up: most of any news text.
    if (cp >= 0x61 && cp <= 0x7a) return LETTER;
    if (cp >= 0x41 && cp <= 0x5a) return LETTER | UPPER;
    if (cp >= 0x30 && cp <= 0x39) return NUMBER;
    return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) ? SPACE : 0;
  }
  if (cp < 0x10000) {
    let c = bmpClasses[cp];
    if (c === 0) bmpClasses[cp] = c = computeClasses(String.fromCharCode(cp)) | KNOWN;
    return c;
  }
  let c = astralClasses.get(cp);
  if (c === undefined) astralClasses.set(cp, (c = computeClasses(String.fromCodePoint(cp))));
  return c;
}

/** Whether `cp` is a letter or a number (\p{L} or \p{N}). */
export function isLetterOrNumber(cp: number): boolean {
  return (classesOf(cp) & (LETTER | NUMBER)) !== 0;
}

/** Whether `cp` is white space other than a line break (what `[^\S\r\n]` matches). */
export function isInlineSpace(cp: number): boolean {
  return cp !== 0x0a && cp !== 0x0d && (classesOf(cp) & SPACE) !== 0;
}

/** Whether the code unit at `i` is an ASCII word character (what `\b` looks at without `i`). */
function isAsciiWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN past the end: false
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** Width in code units of the code point `cp`. */
const widthOf = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** Whether `text` has a letter, mark or number at `i` (false past the end). */
function isWordCharAt(text: string, i: number): boolean {
  return i < text.length && (classesOf(text.codePointAt(i) as number) & (LETTER | MARK | NUMBER)) !== 0;
}

/** End of the run of letters, marks and numbers starting at `i`. */
function skipWordChars(text: string, i: number): number {
  while (i < text.length) {
    // ASCII first, without reading a code point: most of any news text.
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) {
        i++;
        continue;
      }
      break;
    }
    const cp = text.codePointAt(i) as number;
    if ((classesOf(cp) & (LETTER | MARK | NUMBER)) === 0) break;
    i += widthOf(cp);
  }
  return i;
}

/** End of the run of numbers starting at `i`. */
function skipNumbers(text: string, i: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    if ((classesOf(cp) & NUMBER) === 0) break;
    i += widthOf(cp);
  }
  return i;
}

/** COMPOUND_PARTICIPLES, also capitalised as headlines write them ("California-Based"). */
const PARTICIPLES = new Set(COMPOUND_PARTICIPLES.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]));

/**
 * Whether text[start, end) — the word characters after an inner hyphen — is a compound participle
 * ending the word: what follows is no word character (skipWordChars stopped there).
 */
function isCompoundParticiple(text: string, start: number, end: number): boolean {
  const length = end - start;
  return length >= 3 && length <= 13 && PARTICIPLES.has(text.slice(start, end));
}

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019; // ' ’
const isS = (c: number): boolean => c === 0x73 || c === 0x53;

/**
 * End of the token that starts at `start`, whose first code point is `cp` with classes `cls`
 * (never white space): the alternatives of the specification above, tried in its order.
 */
function scanToken(text: string, start: number, cp: number, cls: number): number {
  const n = text.length;
  if (cls & LETTER) {
    // An acronym: two or more letter–full stop pairs.
    let i = start;
    let pairs = 0;
    while (i < n) {
      const c = text.codePointAt(i) as number;
      const w = widthOf(c);
      if ((classesOf(c) & LETTER) === 0 || text.charCodeAt(i + w) !== 0x2e) break;
      i += w + 1;
      pairs++;
    }
    if (pairs >= 2) return i;
  }
  if (cls & (LETTER | MARK)) {
    let i = skipWordChars(text, start + widthOf(cp));
    // Inner apostrophes and hyphens, each followed by more word characters; an apostrophe
    // before a possessive "s" ends the word ("Reuters's" → "Reuters", "'s").
    for (;;) {
      const c = text.charCodeAt(i);
      if (isApostrophe(c)) {
        if (isS(text.charCodeAt(i + 1)) && !isAsciiWordChar(text, i + 2)) break;
      } else if (c !== 0x2d && c !== 0x2010 && c !== 0x2011) break; // - ‐ ‑
      if (!isWordCharAt(text, i + 1)) break;
      const next = skipWordChars(text, i + 1);
      // "Minneapolis-based": the participle is a word of its own, and so is the name before it.
      if (!isApostrophe(c) && isCompoundParticiple(text, i + 1, next)) break;
      i = next;
    }
    return i;
  }
  if (cls & NUMBER) {
    let i = skipNumbers(text, start + widthOf(cp));
    for (;;) {
      const c = text.charCodeAt(i);
      if (c !== 0x2e && c !== 0x2c && c !== 0x3a) break; // . , :
      if (i + 1 >= n || (classesOf(text.codePointAt(i + 1) as number) & NUMBER) === 0) break;
      i = skipNumbers(text, i + 1);
    }
    const suffix = text.slice(i, i + 2);
    if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') i += 2;
    return i;
  }
  // A possessive: an apostrophe, "s" and a word boundary.
  if (isApostrophe(cp) && isS(text.charCodeAt(start + 1)) && !isAsciiWordChar(text, start + 2))
    return start + 2;
  return start + widthOf(cp);
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/**
 * The first word of a look-up key: its letters and digits before any joiner or space ("lt" of
 * "lt. gen.", "commander" of "commander-in-chief"), or the key itself when it has none.
 */
export function firstWord(key: string): string {
  // Most keys are one plain word: only run the pattern when a joiner or space is inside (a
  // character loop is cheaper than a pattern test on these short strings).
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x2d || c === 0x27 || c === 0x2e || c === 0x20 || c === 0x2f || c === 0x26)
      return FIRST_WORD.exec(key)?.[0] ?? key; // - ' . space / &
  }
  return key;
}

/** A token's key and first word, as readKeys finds them (one object, reused). */
const keys = { key: '', first: '' };

// What one look at a token's text tells: capitals A–Z, other characters beyond ASCII, curly
// apostrophes, joiners (- ' . space / &, which end a first word).
const HAS_UPPER = 1;
const HAS_NON_ASCII = 2;
const HAS_CURLY = 4;
const HAS_JOINER = 8;

/**
 * Fills `keys` for `word`: its look-up key (normalizeKey's folding, for one token: lower case,
 * curly apostrophes straight) and that key's first word. One pass over the text decides which
 * of the costly steps are needed; most tokens need none (lower-case ASCII words, numbers).
 */
function readKeys(word: string): void {
  let seen = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) continue;
    if (c >= 0x41 && c <= 0x5a) seen |= HAS_UPPER;
    else if (c === 0x2d || c === 0x27 || c === 0x2e || c === 0x20 || c === 0x2f || c === 0x26)
      seen |= HAS_JOINER;
    else if (c >= 0x80) seen |= c === 0x2019 || c === 0x2018 ? HAS_NON_ASCII | HAS_CURLY : HAS_NON_ASCII;
  }
  let key = word;
  // Lower-casing never makes or removes a curly apostrophe or a joiner, so the text tells both.
  if (seen & (HAS_UPPER | HAS_NON_ASCII)) key = word.toLowerCase();
  if (seen & HAS_CURLY) key = key.replace(/[’‘]/g, "'");
  keys.key = key;
  // Nothing lower-cases to a joiner: without one in the text (a curly apostrophe becomes one),
  // the key is a single word.
  keys.first = seen & (HAS_JOINER | HAS_CURLY) ? firstWord(key) : key;
}

const UPPER_RE = /^\p{Lu}/u;

/**
 * Abbreviations that end in a full stop without ending the sentence. Titles and ranks are never
 * sentence ends; month names only when a number follows ("Nov. 7").
 */
const TITLE_ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen lt col maj capt cpt sgt cpl pvt pfc adm cmdr cdr brig ' +
    'st jr sr rev hon pres supt insp det fr messrs mme mlle no vs etc esq gens cols lieut sec ' +
    'amb dept corp inc co ltd bros'
  ).split(' '),
);
const MONTH_ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

function isAbbreviationBeforeStop(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.kind !== 'word' || !tokens[i].attached) return false;
  const lower = prev.key;
  if (prev.text.includes('.')) return true; // U.S. — the stop is part of the acronym's pattern
  // "Inc." and "Corp." end some sentences too; those then run on into the next one.
  if (TITLE_ABBREVIATIONS.has(lower)) return true;
  if (MONTH_ABBREVIATIONS.has(lower)) {
    const next = tokens[i + 1];
    return next !== undefined && next.kind === 'number';
  }
  // Single capital letters are initials ("John F. Kennedy").
  return prev.text.length === 1 && UPPER_RE.test(prev.text);
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const TERMINALS = new Set(['.', '!', '?', '…']);

/** Splits `text` into tokens and sentences. Line breaks always end a sentence. */
export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // White space before the token: whether it holds a line break, and whether there is any.
    const gapStart = i;
    let lineBreak = false;
    let cp = text.codePointAt(i) as number;
    let cls = classesOf(cp);
    while (cls & SPACE) {
      if (cp === 0x0a || cp === 0x0d) lineBreak = true;
      if (++i >= n) break; // white space is never a surrogate pair
      cp = text.codePointAt(i) as number;
      cls = classesOf(cp);
    }
    if (i >= n) break;
    const start = i;
    const end = scanToken(text, start, cp, cls);
    const word = text.slice(start, end);
    readKeys(word);
    const key = keys.key;
    const first = keys.first;
    const kind: TokenKind = cls & LETTER ? 'word' : cls & NUMBER ? 'number' : 'punct';
    tokens.push({
      start,
      end,
      text: word,
      key,
      firstWord: first,
      kind,
      upper: kind === 'word' && (cls & UPPER) !== 0,
      sentenceStart: false,
      sentence: 0,
      index: tokens.length,
      lineStart: lineBreak || start === 0,
      attached: start === gapStart && start > 0,
    });
    i = end;
  }
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (lastExclusive: number): void => {
    if (lastExclusive <= first) return;
    sentences.push({
      start: tokens[first].start,
      end: tokens[lastExclusive - 1].end,
      first,
      last: lastExclusive,
    });
    first = lastExclusive;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > first && t.lineStart) close(i);
    if (
      t.kind === 'punct' &&
      TERMINALS.has(t.text) &&
      !(t.text === '.' && isAbbreviationBeforeStop(tokens, i))
    ) {
      let j = i + 1;
      while (
        j < tokens.length &&
        tokens[j].kind === 'punct' &&
        (CLOSERS.has(tokens[j].text) || TERMINALS.has(tokens[j].text)) &&
        !tokens[j].lineStart
      )
        j++;
      const next = tokens[j];
      // A stop followed by a lower-case word ("4.5 p.m. on") is not a sentence end.
      if (next === undefined || next.lineStart || !(next.kind === 'word' && !next.upper)) {
        close(j);
        i = j - 1;
      }
    }
  }
  close(tokens.length);
  sentences.forEach((s, n) => {
    for (let i = s.first; i < s.last; i++) tokens[i].sentence = n;
    // The sentence's first word (after any opening quote or bracket) is capitalised by position.
    let k = s.first;
    while (k < s.last && tokens[k].kind === 'punct') k++;
    if (k < s.last) tokens[k].sentenceStart = true;
  });
  return { tokens, sentences };
}
