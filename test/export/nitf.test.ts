// NITF 3.6: the markup on the seed, validity against IPTC's XSD, and the article's text given back
// exactly by body.content on the seed, hostile text and every development article.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toNitf } from '../../server/src/export/nitf';
import { HOSTILE, inputOf, ROOT, describeXmlRoundTrip, textOf, validate } from './helpers';

const SCHEMA = 'nitf-3-6.xsd';
const BODY = '//*[local-name()="body.content"]';
const seed = readFileSync(join(ROOT, 'seeds/000_b25a24690d4f76d1.txt'), 'utf8');
const nitf = (text: string, date?: string): string => toNitf(inputOf(text, 'article', date)).files[0].content;

describe('export: NITF', () => {
  it('marks people, organizations, places, ranks, titles and dates inline on the seed', () => {
    const xml = nitf(seed);
    for (const expected of [
      '<function value="Colonel General">Colonel General</function> <person value="Ruslan Zhaksylykov">Ruslan Zhaksylykov</person>',
      '<person value="Ruslan Zhaksylykov">Zhaksylykov</person>’s visit',
      '<org value="Ministry of Defense">Ministry of Defense</org>',
      '<location>Ankara</location> on <chron norm="2023-11-07">Nov. 7</chron>',
      '<function value="Minister of Defense">Minister of Defense</function>',
      '<docdata><doc-id id-string="article"/><date.issue norm="20231108"/><evloc city="Astana"/></docdata>',
      '<body.head><dateline><location>ASTANA</location></dateline></body.head>',
    ])
      assert.ok(xml.includes(expected), `missing ${expected}`);
    // A demonym has no NITF element: "Kazakh" stays text.
    assert.ok(xml.includes('the Kazakh <function'));
  });

  it('is valid NITF 3.6 for the seed, hostile text, emoji and a text with no date', () => {
    const docs = [
      { name: 'seed', xml: nitf(seed) },
      { name: 'hostile', xml: nitf(HOSTILE) },
      {
        name: 'emoji',
        xml: nitf('🎉 Senator John Miller met 🇫🇷 officials in Paris on Monday.', '2024-03-01'),
      },
      { name: 'plain', xml: nitf('nothing to see\n\n\n  here\r\n') },
      { name: 'empty', xml: nitf('') },
    ];
    assert.equal(validate(SCHEMA, docs), '');
  });

  it('has a validator that refuses what NITF does not allow', () => {
    const bad = nitf(seed)
      .replace('<org value=', '<organization value=')
      .replace('</org>', '</organization>');
    assert.match(validate(SCHEMA, [{ name: 'bad', xml: bad }]), /organization.*not expected/);
  });

  it('keeps hostile text as text: no tag, entity or CDATA end comes through', () => {
    const xml = nitf(HOSTILE);
    assert.ok(!xml.includes('<b>') && !xml.includes(']]>') && !xml.includes('"A < B'));
    assert.equal(textOf(xml, BODY), HOSTILE);
  });

  describeXmlRoundTrip(SCHEMA, BODY, nitf);
});
