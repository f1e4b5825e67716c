// Places by the shape of their name (sites, geographic features), by the words around them
// ("the X sector", "near X"), and the place names that are left to the end because they are also
// words or given names.
import { PRIORITY, candidate } from '../../../model/candidate';
import type { Token } from '../../../text/tokens';
import type { Lexicon } from '../../../data/lexicon';
import { COMPASS_POINTS, NEAR_PREPOSITIONS } from '../../../text/grammarWords';
import { orgShaped } from '../pieces';
import { placeByKey } from '../places';
import { pieceCandidate, NOT_A_NAME, type NameRule } from './rule';
import type { NamePiece } from './namePiece';

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

/** The ending of an adjective of a people, a language or a place ("English", "Victorian"). */
const ADJECTIVE_SHAPE = /(?:ish|ese|ian|ean)$/;
/** The ending of a creed, a movement or a field ("Christianity", "Catholicism", "Egyptology"). */
const DOCTRINE_SHAPE = /(?:ism|ianity|ology)$/;
/** A possessive after a name ("Smith's", "Plautus'"): whose, not where. */
const POSSESSIVE = /^['’]s?$/i;

/** A compass word or its adjective alone ("Eastern states", "the East coast"): a direction, no name. */
function directionWord(p: NamePiece): boolean {
  if (p.words.length !== 1) return false;
  const key = p.key;
  return COMPASS_POINTS.has(key) || /^(?:north|south|east|west)(?:ern)?$/.test(key) || key === 'central';
}

/**
 * Whether a lower-case noun that makes a place follows the name ending before token `last`,
 * directly or after the rest of a list of names: "the Keran sector", "the Ghizer and Hunza
 * valleys", "the Kurram/Orakzai districts".
 */
function areaNounAfter(tokens: readonly Token[], last: number, lexicon: Lexicon): boolean {
  const sentence = tokens[last - 1].sentence;
  for (let k = last; k < tokens.length && k < last + 8 && tokens[k].sentence === sentence; k++) {
    const t = tokens[k];
    if (t.kind === 'word') {
      if (t.upper) continue; // another name of the list
      if (lexicon.areaNouns.has(t.key)) return true;
      if (t.key !== 'and' && t.key !== 'or') return false;
    } else if (t.text !== ',' && t.text !== '/' && t.text !== '&') return false;
  }
  return false;
}

/** "the county of Kent", "the town of Chaman": an area noun and "of" before the name. */
function areaNounOfBefore(tokens: readonly Token[], first: number, lexicon: Lexicon): boolean {
  const noun = tokens[first - 2];
  return (
    tokens[first - 1]?.key === 'of' && noun !== undefined && !noun.upper && lexicon.areaNouns.has(noun.key)
  );
}

/**
 * "the Machil sector", "Kurram district", "the Ghizer and Hunza valleys", "the town of Chaman": a
 * noun after it, or before it with "of", says place.
 */
export const areaNoun: NameRule = {
  id: 'area-noun',
  source: 'names:area-noun',
  examples: [
    ['Shelling hit the Uri sector overnight.', 'Uri', 'place'],
    ['Patrols searched the Tirah and Bara valleys.', 'Tirah', 'place'],
    ['Curfews held in the Kurram/Bajaur districts.', 'Bajaur', 'place'],
    ['Aid reached the town of Chaman late on Sunday.', 'Chaman', 'place'],
  ],
  classify: (p, ctx) =>
    p.words.length <= 3 &&
    !p.allCaps &&
    // "English county", "Chinese province", "the Victorian state government": an adjective of a
    // people or a place, not a place.
    !ADJECTIVE_SHAPE.test(p.key) &&
    !DOCTRINE_SHAPE.test(p.key) &&
    !directionWord(p) &&
    // "Administratively, the Sangiran area …": a word opening the sentence is no list's first name.
    !(p.words.length === 1 && p.tokens[p.first].sentenceStart && ctx.lexicon.commonWords.has(p.key)) &&
    !orgShaped(ctx, p) &&
    (areaNounAfter(p.tokens, p.last, ctx.lexicon) || areaNounOfBefore(p.tokens, p.first, ctx.lexicon))
      ? pieceCandidate(p, 'place', 'names:area-noun')
      : undefined,
};

/**
 * "near Parachinar", "outside Kandahar", "30 km north of Quetta": only a place stands there. A
 * possessive after the name ("outside Smith's house") says otherwise.
 */
export const nearPlace: NameRule = {
  id: 'near',
  source: 'names:near',
  examples: [
    ['A soldier was killed near Mirali on Friday.', 'Mirali', 'place'],
    ['The convoy was ambushed 20 km west of Spinwam.', 'Spinwam', 'place'],
  ],
  classify: (p, ctx) => {
    const { tokens } = p;
    const prev = p.prev;
    if (prev === undefined || prev.kind !== 'word' || p.words.length > 3 || orgShaped(ctx, p))
      return undefined;
    const after = tokens[p.last];
    if (after !== undefined && POSSESSIVE.test(after.text)) return undefined;
    const placed =
      NEAR_PREPOSITIONS.has(prev.key) ||
      (prev.key === 'of' && COMPASS_POINTS.has(tokens[p.first - 2]?.key ?? ''));
    return placed ? pieceCandidate(p, 'place', 'names:near') : undefined;
  },
};

/**
 * The country or region named right after a comma behind the name ("Troy, New York", "Mola di
 * Bari, Italy"), unless it owns what follows ("Ortiz, Chile's president").
 */
function countryOrRegionAfter(p: NamePiece, lexicon: Lexicon): boolean {
  const { tokens } = p;
  if (tokens[p.last]?.text !== ',') return false;
  let key = '';
  for (let k = p.last + 1; k < p.last + 4 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !t.upper) return false;
    key = key === '' ? t.key : `${key} ${t.key}`;
    const place = placeByKey(key, lexicon);
    const after = tokens[k + 1];
    if (
      place !== undefined &&
      !place.ambiguous &&
      (place.kind === 'country' || place.kind === 'region') &&
      !(after !== undefined && POSSESSIVE.test(after.text)) &&
      !(after !== undefined && after.kind === 'word' && after.upper)
    )
      return true;
  }
  return false;
}

