// The shorter forms news gives a company named in full: "Charles Schwab Corp" is "Charles Schwab"
// and "Schwab", "TD Ameritrade Holding Corp" is "TD Ameritrade", "Halvorsen Freight Corp" is
// "Halvorsen Freight" and "Halvorsen". Linking reads every later mention of a short form as the
// organization, whatever its own words made it (a person's shape, a guess).
import type { Lexicon } from '../data/lexicon';
import { isCompanyWord, isLegalForm, isOrgHeadKey } from '../recognizers/names/organizations';
import { placeByKey } from '../recognizers/names/places';
import { normalizeKey } from '../text/keys';

/** Words that keep a name whole: "Bank of America" is not "Bank". */
const JOINING = /^(?:of|for|and|&|the|de|du|des|la|le)$/i;

/** A short form the reader would take for something else: a place, a word, a given name alone. */
function misleading(words: readonly string[], lexicon: Lexicon): boolean {
  const key = normalizeKey(words.join(' '));
  if (key.length < 2 || placeByKey(key, lexicon) || lexicon.demonyms.has(key)) return true;
  if (lexicon.organizations.has(key)) return true;
  if (words.length > 1) return false;
  // "European" of "European Union": a regional adjective, in no demonym table.
  if (/(?:ean|ian|can|ese|ish|ern|ic)$/.test(key)) return true;
  return lexicon.commonWords.has(key) || lexicon.givenNames.has(key) || !/^\p{Lu}/u.test(words[0]);
}

/** A word news drops from the end of a company's name: a legal form, a head or suffix, a trade's word. */
function droppable(word: string, lexicon: Lexicon): boolean {
  const key = normalizeKey(word);
  return isLegalForm(word, lexicon) || isOrgHeadKey(key, lexicon) || lexicon.commonWords.has(key);
}

/** Two or three words opened by a given name or closed by a surname: how a person is named. */
function personShaped(form: readonly string[], lexicon: Lexicon): boolean {
  if (form.length < 2 || form.length > 3) return false;
  return (
    lexicon.givenNames.has(normalizeKey(form[0])) || lexicon.surnames.has(normalizeKey(form[form.length - 1]))
  );
}

/**
 * The short forms of an organization's name, as keys, longest first: the name less the words at
 * its end that say what it is ("Corp", "Holding", "Logistics", "Freight"), one at a time, and the
 * surname of a company named after a person ("Schwab"). None for a name of one word or with a
 * joining word ("Bank of America"), and none a reader would take for something else ("Kenya" of
 * "Kenya Airways"). A person's name is the short form of a company named after them ("Charles
 * Schwab Corp"), never of a body named in their honour ("Nelson Mandela Foundation", "Johns
 * Hopkins University"): there the bare name still means the person.
 */
export function shortForms(name: string, lexicon: Lexicon): string[] {
  const words = name.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2 || words.some((w) => JOINING.test(w))) return [];
  const keys: string[] = [];
  let company = false;
  for (let end = words.length - 1; end >= 1 && droppable(words[end], lexicon); end--) {
    company ||= isCompanyWord(words[end], lexicon);
    const form = words.slice(0, end);
    if (!company && personShaped(form, lexicon)) continue;
    if (!misleading(form, lexicon)) keys.push(normalizeKey(form.join(' ')));
    if (end === 2 && lexicon.givenNames.has(normalizeKey(form[0])) && !misleading(form.slice(1), lexicon))
      keys.push(normalizeKey(form[1]));
  }
  return keys;
}
