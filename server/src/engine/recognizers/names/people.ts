// Person evidence: a rank, title or honorific right before a name; a given name first; a surname
// shape last (-ov, -enko, -oğlu, …). Structure matters more than lists: no list covers every name a
// wire story from Central Asia or West Africa will bring.
import { type Lexicon } from '../../data/lexicon';
import { perLexicon } from '../../cache/memo';
import type { Token } from '../../text/tokens';
import { normalizeKey } from '../../text/keys';

/** Surname endings common in the languages news from the region covers (compiled here). */
const SURNAME_ENDINGS =
  /(?:ov|ova|ev|eva|yov|yova|in|ina|sky|skiy|ski|ska|skaya|enko|chuk|uk|vich|vych|ovich|evich|ovna|evna|uly|kyzy|qyzy|oğlu|oglu|ogly|zade|zadeh|yan|ian|dze|shvili|ashvili|escu|ović|ovic|ić|poulos|opoulos|akis|idis|ez|ssen|sson|sen|berg|stein|mann|baev|bayev|bekov|zhanov|muhamedov|khodjaev)$/;

export function hasSurnameShape(word: string): boolean {
  return word.length >= 5 && SURNAME_ENDINGS.test(word.toLowerCase());
}

/** Is `word`, whose look-up key is `key` (a token's), a surname, known or by its shape? */
export function isSurnameKey(word: string, key: string, lexicon: Lexicon): boolean {
  // "China" ends like "Karina", but a country is not a surname.
  if (lexicon.countryNames.has(key) || lexicon.places.has(key) || lexicon.demonyms.has(key)) return false;
  return lexicon.surnames.has(key) || hasSurnameShape(word);
}

const honorificsOf = perLexicon(
  (lexicon) => lexicon.titles,
  (lexicon) => new Set(lexicon.titles.honorifics.map(normalizeKey)),
);

/** An honorific just before token `i` ("Mr.", "Dr", "Sir"). */
export function honorificBefore(
  text: string,
  tokens: readonly Token[],
  i: number,
  lexicon: Lexicon,
): boolean {
  const honorifics = honorificsOf(lexicon);
  let k = i - 1;
  if (tokens[k]?.text === '.') k--;
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  const surface = normalizeKey(text.slice(t.start, tokens[i - 1].end));
  return honorifics.has(surface) || honorifics.has(t.key);
}

/** Verbs of saying after a name are among the strongest person cues in news. */
export const SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'added',
  'stated',
  'noted',
  'explained',
  'announced',
  'wrote',
  'asked',
  'argued',
  'insisted',
  'declared',
  'stressed',
  'emphasized',
  'emphasised',
  'confirmed',
  'denied',
  'recalled',
  'warned',
  'believes',
  'thinks',
]);
