// Organizations with no cue word in their name, read from the words around them, and the linking of
// an organization's mentions within an article. Every sentence is written for these tests; the
// companies in them are invented.
import * as assert from 'node:assert/strict';
import { Analyzer } from '../../server/src/engine/pipeline';

const analyzer = new Analyzer();
const marked = (text: string): string[] =>
  analyzer
    .analyze(text, { articleDate: '2024-05-02' })
    .mentions.filter((m) => m.type !== 'date' && m.type !== 'title' && m.type !== 'rank')
    .map((m) => `${m.type}:${m.text}`);

describe('engine: organizations by context', () => {
  const cases: [string, string[]][] = [
    ['Shares of Tremaine rose 4% in early trading.', ['organization:Tremaine']],
    ['He was traded to the Dorset Panthers in May.', ['organization:Dorset Panthers']],
    ['The bill passed the Chamber of Deputies on Friday.', ['organization:Chamber of Deputies']],
    [
      'The Union of Independent Brewers wrote to the Council of Ministers.',
      ['organization:Union of Independent Brewers', 'organization:Council of Ministers'],
    ],
    [
      'Snow closed roads in the Cayman Islands and the Golan Heights.',
      ['place:Cayman Islands', 'place:Golan Heights'],
    ],
    ['Investors bought shares in Quillon after the report.', ['organization:Quillon']],
    ['Quillon said in a statement that the talks had ended.', ['organization:Quillon']],
    ['Quillon reported revenue of $1.2 billion for the year.', ['organization:Quillon']],
    ['Tremaine shares fell 3% after the warning.', ['organization:Tremaine']],
    ['The plan needs a vote by Quillon shareholders.', ['organization:Quillon']],
    [
      'Tremaine chief executive Ines Vauclair will step down.',
      ['organization:Tremaine', 'person:Ines Vauclair'],
    ],
    ['Quillon, which owns two ports, declined to comment.', ['organization:Quillon']],
    ['Tremaine, founded in 1911, has 40 stores.', ['organization:Tremaine']],
    [
      '"We disagree," said Amadou Kane, a director at Quillon.',
      ['person:Amadou Kane', 'organization:Quillon'],
    ],
    ['Analysts at Tremaine cut their forecast.', ['organization:Tremaine']],
    [
      'The round was led by Vardane, a Dutch investor, in May.',
      ['organization:Vardane', 'nationality:Dutch'],
    ],
    [
      'Lenders Quillon and Vardane said the loan was repaid.',
      ['organization:Quillon', 'organization:Vardane'],
    ],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(marked(text), expected));
  }

  it('reads a name opened by a head of its own language, and its list neighbour, as organizations', () => {
    assert.deepEqual(marked('Quillon and Banque Ferraud advised the buyer.'), [
      'organization:Quillon',
      'organization:Banque Ferraud',
    ]);
  });

  it('keeps a full name after a noun people are called too a person', () => {
    assert.deepEqual(marked('The deal pleased billionaire investor Warren Buffett.'), [
      'person:Warren Buffett',
    ]);
  });

  it('reads the first word after a dateline as a sentence start', () => {
    assert.deepEqual(marked('OSLO, May 2 (Reuters) - Department store chain Quillon & Lund cut jobs.'), [
      'place:OSLO',
      'organization:Reuters',
      'organization:Quillon & Lund',
    ]);
  });

  it('keeps a person a person where the same words follow a full name', () => {
    assert.deepEqual(marked('Ines Vauclair said in a statement that she would stay.'), [
      'person:Ines Vauclair',
    ]);
  });
});

describe('engine: compound participles', () => {
  const cases: [string, string[]][] = [
    ['Lyon-based Tremaine will cut 200 jobs.', ['place:Lyon', 'organization:Tremaine']],
    ['The Awami League-led alliance won the vote.', ['organization:Awami League']],
    ['A Farid Baloch-led faction walked out.', ['person:Farid Baloch']],
    ['The Nairobi-Based lender grew fast.', ['place:Nairobi']],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(marked(text), expected));
  }
});

