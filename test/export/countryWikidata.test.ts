// The country table is the package's: rebuilt from @rapideditor/country-coder it is the same, and
// the look-up goes from any name the gazetteer knows to the item.
import assert from 'node:assert/strict';
import { borders, wikidataQID } from '@rapideditor/country-coder';
import table from '../../server/data/country-wikidata.json';
import { wikidataOfCountry } from '../../server/src/export/countryWikidata';

describe('export: Wikidata items of countries', () => {
  it('holds what the installed country-coder says (run scripts/data/build-country-wikidata.mjs after upgrading it)', () => {
    const entries = Object.entries(table.items);
    assert.ok(entries.length > 240, `${entries.length} countries`);
    for (const [iso, qid] of entries) assert.equal(wikidataQID(iso), qid, iso);
    const countries = borders.features.filter((f) => f.properties.level === 'country' && f.properties.iso1A2);
    for (const f of countries)
      assert.ok(f.properties.iso1A2 && f.properties.iso1A2 in table.items, f.properties.nameEn);
  });

  it('finds the item by the gazetteer names of a country', () => {
    assert.equal(wikidataOfCountry('Kazakhstan'), 'Q232');
    assert.equal(wikidataOfCountry('United Arab Emirates'), 'Q878');
    assert.equal(wikidataOfCountry('UAE'), 'Q878');
    assert.equal(wikidataOfCountry('Atlantis'), undefined);
  });
});
