// The data files in server/data: every file has the shape the loader expects, and facts written
// down here independently of the files (from published rank tables, ISO 3166, the organizations'
// own names) hold in what the loader builds from them.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findDataDir, loadLexicon, type RankRow } from '../../server/src/engine/data/lexicon';
import { normalizeKey } from '../../server/src/engine/text/keys';

const dataDir = findDataDir();
const lexicon = loadLexicon();
const NATO_CODE = /^(OF-(10|[1-9])|OR-[1-9]|WO-[1-5])$/;
const BRANCHES = new Set(['army', 'navy', 'air force', 'marines', 'gendarmerie', 'police', 'any']);
const PLACE_KINDS = new Set(['city', 'region', 'site', 'continent']);
const FILES = [
  'ranks.json',
  'titles.json',
  'countries.json',
  'places.json',
  'organizations.json',
  'brands.json',
  'organization-words.json',
  'organization-cues.json',
  'place-words.json',
  'person-cues.json',
  'sport-cues.json',
  'date-cues.json',
  'given-names.json',
  'surnames.json',
  'people-names.json',
  'common-words.json',
  'non-names.json',
];

const nonEmptyString = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';
const rankRows = (form: string): RankRow[] => lexicon.rankForms.get(normalizeKey(form)) ?? [];
const rank = (form: string, tradition: string, branch?: string): RankRow | undefined =>
  rankRows(form).find((r) => r.tradition === tradition && (branch === undefined || r.branch === branch));

