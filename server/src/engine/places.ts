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
