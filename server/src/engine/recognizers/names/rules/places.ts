// Places by the shape of their name (sites, geographic features), and the place names that are
// left to the end because they are also words or given names.
import { PRIORITY, candidate } from '../../../model/candidate';
import { placeByKey } from '../places';
import { pieceCandidate, NOT_A_NAME, type NameRule } from './rule';

/** A name whose head makes it a site: "Kennedy Space Center", "Museum of Flight". */
export const site: NameRule = {
  id: 'site',
  source: 'names:site',
  examples: [
    ['Crowds gathered outside the Moi International Airport.', 'Moi International Airport', 'place'],
  ],
  classify: (p) => (p.placeHead === 'site' ? pieceCandidate(p, 'place', 'names:site') : undefined),
};

/** A name whose head makes it a geographic feature: "Hong Kong Island", "Tana River". */
export const region: NameRule = {
  id: 'region',
  source: 'names:region',
  examples: [['Floods cut roads along the Tana River this week.', 'Tana River', 'place']],
  classify: (p) => (p.placeHead === 'region' ? pieceCandidate(p, 'place', 'names:region') : undefined),
};

/**
 * "London Heathrow", "Chapel Hill": a place's name first and no surname after it is no person, and
 * not a name we can type. A place that is also a given name may begin a person's name
 * ("Regina Ip", "Gary Chan").
 */
export const placeThenWord: NameRule = {
  id: 'place-then-word',
  examples: [['Delays hit London Heathrow again.', 'London Heathrow', 'none']],
  classify: (p, ctx) => {
    const words = p.words;
    if (words.length < 2 || ctx.lexicon.surnames.has(words[words.length - 1].key)) return undefined;
    const first = placeByKey(words[0].key, ctx.lexicon);
    return first?.ambiguous === false || (!p.given && first) ? NOT_A_NAME : undefined;
  },
};

/** A place name that is also a word or a given name, with no better reading: a weak place. */
export const ambiguousPlace: NameRule = {
  id: 'ambiguous-place',
  source: 'names:ambiguous-place',
  examples: [['Mobile was hit hard by the storm, and Mobile has not recovered.', 'Mobile', 'place']],
  classify: (p) => {
    const place = p.place;
    if (place === undefined) return undefined;
    return candidate({
      start: p.start,
      end: p.end,
      type: 'place',
      source: 'names:ambiguous-place',
      priority: PRIORITY.name,
      key: place.key,
      country: place.country,
      weak: true,
    });
  },
};