describe('engine: data files', () => {
  describe('shape', () => {
    it('every data file is valid JSON of at most 3 MB, and NOTICE.md names each one', () => {
      const notice = readFileSync(join(dataDir, 'NOTICE.md'), 'utf8');
      // Every JSON file in the folder, including ones added later, must be described.
      const present = readdirSync(dataDir).filter((f) => f.endsWith('.json'));
      for (const file of FILES) assert.ok(present.includes(file), `${file} is missing`);
      for (const file of present) {
        const path = join(dataDir, file);
        assert.ok(statSync(path).size < 3 * 1024 * 1024, `${file} is over 3 MB`);
        assert.doesNotThrow(() => JSON.parse(readFileSync(path, 'utf8')), `${file} is not JSON`);
        assert.ok(notice.includes(file), `NOTICE.md does not describe ${file}`);
      }
    });

    it('rank rows have a name, forms, a known branch, a tradition, a source and valid NATO codes', () => {
      assert.ok(lexicon.ranks.length > 150, `only ${lexicon.ranks.length} rank rows`);
      for (const r of lexicon.ranks) {
        const where = `${r.tradition} ${r.branch} ${r.name}`;
        assert.ok(nonEmptyString(r.name), `rank without a name: ${JSON.stringify(r)}`);
        assert.ok(Array.isArray(r.forms) && r.forms.length > 0, `${where}: no forms`);
        assert.ok(r.forms.every(nonEmptyString), `${where}: empty form`);
        assert.ok(BRANCHES.has(r.branch), `${where}: unknown branch ${r.branch}`);
        assert.ok(nonEmptyString(r.tradition), `${where}: no tradition`);
        assert.ok(nonEmptyString(r.source), `${where}: no source`);
        if (r.nato !== undefined) {
          assert.match(r.nato, NATO_CODE, `${where}: bad NATO code`);
          assert.ok(r.natoBasis === 'official' || r.natoBasis === 'comparable', `${where}: no NATO basis`);
        } else {
          assert.equal(r.natoBasis, undefined, `${where}: a basis without a code`);
        }
      }
    });

    it('no rank is listed twice in one tradition and branch', () => {
      const seen = new Set<string>();
      for (const r of lexicon.ranks) {
        const key = `${r.tradition}|${r.branch}|${r.name}`;
        assert.ok(!seen.has(key), `duplicate rank row ${key}`);
        seen.add(key);
      }
    });

    it('titles and organization words are non-empty lists of strings', () => {
      const { offices, compoundOffices, modifiers, honorifics } = lexicon.titles;
      for (const [label, list, min] of [
        ['offices', offices, 100],
        ['compoundOffices', compoundOffices, 100],
        ['modifiers', modifiers, 30],
        ['honorifics', honorifics, 20],
        ['heads', lexicon.orgWords.heads, 50],
        ['companySuffixes', lexicon.orgWords.companySuffixes, 20],
      ] as const) {
        assert.ok(Array.isArray(list) && list.length >= min, `${label}: ${list?.length} entries`);
        assert.ok(list.every(nonEmptyString), `${label}: an empty entry`);
        assert.equal(new Set(list).size, list.length, `${label}: duplicates`);
      }
    });

    it('countries have unique names and ISO codes, aliases and demonyms as lists', () => {
      assert.ok(lexicon.countries.length >= 193, `only ${lexicon.countries.length} countries`);
      const names = new Set<string>();
      const codes = new Set<string>();
      for (const c of lexicon.countries) {
        assert.match(c.iso2, /^[A-Z]{2}$/, `${c.name}: bad iso2`);
        assert.ok(!codes.has(c.iso2), `iso2 ${c.iso2} twice`);
        codes.add(c.iso2);
        assert.ok(Array.isArray(c.aliases) && Array.isArray(c.demonyms), `${c.name}: aliases/demonyms`);
        for (const name of [c.name, ...c.aliases]) {
          const key = normalizeKey(name);
          assert.ok(!names.has(key), `country name ${name} used twice`);
          names.add(key);
        }
      }
    });

    it('every place has a kind, and a known country unless it spans several states', () => {
      const raw = JSON.parse(readFileSync(join(dataDir, 'places.json'), 'utf8')).places as {
        name: string;
        country: string;
        kind: string;
        aliases?: string[];
        ambiguous?: boolean;
      }[];
      assert.ok(raw.length > 2000, `only ${raw.length} places`);
      for (const p of raw) {
        assert.ok(nonEmptyString(p.name), `place without a name: ${JSON.stringify(p)}`);
        assert.ok(PLACE_KINDS.has(p.kind), `${p.name}: unknown kind ${p.kind}`);
        if (p.country === '') {
          assert.ok(p.kind !== 'city', `${p.name}: a city with no country`);
        } else {
          assert.ok(lexicon.countryByIso.has(p.country), `${p.name}: unknown country ${p.country}`);
        }
        if (p.ambiguous !== undefined)
          assert.equal(p.ambiguous, true, `${p.name}: ambiguous must be true or absent`);
      }
    });

    it('brands are capitalised names, none of them a place, a listed organization, or a bare word', () => {
      assert.ok(lexicon.brands.size > 15000, `only ${lexicon.brands.size} brands`);
      for (const [key, brand] of lexicon.brands) {
        assert.match(brand.name, /^[\p{Lu}\d]/u, `${brand.name} is not capitalised`);
        assert.equal(
          lexicon.places.has(key) || lexicon.countryNames.has(key),
          false,
          `${brand.name} is a place`,
        );
        assert.equal(lexicon.organizations.has(key), false, `${brand.name} is in organizations.json`);
        // A single English word or personal name is read only with context.
        if (!/\s/.test(key) && (lexicon.commonWords.has(key) || lexicon.surnames.has(key)))
          assert.ok(brand.contextual, `${brand.name} is a word or surname but needs no context`);
      }
      // Written down independently: brands and operators news names, and words that need context.
      assert.equal(lexicon.brands.get('superdrug')?.contextual, false);
      assert.equal(lexicon.brands.get('amtrak')?.contextual, false);
      assert.equal(lexicon.brands.get('target')?.contextual, true);
      assert.equal(lexicon.brands.get('avis')?.contextual, true);
      assert.equal(lexicon.brands.has('london'), false);
    });

    it('organizations have names, known countries and listed parents', () => {
      const raw = JSON.parse(readFileSync(join(dataDir, 'organizations.json'), 'utf8')).organizations as {
        name: string;
        acronym?: string;
        aliases?: string[];
        country?: string;
        parent?: string;
      }[];
      const owner = new Map<string, string>();
      for (const o of raw) {
        for (const form of [o.name, o.acronym, ...(o.aliases ?? [])]) {
          if (form === undefined) continue;
          const previous = owner.get(normalizeKey(form));
          assert.ok(
            previous === undefined || previous === o.name,
            `"${form}" names ${previous} and ${o.name}`,
          );
          owner.set(normalizeKey(form), o.name);
        }
      }
      assert.ok(raw.length > 400, `only ${raw.length} organizations`);
      const names = new Set(raw.map((o) => o.name));
      assert.equal(names.size, raw.length, 'an organization is listed twice');
      for (const o of raw) {
        if (o.country !== undefined)
          assert.ok(lexicon.countryByIso.has(o.country), `${o.name}: ${o.country}`);
        if (o.parent !== undefined) assert.ok(names.has(o.parent), `${o.name}: parent ${o.parent} missing`);
      }
    });

    it('name and word lists are large and hold only non-empty strings', () => {
      for (const [label, set, min] of [
        ['given names', lexicon.givenNames, 10000],
        ['surnames', lexicon.surnames, 10000],
        ['common words', lexicon.commonWords, 30000],
        ['non-names', lexicon.nonNames, 300],
      ] as const) {
        assert.ok(set.size >= min, `${label}: only ${set.size}`);
        assert.ok(!set.has(''), `${label}: an empty entry`);
      }
    });
  });

  describe('word lists', () => {
    /** A list of a data file, as strings (a legal form by its written form). */
    const listOf = (file: string, name: string): string[] => {
      const list = (JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as Record<string, unknown>)[name];
      assert.ok(Array.isArray(list), `${file}: no list ${name}`);
      return list.map((entry: unknown) =>
        typeof entry === 'object' && entry !== null ? (entry as { form: string }).form : (entry as string),
      );
    };
    // [file, list, looked up by its lower-case key (so written in lower case), fewest entries]
    const LISTS: [string, string, boolean, number][] = [
      ['organization-words.json', 'heads', false, 50],
      ['organization-words.json', 'companySuffixes', false, 10],
      ['organization-words.json', 'legalForms', false, 30],
      ['organization-words.json', 'governmentUnits', true, 10],
      ['organization-words.json', 'placeComplementHeads', true, 20],
      ['organization-cues.json', 'nounsBefore', true, 30],
      ['organization-cues.json', 'possessedNouns', true, 30],
      ['organization-cues.json', 'publicationNouns', false, 10],
      ['organization-cues.json', 'modifiedNouns', true, 10],
      ['place-words.json', 'facilityHeads', false, 30],
      ['place-words.json', 'geoHeads', false, 10],
      ['place-words.json', 'areaNouns', true, 10],
      ['non-names.json', 'eventHeads', true, 10],
      ['organization-words.json', 'stateHeads', true, 20],
      ['organization-words.json', 'webDomains', true, 10],
      ['person-cues.json', 'speechVerbs', true, 10],
      ['person-cues.json', 'surnameEndings', true, 30],
      ['sport-cues.json', 'squadNouns', true, 10],
      ['sport-cues.json', 'playerRoles', true, 10],
      ['sport-cues.json', 'resultVerbs', true, 10],
      ['sport-cues.json', 'matchWords', true, 20],
      ['sport-cues.json', 'sports', true, 30],
      ['sport-cues.json', 'competitionHeads', true, 10],
      ['sport-cues.json', 'scorerLabels', true, 3],
      ['sport-cues.json', 'teamNounsBefore', true, 5],
      ['date-cues.json', 'futureWords', true, 10],
      ['date-cues.json', 'futureBeforeTo', true, 5],
      ['date-cues.json', 'pastWords', true, 20],
      ['date-cues.json', 'notPastEd', true, 10],
      ['date-cues.json', 'yearNouns', true, 20],
      ['date-cues.json', 'notYearBefore', true, 20],
      ['date-cues.json', 'notYearAfter', true, 20],
      ['date-cues.json', 'matchWords', true, 20],
    ];
    // Lists the engine joins into a pattern: letters only, so no entry changes the pattern's meaning.
    const PATTERN_LISTS: [string, string][] = [
      ['organization-words.json', 'stateHeads'],
      ['person-cues.json', 'surnameEndings'],
    ];

    it('every word list is non-empty, holds no entry twice, and lists of keys are in lower case', () => {
      for (const [file, name, keys, min] of LISTS) {
        const list = listOf(file, name);
        const where = `${file} ${name}`;
        assert.ok(list.length >= min, `${where}: only ${list.length} entries`);
        assert.ok(list.every(nonEmptyString), `${where}: an empty entry`);
        assert.equal(new Set(list).size, list.length, `${where}: an entry listed twice`);
        if (keys) for (const w of list) assert.equal(w, w.toLowerCase(), `${where}: ${w} is not lower case`);
      }
    });

    it('lists made into patterns hold letters only, and the patterns read words by their ends', () => {
      for (const [file, name] of PATTERN_LISTS)
        for (const w of listOf(file, name)) assert.match(w, /^\p{Ll}+$/u, `${file} ${name}: ${w}`);
      const surnameEnding = lexicon.personCues.surnameEnding;
      for (const w of ['kovalenko', 'dzhaksybekov', 'davutoğlu', 'saakashvili', 'andersson'])
        assert.ok(surnameEnding.test(w), w);
      for (const w of ['kovalenko rose', 'garden', 'election']) assert.ok(!surnameEnding.test(w), w);
    });

    it('company legal forms are listed once, in legalForms, with every spelling of one marked alike', () => {
      const key = (form: string): string => normalizeKey(form).replace(/\.$/, '');
      const endsName = new Map<string, boolean>();
      for (const { form, endsName: ends } of lexicon.orgWords.legalForms) {
        const k = key(form);
        if (endsName.has(k)) assert.equal(endsName.get(k), ends === true, `${form}: marked unlike ${k}`);
        endsName.set(k, ends === true);
      }
      for (const suffix of lexicon.orgWords.companySuffixes)
        assert.ok(!endsName.has(key(suffix)), `${suffix} is a legal form outside legalForms`);
      assert.equal(endsName.get('gmbh'), true);
      assert.equal(endsName.get('corporation'), false, '"Corporation" does not always end a name');
    });

    it('no engine source spells a legal form of its own: legalForms is the only list', () => {
      // Short forms that are no English word ("Inc", "GmbH", "LLC"), as any quoted string.
      const forms = new Set(
        lexicon.orgWords.legalForms
          .map((l) => normalizeKey(l.form).replace(/\.$/, ''))
          .filter((k) => k.length >= 3 && !lexicon.commonWords.has(k)),
      );
      const engine = join(dataDir, '..', 'src', 'engine');
      const sources = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
        });
      for (const file of sources(engine)) {
        // Comments may name legal forms as examples ("Apple Inc."): only code counts.
        const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
        for (const m of code.matchAll(/'([^'\n]{2,12})'|"([^"\n]{2,12})"/g)) {
          const literal = normalizeKey(m[1] ?? m[2]).replace(/\.$/, '');
          assert.ok(!forms.has(literal), `${file} spells the legal form ${m[0]}`);
        }
      }
    });
  });

  describe('ranks', () => {
    it('Colonel General is OF-8, comparable, in the Soviet-style tradition', () => {
      const row = rank('Colonel General', 'Soviet-style');
      assert.ok(row, 'no Soviet-style Colonel General');
      assert.equal(row.nato, 'OF-8');
      assert.equal(row.natoBasis, 'comparable');
    });

    it('each country with a rank tradition is a known country, and the tradition has rows', () => {
      assert.ok(lexicon.rankTraditions.size > 0, 'no traditionByCountry in ranks.json');
      const traditions = new Set(lexicon.ranks.map((r) => r.tradition));
      for (const [iso, tradition] of lexicon.rankTraditions) {
        assert.ok(lexicon.countryByIso.has(iso), `${iso} is no country in countries.json`);
        assert.ok(traditions.has(tradition), `${iso}: no rank rows of tradition ${tradition}`);
      }
      const expected: [string, string][] = [
        ['KZ', 'Soviet-style'],
        ['RU', 'Soviet-style'],
        ['TR', 'Türkiye'],
        ['GB', 'UK'],
        ['US', 'US'],
        ['IN', 'India'],
        ['PK', 'Pakistan'],
        ['BD', 'Bangladesh'],
        ['AU', 'UK'],
      ];
      for (const [iso, tradition] of expected) assert.equal(lexicon.rankTraditions.get(iso), tradition, iso);
      // Australia borrows the UK's table; the UK's own codes are official for the UK.
      assert.ok(lexicon.borrowedRankTraditions.has('AU'));
      assert.ok(!lexicon.borrowedRankTraditions.has('GB'));
      for (const iso of lexicon.borrowedRankTraditions) assert.ok(lexicon.rankTraditions.has(iso), iso);
    });

    it('South Asian tables hold their own ranks, with NATO codes only comparable', () => {
      assert.equal(rank('Naik', 'Pakistan', 'army')?.name, 'Naik');
      assert.equal(rank('Hawaldar', 'Pakistan', 'army')?.name, 'Havildar');
      assert.equal(rank('Subedar Major', 'India', 'army')?.nato, undefined);
      assert.equal(rank('Brigadier', 'India', 'army')?.nato, 'OF-6');
      assert.equal(rank('Brigadier General', 'Bangladesh', 'army')?.nato, 'OF-6');
      assert.equal(rank('Wg Cdr', 'Pakistan', 'air force')?.name, 'Wing Commander');
      for (const r of lexicon.ranks)
        if (['India', 'Pakistan', 'Bangladesh'].includes(r.tradition) && r.nato)
          assert.equal(r.natoBasis, 'comparable', `${r.tradition} ${r.name}`);
    });

    it('branch words name branches the tables use', () => {
      const branches = new Set(lexicon.ranks.map((r) => r.branch));
      for (const [word, branch] of lexicon.rankBranchWords) assert.ok(branches.has(branch), word);
      assert.equal(lexicon.rankBranchWords.get('navy'), 'navy');
      assert.equal(lexicon.rankBranchWords.get('air force'), 'air force');
    });

    it('Soviet-style general ranks step one star at a time from OF-6 to OF-10', () => {
      const expected: [string, string][] = [
        ['Major General', 'OF-6'],
        ['Lieutenant General', 'OF-7'],
        ['Colonel General', 'OF-8'],
        ['Army General', 'OF-9'],
        ['General of the Army', 'OF-9'],
        ['Marshal of the Russian Federation', 'OF-10'],
      ];
      for (const [form, code] of expected) assert.equal(rank(form, 'Soviet-style', 'army')?.nato, code, form);
      assert.equal(rank('Captain 1st Rank', 'Soviet-style', 'navy')?.nato, 'OF-5');
      assert.equal(rank('Senior Lieutenant', 'Soviet-style', 'army')?.nato, 'OF-1');
    });

    it('AP and British abbreviations are forms of the US and UK ranks', () => {
      const cases: [string, string, string, string][] = [
        ['Lt. Gen.', 'US', 'army', 'Lieutenant General'],
        ['Maj. Gen.', 'US', 'army', 'Major General'],
        ['Brig. Gen.', 'US', 'army', 'Brigadier General'],
        ['Sgt. Maj.', 'US', 'army', 'Sergeant Major'],
        ['Pfc.', 'US', 'army', 'Private First Class'],
        ['Rear Adm.', 'US', 'navy', 'Rear Admiral'],
        ['Lt. Cmdr.', 'US', 'navy', 'Lieutenant Commander'],
        ['Lt Gen', 'UK', 'army', 'Lieutenant General'],
        ['Maj Gen', 'UK', 'army', 'Major General'],
        ['Lieutenant-General', 'UK', 'army', 'Lieutenant General'],
        ['Brig', 'UK', 'army', 'Brigadier'],
        ['Air Vice Marshal', 'UK', 'air force', 'Air Vice-Marshal'],
        ['Wg Cdr', 'UK', 'air force', 'Wing Commander'],
        ['Sqn Ldr', 'UK', 'air force', 'Squadron Leader'],
        ['Flt Lt', 'UK', 'air force', 'Flight Lieutenant'],
      ];
      for (const [form, tradition, branch, name] of cases) {
        assert.equal(rank(form, tradition, branch)?.name, name, `${form} (${tradition} ${branch})`);
      }
    });

    it('an abbreviation mixed with a full word is the same rank, and no other word is mixed in', () => {
      const cases: [string, string, string, string][] = [
        ['Lt. General', 'US', 'army', 'Lieutenant General'],
        ['Maj. General', 'US', 'army', 'Major General'],
        ['Brig General', 'US', 'army', 'Brigadier General'],
        ['Lt. Colonel', 'US', 'army', 'Lieutenant Colonel'],
        ['Lt Colonel', 'UK', 'army', 'Lieutenant Colonel'],
        ['Major Gen.', 'US', 'army', 'Major General'],
      ];
      for (const [form, tradition, branch, name] of cases) {
        assert.equal(rank(form, tradition, branch)?.name, name, `${form} (${tradition} ${branch})`);
      }
      // "Three-Star General" is another form of the rank, not an abbreviation of its words.
      assert.deepEqual(rankRows('Three-Star Gen.'), []);
      assert.deepEqual(rankRows('Lieutenant Three-Star'), []);
    });

    it('US and UK codes follow STANAG 2116', () => {
      const cases: [string, string, string, string][] = [
        ['General', 'US', 'army', 'OF-9'],
        ['Lieutenant General', 'US', 'army', 'OF-8'],
        ['Major General', 'US', 'army', 'OF-7'],
        ['Brigadier General', 'US', 'army', 'OF-6'],
        ['Colonel', 'US', 'army', 'OF-5'],
        ['Second Lieutenant', 'US', 'army', 'OF-1'],
        ['Staff Sergeant', 'US', 'army', 'OR-6'],
        ['Chief Warrant Officer 3', 'US', 'army', 'WO-3'],
        ['Admiral', 'US', 'navy', 'OF-9'],
        ['Ensign', 'US', 'navy', 'OF-1'],
        ['Field Marshal', 'UK', 'army', 'OF-10'],
        ['Brigadier', 'UK', 'army', 'OF-6'],
        ['Air Chief Marshal', 'UK', 'air force', 'OF-9'],
        ['Group Captain', 'UK', 'air force', 'OF-5'],
        ['Commodore', 'UK', 'navy', 'OF-6'],
      ];
      for (const [form, tradition, branch, code] of cases) {
        const row = rank(form, tradition, branch);
        assert.equal(row?.nato, code, `${form} (${tradition} ${branch})`);
        assert.equal(row?.natoBasis, 'official', `${form} (${tradition} ${branch})`);
      }
    });

    it('Türkiye: Orgeneral is OF-9 official, and the Turkish words are forms', () => {
      const orgeneral = rank('Orgeneral', 'Türkiye');
      assert.equal(orgeneral?.nato, 'OF-9');
      assert.equal(orgeneral?.natoBasis, 'official');
      assert.ok(orgeneral?.forms.includes('Army General'), 'Orgeneral is rendered "Army General"');
      assert.equal(rank('Korgeneral', 'Türkiye')?.nato, 'OF-8');
      assert.equal(rank('Tümgeneral', 'Türkiye')?.nato, 'OF-7');
      assert.equal(rank('Tuğgeneral', 'Türkiye')?.nato, 'OF-6');
      assert.equal(rank('Albay', 'Türkiye')?.name, 'Colonel');
      assert.equal(rank('Oramiral', 'Türkiye', 'navy')?.nato, 'OF-9');
    });

    it('police ranks are known and carry no NATO code', () => {
      for (const form of [
        'Police Colonel',
        'Police Major General',
        'Chief Inspector',
        'Chief Superintendent',
      ]) {
        const rows = rankRows(form).filter((r) => r.branch === 'police');
        assert.ok(rows.length > 0, `${form} is not a police rank`);
        assert.ok(
          rows.every((r) => r.nato === undefined),
          `${form} has a NATO code`,
        );
      }
    });

    it('bare ambiguous rank words are present for the recognizer to weigh', () => {
      for (const form of ['General', 'Major', 'Captain', 'Private', 'Marshal']) {
        assert.ok(rankRows(form).length > 0, form);
      }
    });
  });

  describe('titles', () => {
    it('knows office nouns, compound offices, modifiers and honorifics', () => {
      const { offices, compoundOffices, modifiers, honorifics } = lexicon.titles;
      for (const o of ['Minister', 'Akim', 'Spokesperson', 'Ambassador', 'head'])
        assert.ok(offices.includes(o), o);
      for (const o of [
        'Prime Minister',
        'Secretary of State',
        'Chief of the General Staff',
        'Commander-in-Chief',
        'Minister of Defense',
        'Defence Minister',
      ]) {
        assert.ok(compoundOffices.includes(o), o);
      }
      for (const m of ['Deputy', 'Acting', 'First Deputy']) assert.ok(modifiers.includes(m), m);
      // Words saying when an office was held stand outside it ("former [Prime Minister]").
      for (const m of ['Former', 'Ex-', 'Outgoing', 'Late']) assert.ok(!modifiers.includes(m), m);
      for (const h of ['Mr.', 'Dr.', 'Sir', 'Dame', 'Begum']) assert.ok(honorifics.includes(h), h);
      // A Sheikh who starts a name stays in it ("Sheikh Hasina"): no honorific, no office.
      for (const w of ['Sheikh', 'Shaikh']) assert.ok(!honorifics.includes(w) && !offices.includes(w), w);
    });

    it('every abbreviated office is listed as an office, and stands for a longer one', () => {
      const { offices, compoundOffices, abbreviations } = lexicon.titles;
      assert.ok(abbreviations.length >= 10, `only ${abbreviations.length} abbreviations`);
      for (const [form, full] of abbreviations) {
        assert.ok(offices.includes(form) || compoundOffices.includes(form), `${form} is no office`);
        assert.ok(full.length > form.length, `${form} → ${full}`);
      }
      const fullOf = new Map(abbreviations);
      assert.equal(fullOf.get('Sen.'), 'Senator');
      assert.equal(fullOf.get('Lt. Gov.'), 'Lieutenant Governor');
      assert.equal(fullOf.get('GOC'), 'General Officer Commanding');
    });

    it('organization heads and company suffixes include the common ones', () => {
      for (const h of ['Ministry', 'Directorate', 'Gendarmerie', 'University']) {
        assert.ok(lexicon.orgWords.heads.includes(h), h);
      }
      const legalForms = lexicon.orgWords.legalForms.map((l) => l.form);
      for (const s of ['Inc.', 'Ltd', 'GmbH', 'A.Ş.', 'JSC']) assert.ok(legalForms.includes(s), s);
      for (const s of ['Holdings', 'Group', 'Technologies'])
        assert.ok(lexicon.orgWords.companySuffixes.includes(s), s);
    });
  });

  describe('gazetteers', () => {
    it('Kazakh and Kazakhstani are demonyms of Kazakhstan; Turkish of Türkiye', () => {
      assert.equal(lexicon.demonyms.get('kazakh')?.iso2, 'KZ');
      assert.equal(lexicon.demonyms.get('kazakhstani')?.iso2, 'KZ');
      assert.equal(lexicon.demonyms.get('turkish')?.iso2, 'TR');
      assert.equal(lexicon.demonyms.get('american')?.iso2, 'US');
      assert.equal(lexicon.demonyms.get('british')?.iso2, 'GB');
    });

    it('Scottish and Welsh are British; regional and religious adjectives name no country and no person', () => {
      assert.equal(lexicon.demonyms.get('scottish')?.iso2, 'GB');
      assert.equal(lexicon.demonyms.get('welsh')?.iso2, 'GB');
      assert.equal(lexicon.countryNames.get(normalizeKey('Republic of Ireland'))?.iso2, 'IE');
      for (const word of [
        'asian',
        'european',
        'african',
        'arab',
        'scandinavian',
        'balkan',
        'muslim',
        'jewish',
      ]) {
        assert.ok(!lexicon.demonyms.has(word), `${word} is a demonym of one country`);
        // A non-name never starts a name, and "European Union" and "Arab League" start with these.
        assert.ok(!lexicon.nonNames.has(word), `${word} is a non-name`);
        assert.ok(!lexicon.givenNames.has(word) && !lexicon.surnames.has(word), `${word} is a personal name`);
      }
    });

    it('country aliases resolve to the right state', () => {
      const cases: [string, string][] = [
        ['Turkey', 'TR'],
        ['Türkiye', 'TR'],
        ['U.S.', 'US'],
        ['United States of America', 'US'],
        ['Britain', 'GB'],
        ['UK', 'GB'],
        ['Russian Federation', 'RU'],
        ['Republic of Korea', 'KR'],
        ['Czech Republic', 'CZ'],
        ["Côte d'Ivoire", 'CI'],
        ['Ivory Coast', 'CI'],
        ['Burma', 'MM'],
        ['Kazakhstan', 'KZ'],
      ];
      for (const [name, iso] of cases)
        assert.equal(lexicon.countryNames.get(normalizeKey(name))?.iso2, iso, name);
      assert.equal(lexicon.countryByIso.get('KZ')?.capital, 'Astana');
    });

    it('places: capitals and renamed cities are in the right country', () => {
      const cases: [string, string][] = [
        ['Ankara', 'TR'],
        ['Astana', 'KZ'],
        ['Nur-Sultan', 'KZ'],
        ['Almaty', 'KZ'],
        ['Kyiv', 'UA'],
        ['Kiev', 'UA'],
        ['Beijing', 'CN'],
        ['Mumbai', 'IN'],
        ['Bombay', 'IN'],
        ['London', 'GB'],
        ['Washington', 'US'],
        ['Texas', 'US'],
        ['Scotland', 'GB'],
        ['Crimea', 'UA'],
        ['Gaza Strip', 'PS'],
        ['Sao Paulo', 'BR'],
      ];
      for (const [name, iso] of cases)
        assert.equal(lexicon.places.get(normalizeKey(name))?.country, iso, name);
      assert.equal(lexicon.places.get('middle east')?.kind, 'region');
      assert.equal(lexicon.places.get('europe')?.kind, 'continent');
    });

    it('places that are also common words or given names are marked ambiguous', () => {
      for (const name of ['Nice', 'Reading', 'Victoria']) {
        assert.equal(lexicon.places.get(normalizeKey(name))?.ambiguous, true, name);
      }
      for (const name of ['Ankara', 'Astana', 'London']) {
        assert.equal(lexicon.places.get(normalizeKey(name))?.ambiguous, undefined, name);
      }
    });

    it('places: major cities resolve by their everyday English name', () => {
      // Country codes from ISO 3166-1; the English names from general usage.
      const cases: [string, string][] = [
        ['Munich', 'DE'],
        ['Cologne', 'DE'],
        ['Nuremberg', 'DE'],
        ['Turin', 'IT'],
        ['Milan', 'IT'],
        ['Naples', 'IT'],
        ['Lisbon', 'PT'],
        ['Prague', 'CZ'],
        ['Warsaw', 'PL'],
        ['Moscow', 'RU'],
        ['Saint Petersburg', 'RU'],
        ['St. Petersburg', 'RU'],
        ['Antwerp', 'BE'],
        ['Gothenburg', 'SE'],
        ['Seville', 'ES'],
        ['Guangzhou', 'CN'],
        ['Ho Chi Minh City', 'VN'],
        ['Saigon', 'VN'],
        ['Kolkata', 'IN'],
        ['Chennai', 'IN'],
        ['Bengaluru', 'IN'],
        ['Bangalore', 'IN'],
        ['Tel Aviv', 'IL'],
        ['Abu Dhabi', 'AE'],
        ['Riyadh', 'SA'],
        ['Mecca', 'SA'],
        ['Makkah', 'SA'],
        ['Jeddah', 'SA'],
        ['Cairo', 'EG'],
        ['Lagos', 'NG'],
        ['Nairobi', 'KE'],
        ['Johannesburg', 'ZA'],
        ['São Paulo', 'BR'],
        ['Mexico City', 'MX'],
        ['Montreal', 'CA'],
        ['Grozny', 'RU'],
      ];
      for (const [name, iso] of cases)
        assert.equal(lexicon.places.get(normalizeKey(name))?.country, iso, name);
    });

    it('places: qualified and "Saint" names are found by their everyday short form', () => {
      const cases: [string, string, string][] = [
        ['Frankfurt', 'Frankfurt am Main', 'DE'],
        ['Halle', 'Halle (Saale)', 'DE'],
        ['Ludwigshafen', 'Ludwigshafen am Rhein', 'DE'],
        ['Newcastle', 'Newcastle upon Tyne', 'GB'],
        ['Hull', 'Kingston upon Hull', 'GB'],
        ['St. Louis', 'St. Louis', 'US'],
        ['Saint Louis', 'St. Louis', 'US'],
        ['St Louis', 'St. Louis', 'US'],
        ['New York City', 'New York City', 'US'],
        ['New York', 'New York City', 'US'],
        ['Washington D.C.', 'Washington, D.C.', 'US'],
        ['L.A.', 'Los Angeles', 'US'],
      ];
      for (const [form, name, iso] of cases) {
        const row = lexicon.places.get(normalizeKey(form));
        assert.equal(row?.name, name, form);
        assert.equal(row?.country, iso, form);
      }
      // "Kingston" stays the capital of Jamaica, not a shortening of "Kingston upon Hull".
      assert.equal(lexicon.places.get('kingston')?.country, 'JM');
      const earth = lexicon.places.get('earth');
      assert.equal(earth?.kind, 'region');
      assert.equal(earth?.country, '');
    });

    it('places: regions news names without a head noun, and the Falklands', () => {
      const cases: [string, string, string][] = [
        ['Midwest', 'region', 'US'],
        ['New England', 'region', 'US'],
        ['Yorkshire', 'region', 'GB'],
        ['Lancashire', 'region', 'GB'],
        ['Pearl Harbor', 'site', 'US'],
        ['Hormuz', 'site', ''],
        ['Patagonia', 'region', ''],
      ];
      for (const [name, kind, iso] of cases) {
        const row = lexicon.places.get(normalizeKey(name));
        assert.equal(row?.kind, kind, name);
        assert.equal(row?.country, iso, name);
      }
      assert.equal(lexicon.countryNames.get('falklands')?.iso2, 'FK');
    });

    it('places: towns of 50,000 or more in English-speaking countries are listed', () => {
      const cases: [string, string][] = [
        ['Exeter', 'GB'],
        ['Dundee', 'GB'],
        ['Cambridge', 'GB'],
        ['Kelowna', 'CA'],
        ['Toowoomba', 'AU'],
        ['Galway', 'IE'],
      ];
      for (const [name, iso] of cases)
        assert.equal(lexicon.places.get(normalizeKey(name))?.country, iso, name);
    });

    it('organizations: short names and brand-companies resolve to the company', () => {
      const cases: [string, string][] = [
        ['Ford', 'Ford Motor'],
        ['Lockheed', 'Lockheed Martin'],
        ['Northrop', 'Northrop Grumman'],
        ['Dell', 'Dell Technologies'],
        ['Mitsubishi Heavy', 'Mitsubishi Heavy Industries'],
        ['Wal-Mart', 'Walmart'],
        ['Daimler', 'Mercedes-Benz Group'],
        ['Amnesty', 'Amnesty International'],
        ['NYSE', 'New York Stock Exchange'],
        ['ISIS', 'Islamic State'],
        ['Hezbollah', 'Hezbollah'],
        ['Taliban', 'Taliban'],
        ['Wagner Group', 'Wagner Group'],
        ['MSF', 'Doctors Without Borders'],
        ['Red Cross', 'International Committee of the Red Cross'],
        ['The Guardian', 'The Guardian'],
        ['New York Times', 'The New York Times'],
      ];
      for (const [form, name] of cases)
        assert.equal(lexicon.organizations.get(normalizeKey(form))?.name, name, form);
      for (const name of [
        'Ryanair',
        'easyJet',
        'Opel',
        'Fiat',
        'Ubisoft',
        'Nintendo',
        'DaimlerChrysler',
        'WorldCom',
        'McDonnell Douglas',
        'Nasdaq',
        'Le Monde',
        'Der Spiegel',
      ]) {
        assert.ok(lexicon.organizations.has(normalizeKey(name)), name);
      }
      // Brands belong to their groups; countries are where the companies are based.
      assert.equal(lexicon.organizations.get('chrysler')?.parent, 'Stellantis');
      assert.equal(lexicon.organizations.get('opel')?.parent, 'Stellantis');
      assert.equal(lexicon.organizations.get('audi')?.parent, 'Volkswagen');
      assert.equal(lexicon.organizations.get('ryanair')?.country, 'IE');
      assert.equal(lexicon.organizations.get('lufthansa')?.country, 'DE');
      // The International Cricket Council takes no acronym: "ICC" stays the International Criminal Court.
      assert.equal(lexicon.organizations.get('icc')?.name, 'International Criminal Court');
    });

    it('organizations: acronyms expand to the full names', () => {
      const cases: [string, string][] = [
        ['NATO', 'North Atlantic Treaty Organization'],
        ['CSTO', 'Collective Security Treaty Organization'],
        ['SCO', 'Shanghai Cooperation Organisation'],
        ['OSCE', 'Organization for Security and Co-operation in Europe'],
        ['FBI', 'Federal Bureau of Investigation'],
        ['TASS', 'TASS'],
        ['GM', 'General Motors'],
      ];
      for (const [form, name] of cases)
        assert.equal(lexicon.organizations.get(normalizeKey(form))?.name, name, form);
      assert.equal(lexicon.organizations.get('baykar')?.country, 'TR');
      assert.equal(lexicon.organizations.get('tusaş')?.name, 'Turkish Aerospace Industries');
      assert.equal(lexicon.organizations.get('quds force')?.parent, 'Islamic Revolutionary Guard Corps');
    });
  });

  describe('names and words', () => {
    it('knows Kazakh, Turkish, Russian and other given names', () => {
      for (const n of [
        'Ruslan',
        'Olzhas',
        'Kassym-Jomart',
        'Haluk',
        'Mehmet',
        'Yevgeny',
        'Evgeny',
        'Oleksandr',
        'Ahmed',
      ]) {
        assert.ok(lexicon.givenNames.has(normalizeKey(n)), n);
      }
      for (const w of ['will', 'the', 'because'])
        assert.ok(!lexicon.givenNames.has(w), `${w} is a given name`);
      // Kazakh "Akim" is a regional governor's office in news, not a first name.
      assert.ok(!lexicon.givenNames.has('akim'), 'Akim is a given name');
      assert.ok(lexicon.titles.offices.includes('Akim'), 'Akim is not an office');
    });

    it("knows people's names the surname lists lack, and no words, days or feasts among them", () => {
      for (const n of ['Yates', 'Longley', 'Padden']) assert.ok(lexicon.peopleNames.has(normalizeKey(n)), n);
      for (const w of ['christmas', 'monday', 'january', 'rose', 'smith'])
        assert.ok(!lexicon.peopleNames.has(w), `${w} is in people-names.json`);
    });

    it('knows surnames from several cultures', () => {
      for (const n of ['Zhaksylykov', 'Gergün', 'Ivanov', 'Smith', 'Yılmaz', 'Nguyen']) {
        assert.ok(lexicon.surnames.has(normalizeKey(n)), n);
      }
    });

    it('common words are lower-case English words; non-names hold sentence openers and calendar words', () => {
      for (const w of ['however', 'report', 'minister', 'china']) assert.ok(lexicon.commonWords.has(w), w);
      const raw = JSON.parse(readFileSync(join(dataDir, 'common-words.json'), 'utf8')).words as string[];
      assert.ok(
        raw.every((w) => w === w.toLowerCase()),
        'a common word with capitals',
      );
      for (const w of ['however', 'meanwhile', 'according', 'monday', 'december', 'the', 'i']) {
        assert.ok(lexicon.nonNames.has(w), w);
      }
      for (const w of ['ruslan', 'ankara']) assert.ok(!lexicon.nonNames.has(w), w);
    });
  });
});
