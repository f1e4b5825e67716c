// Person evidence: a rank, title or honorific right before a name; a given name first; a surname
// shape last (-ov, -enko, -oğlu, …). Structure matters more than lists: no list covers every name a
// wire story from Central Asia or West Africa will bring.
import { type Lexicon } from '../../data/lexicon';
import { derive } from '../../data/derived';
import type { Token } from '../../text/tokens';
import { normalizeKey } from '../../text/keys';

/** A surname by its shape: five letters or more and a surname's ending (person-cues.json). */
export function hasSurnameShape(word: string, lexicon: Lexicon): boolean {
  return word.length >= 5 && lexicon.personCues.surnameEnding.test(word.toLowerCase());
}

/** Is `word`, whose look-up key is `key` (a token's), a surname, known or by its shape? */
export function isSurnameKey(word: string, key: string, lexicon: Lexicon): boolean {
  // "China" ends like "Karina", but a country is not a surname.
  if (lexicon.countryNames.has(key) || lexicon.places.has(key) || lexicon.demonyms.has(key)) return false;
  return lexicon.surnames.has(key) || hasSurnameShape(word, lexicon);
}

/** An honorific just before token `i` ("Mr.", "Dr", "Sir"). */
export function honorificBefore(
  text: string,
  tokens: readonly Token[],
  i: number,
  lexicon: Lexicon,
): boolean {
  const honorifics = derive(lexicon).honorifics;
  let k = i - 1;
  if (tokens[k]?.text === '.') k--;
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  const surface = normalizeKey(text.slice(t.start, tokens[i - 1].end));
  return honorifics.has(surface) || honorifics.has(t.key);
}

/** An age right after the name ending before token `last`: "Owain Threlkeld, 41, told …". */
export function ageFollows(tokens: readonly Token[], last: number): boolean {
  const age = tokens[last + 1];
  const after = tokens[last + 2]?.text;
  if (tokens[last]?.text !== ',' || age?.kind !== 'number' || age.text.length > 3) return false;
  const years = Number(age.text);
  return years >= 1 && years <= 115 && (after === ',' || after === '.');
}

/**
 * Is the name at tokens [first, last) an event's: two words or more ending in an event's head
 * ("Kargil Vijay Diwas", "World Cup", "Labor Day")? A given name and "Day" is a person ("Doris
 * Day"), unless the given name is also a word or a place ("Columbus Day").
 */
export function isEventName(
  tokens: readonly Token[],
  first: number,
  last: number,
  lexicon: Lexicon,
): boolean {
  const head = tokens[last - 1];
  if (last - first < 2 || head.kind !== 'word' || !lexicon.eventHeads.has(head.key)) return false;
  const given = tokens[first].key;
  return !(
    last - first === 2 &&
    head.key === 'day' &&
    lexicon.givenNames.has(given) &&
    !lexicon.commonWords.has(given) &&
    !lexicon.places.has(given)
  );
}
