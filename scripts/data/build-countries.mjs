// Writes server/data/countries.json: names, ISO codes and capitals from the countries-list package
// (MIT), aliases added by the project for the ways news names states, and demonyms from
// scripts/data/source/demonyms.txt (compiled by the project after the CIA World Factbook, public domain).
import { readFileSync } from 'node:fs';
import { countries } from 'countries-list';
import { writeJson, sortNames } from './data-files.mjs';

// Uninhabited or purely administrative codes that news never names as a country.
const skip = new Set(['AQ', 'BV', 'HM', 'UM', 'TF', 'GS']);

// Aliases of countries-list that are not safe as names of the state today: another place now has the
// name ("Gold Coast"), an airline shares it ("Emirates"), or it is a display artefact.
const dropAlias = new Set(['Gold Coast', 'Emirates', 'Myanmar (Burma)', 'Macedonia']);

// Names news uses, written down by the project. A name given here first becomes the row's name.
const extra = {
  AE: ['U.A.E.'],
  BA: ['Bosnia', 'BiH', 'Bosnia-Herzegovina', 'Bosnia-Hercegovina'],
  BN: ['Brunei Darussalam'],
  BO: ['Plurinational State of Bolivia'],
  BS: ['The Bahamas'],
  BL: ['Saint Barthélemy', 'St. Barts'],
  CD: ['D.R. Congo', 'Congo-Kinshasa', 'Democratic Republic of Congo'],
  CG: ['Congo Republic', 'Congo-Brazzaville', 'Republic of Congo', 'Republic of the Congo'],
  CI: ["Côte d'Ivoire"],
  CN: ["People's Republic of China", 'PRC', 'P.R.C.', 'Mainland China'],
  CV: ['Cape Verde'],
  CW: ['Curaçao'],
  CZ: ['Czech Republic'],
  DE: ['Federal Republic of Germany'],
  FM: ['Federated States of Micronesia'],
  GB: ['U.K.', 'UK', 'Great Britain', 'Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  FK: ['Falklands'],
  GM: ['The Gambia'],
  IE: ['Republic of Ireland', 'Eire', 'Éire'],
  IR: ['Islamic Republic of Iran'],
  KN: ['St. Kitts and Nevis', 'St Kitts and Nevis'],
  KP: ["Democratic People's Republic of Korea", 'DPRK', 'D.P.R.K.'],
  KR: ['Republic of Korea', 'ROK'],
  KZ: ['Republic of Kazakhstan', 'Qazaqstan'],
  KG: ['Kyrgyz Republic'],
  LA: ["Lao People's Democratic Republic"],
  LC: ['St. Lucia', 'St Lucia'],
  MD: ['Republic of Moldova'],
  MO: ['Macau'],
  NL: ['The Netherlands', 'Holland'],
  PS: ['State of Palestine', 'Palestinian Territories', 'Occupied Palestinian Territories'],
  RE: ['Réunion'],
  RU: ['Russian Federation'],
  SA: ['Kingdom of Saudi Arabia', 'KSA'],
  ST: ['São Tomé and Príncipe'],
  SY: ['Syrian Arab Republic'],
  TL: ['Timor-Leste'],
  TR: ['Turkey', 'Turkiye', 'Republic of Türkiye', 'Republic of Turkey'],
  TT: ['Trinidad'],
  TW: ['Republic of China', 'Chinese Taipei'],
  TZ: ['United Republic of Tanzania'],
  US: ['U.S.', 'U.S.A.', 'US', 'USA', 'United States of America'],
  VA: ['Holy See', 'Vatican'],
  VC: ['St. Vincent and the Grenadines', 'St Vincent and the Grenadines'],
  VE: ['Bolivarian Republic of Venezuela'],
  VN: ['Viet Nam'],
};

// Row names news uses instead of the package's ("Ivory Coast" is the package's; news agencies differ).
const rename = { AX: 'Åland Islands', TL: 'East Timor' };

function readDemonyms() {
  const map = new Map();
  for (const line of readFileSync(new URL('./source/demonyms.txt', import.meta.url), 'utf8').split('\n')) {
    const m = /^([A-Z]{2}):\s*(.+)$/.exec(line.trim());
    if (!m) continue;
    // "Dominican (Dominica)" notes an ambiguous demonym: kept out, the other state uses it more.
    map.set(
      m[1],
      m[2]
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s && !s.includes('(')),
    );
  }
  return map;
}

const demonyms = readDemonyms();
const rows = [];
for (const [iso2, c] of Object.entries(countries)) {
  if (skip.has(iso2)) continue;
  const name = rename[iso2] ?? c.name;
  const aliases = new Set([c.name, c.native, ...(c.alias ?? []), ...(extra[iso2] ?? [])]);
  for (const a of dropAlias) aliases.delete(a);
  aliases.delete(name);
  // Native names in other scripts ("Қазақстан") do not occur in English news text.
  const latin = [...aliases].filter((a) => a && /^[\p{Script=Latin}\p{Mark}\s.'’()&,-]+$/u.test(a));
  const row = { name, aliases: sortNames(latin), iso2, demonyms: demonyms.get(iso2) ?? [] };
  if (c.capital) row.capital = c.capital;
  rows.push(row);
}
// Former states news still names, under their ISO 3166-3 former alpha-2 codes.
rows.push(
  {
    name: 'Soviet Union',
    aliases: ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'],
    iso2: 'SU',
    demonyms: ['Soviet', 'Soviets'],
    capital: 'Moscow',
  },
  {
    name: 'Yugoslavia',
    aliases: ['SFRY'],
    iso2: 'YU',
    demonyms: ['Yugoslav', 'Yugoslavs'],
    capital: 'Belgrade',
  },
  { name: 'Czechoslovakia', aliases: [], iso2: 'CS', demonyms: ['Czechoslovak'], capital: 'Prague' },
  {
    name: 'East Germany',
    aliases: ['German Democratic Republic', 'GDR'],
    iso2: 'DD',
    demonyms: ['East German'],
    capital: 'East Berlin',
  },
);
rows.sort((a, b) => (a.iso2 < b.iso2 ? -1 : 1));
const missing = rows.filter((r) => r.demonyms.length === 0).map((r) => r.iso2);
writeJson('countries.json', { countries: rows });
console.log(`countries.json: ${rows.length} countries; no demonym for ${missing.join(' ') || 'none'}`);