/** "Troy, New York", "Portland, Victoria": a name before a comma and its country or region is a town. */
export const townBeforeRegion: NameRule = {
  id: 'town-before-region',
  source: 'names:town-region',
  examples: [['He was buried in Oakmere, Vermont, in 1911.', 'Oakmere', 'place']],
  classify: (p, ctx) =>
    p.words.length <= 3 && !p.allCaps && !orgShaped(ctx, p) && countryOrRegionAfter(p, ctx.lexicon)
      ? pieceCandidate(p, 'place', 'names:town-region')
      : undefined,
};

/**
 * "floods in Vojvodina", "a memorial in Baramulla": one word no list knows, after "in", is a
 * place; people and companies are rarely "in" anything. A possessive after it ("in Smith's
 * case") or a word in capitals (an acronym) says otherwise.
 */
export const inPlace: NameRule = {
  id: 'in-place',
  source: 'names:in-place',
  examples: [['Floods in Vojvodina cut the rail line.', 'Vojvodina', 'place']],
  classify: (p, ctx) => {
    if (p.words.length !== 1 || p.prev?.key !== 'in' || p.allCaps) return undefined;
    const lex = ctx.lexicon;
    const key = p.key;
    // "said in English": a language or people's adjective; "shares in Korvio", "a stake in …": a company.
    if (
      ADJECTIVE_SHAPE.test(key) ||
      DOCTRINE_SHAPE.test(key) ||
      lex.orgCues.possessed.has(p.tokens[p.first - 2]?.key ?? '')
    )
      return undefined;
    if (lex.commonWords.has(key) || lex.givenNames.has(key) || lex.surnames.has(key) || lex.nonNames.has(key))
      return undefined;
    const after = p.tokens[p.last];
    if (after !== undefined && POSSESSIVE.test(after.text)) return undefined;
    return pieceCandidate(p, 'place', 'names:in-place');
  },
};
