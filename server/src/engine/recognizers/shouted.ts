// Sentences written all in capitals (wire headlines, "BELGRADE (NOVAPRESS NEWS) - SERBIAN CHIEF OF
// …"): there a capital says nothing about a name, and every recognizer that reads capitals would
// either take the whole line for one name or find none. So a shouted sentence is re-cased as
// running text would write it before any recognizer reads the block: names the gazetteers and name
// lists know, words no dictionary knows, and ranks and offices before a name keep a capital; other
// words go to lower case. Each letter keeps its place, so offsets stay those of the text as written.
import type { Sentence, Token, Tokenized } from '../text/tokens';
import type { Lexicon } from '../data/lexicon';
import { derive } from '../data/derived';
import { longestPhrase } from '../text/phrases';
import { CONNECTORS, PLACE_PREPOSITIONS } from '../text/grammarWords';
import { MONTHS, WEEKDAYS } from '../calendar/values';
import { isAsciiLowerAt } from './names/runs';

/** Written in capitals: two letters or more, none in lower case ("NATO", "SAID"). */
function isCapitalsWord(t: Token): boolean {
  // The second letter decides most words without upper-casing the whole word.
  return t.upper && t.text.length > 1 && !isAsciiLowerAt(t.text, 1) && t.text === t.text.toUpperCase();
}

/** A sentence of three words or more, nearly all in capitals: a shouted headline or wire. */
function isShouted(tokens: readonly Token[], s: Sentence): boolean {
  let words = 0;
  let caps = 0;
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    words++;
    if (isCapitalsWord(t)) caps++;
  }
  return words >= 3 && caps / words > 0.7;
}

/** How a word of a shouted sentence is written again. */
const LOWER = 0;
/** A name: capital first (or all capitals for an acronym the data writes so). */
const NAME = 1;
/** A name only beside another name: a common word that is also a given name, surname or place. */
const MAYBE_NAME = 2;
/** A rank, office or honorific word: capitalised only before a name ("GENERAL MILAN …"). */
const CUE = 3;
/** Kept as written: an acronym ("NATO", "CEO", "US") or a word with inner full stops ("U.S."). */
const AS_WRITTEN = 4;
/** A word of a name of several words the gazetteers know ("NOVI SAD"): capital first. */
const IN_NAME = 5;

/** `word` in lower case, letter by letter, so that it keeps its length ("İ" stays as it is). */
function lowerKeepingLength(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length === word.length) return lower;
  let out = '';
  for (const ch of word) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** "DRAGOVIC" → "Dragovic", "GILGIT-BALTISTAN" → "Gilgit-Baltistan", "O'NEILL" → "O'Neill". */
function capitalised(word: string): string {
  const lower = lowerKeepingLength(word);
  let out = '';
  let start = true;
  for (let i = 0; i < word.length; i++) {
    out += start ? word[i] : lower[i];
    const c = word[i];
    // After a hyphen a new word starts; after an apostrophe too when one letter precedes it (O'Neill).
    start = c === '-' || ((c === "'" || c === '’') && i === 1);
  }
  return out;
}

/** Letters only, none of them a vowel: an acronym however long ("BSF", "GHQ"). */
const NO_VOWEL = /^[B-DF-HJ-NP-TV-XZ]+$/;

/** The data write this word in capitals: an acronym of an organization or a country, or a non-name ("CEO"). */
function writtenInCapitals(t: Token, lexicon: Lexicon): boolean {
  if (lexicon.nonNameAcronyms.has(t.text)) return true;
  // "NIS" is the city Niš before it is an agency's acronym.
  if (lexicon.places.has(t.key)) return false;
  // "WHO", "ICE": an acronym that is also a word is the word in a shouted sentence.
  const org = lexicon.organizations.get(t.key);
  if (org?.acronym === t.text && !lexicon.commonWords.has(t.key)) return true;
  const country = lexicon.countryNames.get(t.key);
  return country !== undefined && country.aliases.includes(t.text);
}

