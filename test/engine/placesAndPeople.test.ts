// Places and people found by the words around them rather than by a list: area nouns ("the X
// sector"), "near X", "in X", slash-joined and hyphenated places, ages after names, and event
// names that hold no name. Sentences written for these tests.
import * as assert from 'node:assert/strict';
import { Analyzer } from '../../server/src/engine/pipeline';

const analyzer = new Analyzer();
const marked = (text: string): string[] =>
  analyzer
    .analyze(text, { articleDate: '2024-05-20' })
    .mentions.filter((m) => m.type !== 'date')
    .map((m) => `${m.type}:${m.text}`);

describe('engine: places and people by context', () => {
  const cases: [string, string[]][] = [
    [
      'Militants fled into the Datta Khel and Shewa areas after the raid.',
      ['place:Datta Khel', 'place:Shewa'],
    ],
    ['Curfew was lifted in the Bajaur/Mohmand districts on Sunday.', ['place:Bajaur', 'place:Mohmand']],
    ['Buses between Quetta/Chaman ran again.', ['place:Quetta', 'place:Chaman']],
    [
      'Relief flights reached Gilgit-Baltistan and Khyber-Pakhtunkhwa.',
      ['place:Gilgit-Baltistan', 'place:Khyber-Pakhtunkhwa'],
    ],
    ['Two shepherds were hurt near Tangdhar on Friday.', ['place:Tangdhar']],
    ['The patrol was ambushed 15 km east of Razmak.', ['place:Razmak']],
    ['A shrine in Charsadda reopened.', ['place:Charsadda']],
    ['The warning was written in Pashto and read out in Urdu.', []],
    ['Shares in Korvath rose.', ['organization:Korvath']],
    ['Subtitles were added in English.', []],
    [
      'The committee heard from Longley on Tuesday, and Yates spoke last.',
      ['person:Longley', 'person:Yates'],
    ],
    [
      'Pemberton and Banque Ravel advised the buyer.',
      ['organization:Pemberton', 'organization:Banque Ravel'],
    ],
    ['Stannard said the plan would work.', ['person:Stannard']],
    ['Ingrid left the meeting early.', ['person:Ingrid']],
    ['The mill at Oakmere, Vermont, closed in the spring.', ['place:Oakmere', 'place:Vermont']],
    ['Austin Bryce Holloway wrote the report.', ['person:Austin Bryce Holloway']],
    ['The ritual has no place in Vorlanism, and the vow is central in Tessarianity.', []],
    ["The scene comes late in Pellatus' comedy, as it did near Orvik's farm.", []],
    ['Storms hit Eastern counties and the North coast overnight.', []],
    ['Veterans marked Vijay Diwas at the memorial.', []],
    ['Jason Day won the Sydney Open.', ['person:Jason Day']],
    ['Nothing moved along the Line of Control overnight.', ['place:Line of Control']],
    [
      'The Trinidad and Tobago Coast Guard seized the boat.',
      ['organization:Trinidad and Tobago Coast Guard'],
    ],
    ['Tickets for the Lagos Jazz Festival sold out.', []],
    ['The Jammu and Kashmir Police made two arrests.', ['organization:Jammu and Kashmir Police']],
    ['Sri Lankan officials met Omani envoys.', ['nationality:Sri Lankan', 'nationality:Omani']],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(marked(text), expected));

  it('reads a rare surname as a person by an age after the full name, and later mentions by it', () => {
    assert.deepEqual(
      marked('Idris Quennell-Abara, 52, denies the charge. The court told Quennell-Abara to sit down.'),
      ['person:Idris Quennell-Abara', 'person:Quennell-Abara'],
    );
  });

  it('reads unknown and common-word surnames as people where the words around them say so', () => {
    assert.deepEqual(marked('Mills, 45, was charged with fraud.'), ['person:Mills']);
    assert.deepEqual(marked('Burns said the appeal would fail.'), ['person:Burns']);
    assert.deepEqual(marked('Officials said the road was closed.'), []);
    assert.deepEqual(
      marked('Police questioned Hiroshi Tabuchi-Ode. Tabuchi-Ode told reporters he was innocent.'),
      ['person:Hiroshi Tabuchi-Ode', 'person:Tabuchi-Ode'],
    );
  });

  it('does not take a people’s adjective before an area noun for a place', () => {
    assert.deepEqual(marked('Farmers in the English county of Kent protested.'), ['place:Kent']);
  });
});
