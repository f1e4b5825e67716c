// Tokens and sentences with UTF-16 offsets. Recognizers read tokens rather than raw characters
// so that every one of them agrees on what a word is, where a sentence ends and which words are
// capitalised for a reason other than starting a sentence.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** Offsets into the text the tokenizer was given (a block), end exclusive. */
  start: number;
  end: number;
  text: string;
  /** The text as a look-up key: lower-cased, curly apostrophes folded (normalizeKey). */
  key: string;
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

// Acronyms with inner full stops (U.S., U.K., U.N.), words with inner apostrophes or hyphens
// (O'Brien, Commander-in-Chief, military-industrial), plain words, numbers, and any other
// single non-space character as punctuation. A trailing possessive is split off as its own token.
const TOKEN_RE =
  /(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:(?:['’](?![sS]\b)|[-‐‑])[\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th)?|['’][sS]\b|[^\s]/gu;

const UPPER_RE = /^\p{Lu}/u;
const LETTER_RE = /^\p{L}/u;
const DIGIT_RE = /^\p{N}/u;

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
  const lower = prev.text.toLowerCase();
  if (prev.text.includes('.')) return true; // U.S. — the stop is part of the acronym's pattern
  if (TITLE_ABBREVIATIONS.has(lower)) {
    // "Inc." and "Corp." often end sentences; only keep going when a capitalised word follows.
    return true;
  }
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
  let prevEnd = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const word = m[0];
    const start = m.index;
    const gap = text.slice(prevEnd, start);
    const kind: TokenKind = LETTER_RE.test(word) ? 'word' : DIGIT_RE.test(word) ? 'number' : 'punct';
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      key: word.toLowerCase().replace(/[’‘]/g, "'"),
      kind,
      upper: kind === 'word' && UPPER_RE.test(word),
      sentenceStart: false,
      sentence: 0,
      index: tokens.length,
      lineStart: gap.includes('\n') || gap.includes('\r') || start === 0,
      attached: gap.length === 0 && start > 0,
    });
    prevEnd = start + word.length;
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
