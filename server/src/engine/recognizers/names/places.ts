// Place evidence: countries (with their aliases), cities, regions and sites from the gazetteers.
// A place inside an organization's name is part of that organization; that is decided by the
// organization rules, which run first on a run.
import type { Lexicon } from '../../data/lexicon';
import { derive, type PlaceHit } from '../../data/derived';
import type { Token } from '../../text/tokens';

export type { PlaceHit };

/** The place a look-up key (normalizeKey) names, if any. */
export function placeByKey(key: string, lexicon: Lexicon): PlaceHit | undefined {
  const hits = derive(lexicon).placeHits;
  const known = hits.get(key);
  if (known !== undefined) return known ?? undefined;
  let hit: PlaceHit | null = null;
  const country = lexicon.countryNames.get(key);
  if (country) hit = { key: country.name, country: country.name, kind: 'country', ambiguous: false };
  else {
    // "Khyber-Pakhtunkhwa" is "Khyber Pakhtunkhwa": a hyphen between the words of a place's name
    // is a spelling of it.
    const place =
      lexicon.places.get(key) ?? (key.includes('-') ? lexicon.places.get(key.replace(/-/g, ' ')) : undefined);
    if (place)
      hit = {
        key: place.name,
        country: lexicon.countryByIso.get(place.country)?.name,
        kind: place.kind,
        ambiguous: place.ambiguous === true,
      };
  }
  if (hits.size < 200000) hits.set(key, hit);
  return hit ?? undefined;
}

/**
 * The place kind a name's last one or two words give it: "Kennedy Space Center" and "Museum of
 * Flight" are sites, "Hong Kong Island" a region. Head-first names count too ("Museum of Flight").
 */
export function placeHeadKind(words: readonly Token[], lexicon: Lexicon): 'site' | 'region' | undefined {
  if (words.length < 2) return undefined;
  const n = words.length;
  // Tokens' keys are normalizeKey of their text, and two words' key is theirs with one space.
  const byTail =
    lexicon.placeHeads.get(`${words[n - 2].key} ${words[n - 1].key}`) ??
    lexicon.placeHeads.get(words[n - 1].key);
  if (byTail) return byTail;
  const ofAt = words.findIndex((w) => w.text === 'of');
  if (ofAt === 1) return lexicon.placeHeads.get(words[0].key);
  return undefined;
}
