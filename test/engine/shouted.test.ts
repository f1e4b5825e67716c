// Sentences written all in capitals (recognizers/shouted.ts): re-cased before they are read, so
// that names, ranks, offices and dates are found in them as in running text, and ordinary words
// are not names. Sentences written for these tests.
import * as assert from 'node:assert/strict';
import { Analyzer } from '../../server/src/engine/pipeline';
import { tokenize } from '../../server/src/engine/text/tokens';
import { loadLexicon } from '../../server/src/engine/data/lexicon';
import { recaseShouted } from '../../server/src/engine/recognizers/shouted';

const analyzer = new Analyzer();
const marked = (text: string): string[] =>
  analyzer.analyze(text, { articleDate: '2024-03-14' }).mentions.map((m) => `${m.type}:${m.text}`);
const recased = (text: string): string | undefined => recaseShouted(text, tokenize(text), loadLexicon());

describe('engine: sentences in capitals', () => {
  it('re-cases a shouted sentence letter for letter: names and offices before them capitalised, other words in lower case', () => {
    const text = 'KENYAN POLICE CHIEF JAPHETH OKORE MET OFFICIALS IN KAMPALA, THE MINISTRY OF INTERIOR SAID.';
    const out = recased(text);
    assert.equal(
      out,
      'Kenyan Police Chief Japheth Okore met officials in Kampala, the Ministry of Interior said.',
    );
  });

  it('leaves a block with no shouted sentence alone', () => {
    assert.equal(recased('The NATO summit opened in Vilnius. UN officials said so.'), undefined);
  });

  it('keeps acronyms the data write in capitals, and offsets, when letters change case', () => {
    const text = 'ISTANBUL TALKS: NATO AND THE UN MET İZMİR OFFICIALS ON FRIDAY';
    const out = recased(text) ?? '';
    assert.equal(out.length, text.length);
    assert.match(out, /NATO and the UN/);
  });

  it('finds people, ranks, offices, organizations, places and dates in an all-capitals wire', () => {
    assert.deepEqual(
      marked(
        'KAMPALA (EAST AFRICA NEWS) - UGANDAN DEFENCE MINISTER JACOB OBONYO MET KENYAN MAJOR GENERAL ' +
          'PETER NDWIGA IN MOMBASA ON TUESDAY, THE MINISTRY OF DEFENCE SAID.',
      ),
      [
        'place:KAMPALA',
        'organization:EAST AFRICA NEWS',
        'nationality:UGANDAN',
        'title:DEFENCE MINISTER',
        'person:JACOB OBONYO',
        'nationality:KENYAN',
        'rank:MAJOR GENERAL',
        'person:PETER NDWIGA',
        'place:MOMBASA',
        'date:TUESDAY',
        'organization:MINISTRY OF DEFENCE',
      ],
    );
  });

  it('reads a surname alone in capitals by the full name before it, and no ordinary word as a name', () => {
    const found = marked(
      'UGANDAN MINISTER JACOB OBONYO ARRIVED IN NAIROBI ON MONDAY.\n\n' +
        'OBONYO SAID THE CHIEF OF POLICE WOULD FOLLOW LATER IN THE WEEK.',
    );
    assert.ok(found.includes('person:OBONYO'), found.join(', '));
    for (const word of ['SAID', 'CHIEF', 'WOULD', 'FOLLOW', 'THE'])
      assert.ok(!found.some((m) => m.endsWith(`:${word}`)), `${word} in ${found.join(', ')}`);
  });

  it('reads a short headline in capitals and a day before its month', () => {
    assert.deepEqual(
      marked('OKAFOR SAYS NAIROBI TALKS WILL GO ON\n\nTALKS ENDED ON 30TH AUGUST, 2019 IN ACCRA.'),
      ['person:OKAFOR', 'place:NAIROBI', 'date:30TH AUGUST, 2019', 'place:ACCRA'],
    );
  });

  it('reads a given name and a surname that are both words as a name, and the words alone as words', () => {
    assert.deepEqual(marked('MARK WOOD SAYS THE MILL WILL CLOSE IN MARCH'), [
      'person:MARK WOOD',
      'date:MARCH',
    ]);
  });

  it('marks a word the dateline took once, not again as a loose word', () => {
    const found = marked('KISUMU (LAKE NEWS) - Fishermen in Kisumu said on Monday the catch had doubled.');
    assert.equal(found.filter((m) => m === 'place:KISUMU').length, 1, found.join(', '));
  });

  it('does not change the body of a story under a headline in capitals', () => {
    const body =
      'Kenyan police said on Tuesday that Japheth Okore, a trader from Eldoret, had been released. ' +
      'Okore told reporters in Nairobi he would sue the Kenya Revenue Authority.';
    const alone = marked(body);
    const withHeadline = marked(`TRADER FREED AFTER THREE DAYS IN NAIROBI CELL\n\n${body}`);
    assert.deepEqual(withHeadline.slice(withHeadline.length - alone.length), alone);
    assert.deepEqual(withHeadline.slice(0, withHeadline.length - alone.length), ['place:NAIROBI']);
  });
});
