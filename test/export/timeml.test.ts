// TimeML: TIMEX3s on the seed, the article date as creation time, validity against the TimeML XSD,
// and TEXT giving back the article exactly on the seed, hostile text and every development article.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toTimeMl } from '../../server/src/export/timeml';
import { HOSTILE, inputOf, ROOT, describeXmlRoundTrip, textOf, validate } from './helpers';

const SCHEMA = 'tml-hllorens.xsd';
const seed = readFileSync(join(ROOT, 'seeds/000_b25a24690d4f76d1.txt'), 'utf8');
const timeml = (text: string, date?: string): string =>
  toTimeMl(inputOf(text, 'article', date)).files[0].content;

describe('export: TimeML', () => {
  it('writes the article date as the creation time and each date as a TIMEX3', () => {
    const xml = timeml(seed);
    assert.ok(
      xml.includes(
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2023-11-08" temporalFunction="false" functionInDocument="CREATION_TIME">2023-11-08</TIMEX3></DCT>',
      ),
    );
    assert.ok(
      xml.includes('<TIMEX3 tid="t2" type="DATE" value="2024" temporalFunction="false">2024</TIMEX3>'),
    );
    // "Nov. 7" takes its year from the article: a function of the creation time.
    assert.ok(
      xml.includes(
        '<TIMEX3 tid="t3" type="DATE" value="2023-11-07" temporalFunction="true" anchorTimeID="t0">Nov. 7</TIMEX3>',
      ),
    );
  });

  it('reads relative dates against the article date', () => {
    const xml = timeml('The minister spoke yesterday and will travel next week.', '2024-02-29');
    assert.ok(
      xml.includes('value="2024-02-28" temporalFunction="true" anchorTimeID="t0">yesterday</TIMEX3>'),
      xml,
    );
  });

  it('is valid for the seed, hostile text, emoji and a text with no date', () => {
    const docs = [
      { name: 'seed', xml: timeml(seed) },
      { name: 'hostile', xml: timeml(HOSTILE) },
      { name: 'emoji', xml: timeml('🎉 On Monday, 😀 last week and in 2023.', '2024-03-01') },
      { name: 'undated', xml: timeml('Talks resume on Monday.') },
    ];
    assert.equal(validate(SCHEMA, docs), '');
    assert.ok(!docs[3].xml.includes('<DCT>'));
  });

  it('has a validator that refuses a TIMEX3 without a value', () => {
    const bad = timeml(seed).replace(' value="2024"', '');
    assert.match(validate(SCHEMA, [{ name: 'bad', xml: bad }]), /value.*required/);
  });

  it('gives back hostile text exactly', () => {
    assert.equal(textOf(timeml(HOSTILE), '/TimeML/TEXT'), HOSTILE);
  });

  describeXmlRoundTrip(SCHEMA, '/TimeML/TEXT', timeml);
});