/** Is `key` a month or weekday name written out ("wednesday", "june")? */
function isCalendarName(key: string): boolean {
  return WEEKDAYS.has(key) || (MONTHS.has(key) && key.length > 3);
}

/** A word no dictionary or name list knows, letters and joiners only: a name in any case. */
function unknownWord(t: Token, lexicon: Lexicon): boolean {
  if (lexicon.commonWords.has(t.key)) return false;
  // "INTELLIGENCE-BASED", "DON'T": a joined word of common words is a common word.
  const parts = t.key.split(/[-'’]/);
  return parts.length === 1 || !parts.every((p) => p === '' || lexicon.commonWords.has(p));
}

/** The kind of one word no phrase took: a name, a name only beside another, a cue, or none. */
function wordKind(t: Token, tokens: readonly Token[], lexicon: Lexicon): number {
  const key = t.key;
  const common = lexicon.commonWords.has(key);
  // "US" is the country before it is the pronoun: an acronym the data write so stays as written.
  if (writtenInCapitals(t, lexicon)) return AS_WRITTEN;
  // "AUG 30", "SEPT 6": an abbreviated month before its day.
  if (MONTHS.has(key) && tokens[t.index + 1]?.kind === 'number') return NAME;
  if (lexicon.nonNames.has(key) && !isCalendarName(key)) return LOWER;
  if (lexicon.countryNames.has(key) || lexicon.demonyms.has(key)) return NAME;
  if (isCalendarName(key)) {
    // "MAY", "MARCH" and "AUGUST" are words too: names only beside a number or after "in", "since" ….
    if (!common) return NAME;
    const next = tokens[t.index + 1];
    const prev = tokens[t.index - 1];
    // "30 AUGUST", "30TH AUGUST": a day before the month counts too.
    const dayBefore =
      prev?.kind === 'number' || (prev?.attached === true && tokens[t.index - 2]?.kind === 'number');
    return next?.kind === 'number' ||
      dayBefore ||
      (prev !== undefined && /^(in|since|until|by|of|last|next|this|early|late|mid)$/.test(prev.key))
      ? NAME
      : LOWER;
  }
  const tables = derive(lexicon);
  if (tables.titles.starts.has(key) || tables.honorifics.has(key)) return CUE;
  const place = lexicon.places.get(key);
  if (place !== undefined && !common && place.ambiguous !== true) return NAME;
  const org = lexicon.organizations.get(key);
  const person = lexicon.givenNames.has(key) || lexicon.surnames.has(key);
  if (!common && (org !== undefined || person)) return NAME;
  if (place !== undefined || org !== undefined || person) return MAYBE_NAME;
  return unknownWord(t, lexicon) ? NAME : LOWER;
}

/** Marks the words of [first, last) with `kind` in `kinds` (indexed from the sentence's first token). */
function mark(kinds: Uint8Array, base: number, first: number, last: number, kind: number): void {
  for (let i = first; i < last; i++) kinds[i - base] = kind;
}

/** The kind of each token of the shouted sentence `s`, by the rules in this file's header. */
function kindsOf(text: string, tokens: readonly Token[], s: Sentence, lexicon: Lexicon): Uint8Array {
  const tables = derive(lexicon);
  const kinds = new Uint8Array(s.last - s.first);
  const base = s.first;
  for (let i = s.first; i < s.last;) {
    const t = tokens[i];
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    if (t.text.includes('.')) {
      kinds[i - base] = AS_WRITTEN; // "U.S.", "U.N."
      i++;
      continue;
    }
    if (t.attached && tokens[i - 1]?.kind === 'number') {
      i++; // the "S" of "1990S", the "TH" of "5TH": lower case
      continue;
    }
    // The longest known name, rank or compound office starting here; one of two words or more is
    // a name whatever its words are ("NEW YORK", "EUROPEAN UNION", "CHIEF OF THE GENERAL STAFF").
    const known = longestPhrase(text, tokens, i, tables.knownNames);
    const rank = longestPhrase(text, tokens, i, tables.rankForms);
    const office = longestPhrase(text, tokens, i, tables.titles.compounds);
    const knownEnd = known?.last ?? i;
    const cueEnd = Math.max(rank?.last ?? i, office?.last ?? i);
    if (knownEnd > i + 1 && knownEnd >= cueEnd) {
      mark(kinds, base, i, knownEnd, IN_NAME);
      i = knownEnd;
    } else if (cueEnd > i) {
      mark(kinds, base, i, cueEnd, CUE);
      i = cueEnd;
    } else {
      kinds[i - base] = wordKind(t, tokens, lexicon);
      i++;
    }
  }
  settleNeighbours(tokens, s, kinds, lexicon);
  return kinds;
}

/** Is the word at `i` (a token index) a name by now? */
function nameAt(tokens: readonly Token[], kinds: Uint8Array, base: number, i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word' || i < base || i - base >= kinds.length) return false;
  const k = kinds[i - base];
  return k === NAME || k === IN_NAME;
}

/**
 * "MINISTRY OF DEFENCE", "UNIVERSITY OF NAIROBI": an organization's head noun, "of" or "for" and
 * a name (for a government unit, also an office's modifier or another head) is a name written head
 * first; running text capitalises it. Marks the name's words from the head at token `i` when they are one.
 */
function headFirstName(
  tokens: readonly Token[],
  s: Sentence,
  kinds: Uint8Array,
  i: number,
  lexicon: Lexicon,
): void {
  const base = s.first;
  const tables = derive(lexicon);
  if (!tables.org.heads.has(tokens[i].key)) return;
  let k = i + 1;
  if (k >= s.last || (tokens[k].key !== 'of' && tokens[k].key !== 'for')) return;
  k++;
  if (k < s.last && tokens[k].key === 'the') k++;
  // A government unit's complement may be a field ("OF DEFENCE"); any other head's must be a name.
  const unit = tables.org.governmentUnits.has(tokens[i].key);
  const fits = (j: number): boolean =>
    j < s.last &&
    tokens[j].kind === 'word' &&
    (nameAt(tokens, kinds, base, j) ||
      (unit && (tables.titles.modifiers.has(tokens[j].key) || tables.org.heads.has(tokens[j].key))));
  let end = k;
  while (end - k < 3 && fits(end)) end++;
  if (end === k) return;
  mark(kinds, base, i, end, IN_NAME);
}

/**
 * What the neighbours decide: a common word that is also a name is one beside another name
 * ("MARK CARNEY") or as a place after "in"; an organization's head after a name is part of it
 * ("NOVAPRESS NEWS"); and ranks and offices keep their capitals before a name, read from the
 * right so that a chain of them ("CHIEF OF DEFENCE LIEUTENANT GENERAL GABOR …") does too.
 */
function settleNeighbours(tokens: readonly Token[], s: Sentence, kinds: Uint8Array, lexicon: Lexicon): void {
  const base = s.first;
  const tables = derive(lexicon);
  for (let i = s.first; i < s.last; i++)
    if (kinds[i - base] === LOWER) headFirstName(tokens, s, kinds, i, lexicon);
  // "BOB DOLE": a given name then a surname is a person's name, though both are words too.
  for (let i = s.first; i + 1 < s.last; i++) {
    const pair = kinds[i - base] === MAYBE_NAME && kinds[i + 1 - base] === MAYBE_NAME;
    if (pair && lexicon.givenNames.has(tokens[i].key) && lexicon.surnames.has(tokens[i + 1].key)) {
      kinds[i - base] = NAME;
      kinds[i + 1 - base] = NAME;
    }
  }
  for (let i = s.first; i < s.last; i++) {
    const k = kinds[i - base];
    const t = tokens[i];
    if (k === MAYBE_NAME) {
      const prev = tokens[i - 1];
      const placeHere = lexicon.places.has(t.key) && prev !== undefined && PLACE_PREPOSITIONS.has(prev.key);
      if (placeHere || nameAt(tokens, kinds, base, i - 1) || nameAt(tokens, kinds, base, i + 1))
        kinds[i - base] = NAME;
    } else if (k === LOWER && t.kind === 'word' && nameAt(tokens, kinds, base, i - 1)) {
      // "NOVAPRESS NEWS", "ZORVEX HOLDINGS": a head noun after a name no list knows. After a
      // people's or a place's name it is as often a common noun ("SERBIAN ARMY", "BELGRADE CLUB"),
      // but for a newspaper's or agency's ("NAIROBI STAR", "EAST AFRICA NEWS").
      const prevKey = tokens[i - 1].key;
      const afterPlace =
        lexicon.places.has(prevKey) || lexicon.countryNames.has(prevKey) || kinds[i - 1 - base] === IN_NAME;
      if (
        tables.org.headsOrSuffixes.has(t.key) &&
        !lexicon.demonyms.has(prevKey) &&
        (!afterPlace || lexicon.orgCues.publications.has(t.key))
      )
        kinds[i - base] = NAME;
    }
  }
  let nameFollows = false;
  for (let i = s.last - 1; i >= s.first; i--) {
    const t = tokens[i];
    if (t.kind !== 'word') {
      // A rank may stand before a name across a full stop of its own ("LT. GEN."), nothing else.
      if (t.text !== '.') nameFollows = false;
      continue;
    }
    const k = kinds[i - base];
    if (k === CUE) {
      if (!nameFollows) kinds[i - base] = CONNECTORS.has(t.key) ? LOWER : MAYBE_NAME;
    } else nameFollows = k === NAME || k === IN_NAME;
  }
  for (let i = s.first; i < s.last; i++) if (kinds[i - base] === MAYBE_NAME) kinds[i - base] = LOWER;
  // Ranks and offices chained before a name were left CUE: they are written as names are.
  for (let i = s.first; i < s.last; i++)
    if (kinds[i - base] === CUE) kinds[i - base] = CONNECTORS.has(tokens[i].key) ? LOWER : NAME;
}

/** The word at `t` written again as `kind` says. */
function rewritten(t: Token, kind: number, lexicon: Lexicon, sentenceStart: boolean): string {
  if (kind === AS_WRITTEN) return t.text;
  if (kind === IN_NAME)
    return CONNECTORS.has(t.key) && !sentenceStart ? lowerKeepingLength(t.text) : capitalised(t.text);
  if (kind === NAME) {
    if (CONNECTORS.has(t.key) && !sentenceStart) return lowerKeepingLength(t.text);
    const acronymLike =
      writtenInCapitals(t, lexicon) ||
      NO_VOWEL.test(t.text) ||
      (t.text.length <= 3 &&
        !lexicon.places.has(t.key) &&
        !lexicon.givenNames.has(t.key) &&
        !lexicon.surnames.has(t.key) &&
        !lexicon.countryNames.has(t.key) &&
        !WEEKDAYS.has(t.key));
    return acronymLike ? t.text : capitalised(t.text);
  }
  return sentenceStart ? capitalised(t.text) : lowerKeepingLength(t.text);
}

/**
 * The block's text with every shouted sentence re-cased as running text writes it, or undefined
 * when no sentence is shouted (nearly every block): then the text is read as it is.
 */
export function recaseShouted(text: string, tokenized: Tokenized, lexicon: Lexicon): string | undefined {
  const { tokens, sentences } = tokenized;
  let out: string | undefined;
  let copied = 0;
  for (const s of sentences) {
    if (!isShouted(tokens, s)) continue;
    const kinds = kindsOf(text, tokens, s, lexicon);
    const parts: string[] = [text.slice(copied, s.start)];
    let at = s.start;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i];
      parts.push(text.slice(at, t.start));
      // Marks and numbers go to lower case too: "'S", the "S" of "1990S" after its number.
      parts.push(
        t.kind === 'word'
          ? rewritten(t, kinds[i - s.first], lexicon, t.sentenceStart)
          : lowerKeepingLength(t.text),
      );
      at = t.end;
    }
    out = (out ?? '') + parts.join('');
    copied = at;
  }
  return out === undefined ? undefined : out + text.slice(copied);
}
