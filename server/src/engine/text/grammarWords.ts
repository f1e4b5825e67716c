// The closed classes of English grammar the recognizers read: connectors, function words,
// prepositions, auxiliaries and the abbreviations that belong to a name. They are code on purpose:
// each set is complete as it stands (English gains no new prepositions), every rule that reads one
// is written for exactly these words, and a change to one is a change to a rule, tested with it.
// Open lists — names, head nouns, cue words a linguist may extend — are data in server/data
// (scripts/data/source/*.txt).

// Names

/** Lower-case words that may join two capitalised words inside one name ("Ministry of Defense", "Charles de Gaulle"). */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'de',
  'van',
  'von',
  'der',
  'den',
  'al',
  'el',
  'bin',
  'ibn',
  'da',
  'du',
  'del',
  'della',
  'di',
  'la',
  'le',
  'y',
  'ul',
]);

/** Function words that never sit inside a name when capitalised ("Regina Ip In the …"). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'with',
  'from',
  'to',
  'by',
  'as',
  'is',
  'was',
  'for',
  'of',
]);

/** Name suffixes written with a full stop that is part of the name ("Martin Luther King Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Jr', 'Sr']);

/**
 * Participles that make the name before their hyphen a modifier of what follows: "Minneapolis-based
 * Delmont", "Awami League-led alliance", "Kenyan-born Smith". The tokenizer cuts the word before
 * them ("Minneapolis", "-", "based"), so the name is read on its own and the next name is a name
 * of its own.
 */
export const COMPOUND_PARTICIPLES: readonly string[] = [
  'based',
  'led',
  'backed',
  'owned',
  'run',
  'controlled',
  'funded',
  'financed',
  'sponsored',
  'allied',
  'linked',
  'affiliated',
  'aligned',
  'dominated',
  'headquartered',
  'listed',
  'born',
  'educated',
  'trained',
  'made',
];

/** Abbreviations that begin a place's name, their full stop part of it ("St. Louis", "Mt. Everest"). */
export const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set(['St', 'Ste', 'Mt', 'Ft', 'Pt']);

/** Prepositions after which a capitalised word is usually a place ("in Ankara", "from Astana"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
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

/** Prepositions after which a capitalised name can only be a place ("near Quetta", "outside Kabul"). */
export const NEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['near', 'outside', 'nearby']);

/** Compass points before "of" that place what follows ("north of Quetta", "south-east of Kabul"). */
export const COMPASS_POINTS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
]);

// Dates

/** Words that place a bare number in time ("in 2024", "since 1990", "early 2020"). */
export const TEMPORAL_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'during',
  'from',
  'to',
  'before',
  'after',
  'of',
  'between',
  'through',
  'throughout',
  'circa',
  'c.',
  'year',
  'early',
  'late',
  'mid',
  'around',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'fiscal',
  'and',
  'or',
]);

/** Prepositions that make even an old year ("in 1709") a year. */
export const OLD_YEAR_CUES: ReadonlySet<string> = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'before',
  'after',
  'circa',
  'c.',
  'year',
]);

/** Words that make a bare season name a time ("in spring", "this summer"). */
export const SEASON_CUES: ReadonlySet<string> = new Set([
  'in',
  'during',
  'this',
  'last',
  'next',
  'by',
  'until',
  'since',
  'early',
  'late',
  'the',
]);

/** Words ending in -s after a number that are not plural nouns ("2024 was", "2024 does"). */
export const NOT_PLURAL: ReadonlySet<string> = new Set([
  'does',
  'goes',
  'always',
  'perhaps',
  'its',
  'this',
  'thus',
  'plus',
  'whereas',
]);

/** "has announced": the present perfect reports the present, not a past date. */
export const PERFECT: ReadonlySet<string> = new Set(['has', 'have', "'ve", 'having']);

/** Modals (and "to") before "be": "will be held" is future. */
export const MODALS: ReadonlySet<string> = new Set([
  'will',
  'shall',
  'would',
  'should',
  'to',
  'could',
  'may',
  'might',
  'must',
]);

/** Auxiliaries that make a passive present: "is held". */
export const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'am',
  'been',
  'being',
  "'s",
  '’s',
]);
