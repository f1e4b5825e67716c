// Place evidence: countries (with their aliases), cities, regions and sites from the gazetteers.
// A place inside an organization's name is part of that organization; that is decided by the
// organization rules, which run first on a run.
import { normalizeKey, type Lexicon } from './lexicon';

export interface PlaceHit {
  /** Canonical name, used to link mentions into one entity. */
  key: string;
  /** Country name for cities and regions; the country itself for a country. */
  country?: string;
  kind: 'country' | 'city' | 'region' | 'site' | 'continent';
  ambiguous: boolean;
}

export function lookUpPlace(surface: string, lexicon: Lexicon): PlaceHit | undefined {
  const key = normalizeKey(surface);
  const country = lexicon.countryNames.get(key);
  if (country) return { key: country.name, country: country.name, kind: 'country', ambiguous: false };
  const place = lexicon.places.get(key);
  if (place) {
    return {
      key: place.name,
      country: lexicon.countryByIso.get(place.country)?.name,
      kind: place.kind,
      ambiguous: place.ambiguous === true,
    };
  }
  return undefined;
}

/** Prepositions after which a capitalised word is usually a place ("in Ankara", "from Astana"). */
export const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'from',
  'near',
  'to',
  'across',
  'outside',
  'inside',
  'throughout',
  'around',
  'towards',
  'toward',
  'into',
]);

/**
 * The place kind a name's last one or two words give it: "Kennedy Space Center" and "Museum of
 * Flight" are sites, "Hong Kong Island" a region. Head-first names count too ("Museum of Flight").
 */
export function placeHeadKind(words: readonly string[], lexicon: Lexicon): 'site' | 'region' | undefined {
  if (words.length < 2) return undefined;
  const n = words.length;
  const two = normalizeKey(`${words[n - 2]} ${words[n - 1]}`);
  const byTail = lexicon.placeHeads.get(two) ?? lexicon.placeHeads.get(normalizeKey(words[n - 1]));
  if (byTail) return byTail;
  const ofAt = words.findIndex((w) => w === 'of');
  if (ofAt === 1) return lexicon.placeHeads.get(normalizeKey(words[0]));
  return undefined;
}