describe('engine: linking an organization to its short forms', () => {
  const entities = (text: string): string[] =>
    analyzer
      .analyze(text, { articleDate: '2024-05-02' })
      .entities.filter((e) => e.mentions.length > 0)
      .map((e) => `${e.type}:${e.name}=${e.mentions.length}`);

  it('reads a company named after a person by its surname, and its name without the legal form', () => {
    assert.deepEqual(
      entities(
        'Martin Okafor Holdings Ltd agreed to buy Vestrik Brokerage Inc. Okafor said Vestrik would keep its name, and Martin Okafor Holdings expects savings.',
      ),
      ['organization:Martin Okafor Holdings Ltd=3', 'organization:Vestrik Brokerage Inc.=2'],
    );
  });

  it('keeps a short form two companies share, and a surname a person is named by, out', () => {
    assert.deepEqual(
      marked(
        'Quennell Freight Corp and Quennell Logistics Ltd merged. Quennell rose. Nadia Crane of Crane Systems Inc spoke; Crane said yes.',
      ),
      [
        'organization:Quennell Freight Corp',
        'organization:Quennell Logistics Ltd',
        'person:Nadia Crane',
        'organization:Crane Systems Inc',
        'person:Crane',
      ],
    );
  });

  it("keeps a person's name a person beside a body named in their honour", () => {
    assert.deepEqual(
      marked(
        'The Ingrid Solberg Foundation gave a million dollars to the school. Ingrid Solberg said the gift honoured her father, and Solberg cut the ribbon.',
      ),
      ['organization:Ingrid Solberg Foundation', 'person:Ingrid Solberg', 'person:Solberg'],
    );
  });

  it('does not take a regional adjective for a short form', () => {
    assert.deepEqual(marked('The European Union banned the carriers. Airlines bought European jets.'), [
      'organization:European Union',
    ]);
  });
});

describe('engine: brands that are also personal names', () => {
  it('leaves a given name or surname the brand list holds to a person where nothing says company', () => {
    assert.deepEqual(
      marked("Letters to Byron were sold at auction, and Arthur's diaries went to a museum."),
      ['person:Byron', 'person:Arthur'],
    );
  });
});

describe('engine: photo credits and tickers', () => {
  it('reads a photo credit as the agency and the photographer, and no caption label', () => {
    assert.deepEqual(
      marked('FILE PHOTO: Trucks wait at a depot in Gdansk. AGENCE PRESSE/Ilse Varga/File Photo'),
      ['place:Gdansk', 'organization:AGENCE PRESSE', 'person:Ilse Varga'],
    );
  });

  it('marks no part of a ticker and records it on the company', () => {
    const a = analyzer.analyze('Quillon Holdings Inc (QLN.N) said on Monday it would cut jobs.');
    assert.deepEqual(
      a.mentions.map((m) => `${m.type}:${m.text}`),
      ['organization:Quillon Holdings Inc', 'date:Monday'],
    );
    assert.deepEqual(a.entities.find((e) => e.type === 'organization')?.aliases, ['QLN.N']);
  });
});

describe('engine: acronyms from the article first', () => {
  const entityOf = (text: string, mention: string, nth = 0): string | undefined => {
    const a = analyzer.analyze(text);
    const m = a.mentions.filter((x) => x.text === mention)[nth];
    return a.entities.find((e) => e.id === m?.entity)?.name;
  };

  it('makes every later use of a bracketed acronym the organization it expands', () => {
    const text = 'The Kenya Farmers Union (KFU) marched. Later the KFU met, and KFU leaders spoke.';
    assert.equal(entityOf(text, 'KFU', 0), 'Kenya Farmers Union');
    assert.equal(entityOf(text, 'KFU', 2), 'Kenya Farmers Union');
  });

  it("takes the article's expansion over the gazetteer's organization of those letters", () => {
    const text = 'The British Athletics Trust (BAT) met. BAT officials agreed.';
    assert.equal(entityOf(text, 'BAT', 1), 'British Athletics Trust');
  });

  it('does not read a gazetteer acronym that is a word as its organization without support', () => {
    assert.notEqual(
      entityOf('Troops foiled a BAT action near the border.', 'BAT'),
      'British American Tobacco',
    );
    assert.equal(entityOf('Shares of BAT rose.', 'BAT'), 'British American Tobacco');
  });
});

describe("engine: an organization's country", () => {
  const countryOf = (text: string, name: string): string | undefined => {
    const a = analyzer.analyze(text);
    const e = a.entities.find((x) => x.name === name);
    return a.entities.find((x) => x.id === e?.country)?.name;
  };

  it('takes the country named last before a state body, not one named as the other party', () => {
    assert.equal(
      countryOf(
        'LAHORE, May 3 (Reuters) - Pakistan marked the anniversary of the 1965 war with India. The Ministry of Energy said output was high.',
        'Ministry of Energy',
      ),
      'Pakistan',
    );
  });
});

describe("engine: a dateline's agency", () => {
  it('marks the agency in brackets once, whatever its case, and lets the gazetteer name it', () => {
    assert.deepEqual(marked('TALLINN, May 2 (dpa) - Ministers met.'), ['place:TALLINN', 'organization:dpa']);
    assert.deepEqual(marked('NAIROBI, May 2 (KNA) - Ministers met.'), ['place:NAIROBI', 'organization:KNA']);
    const a = analyzer.analyze('NAIROBI, May 2 (AFP) - Ministers met.');
    assert.deepEqual(
      a.entities.filter((e) => e.type === 'organization').map((e) => e.name),
      ['Agence France-Presse'],
    );
  });
});
