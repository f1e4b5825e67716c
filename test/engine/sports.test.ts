// Sports wire: the dated dateline below an all-caps headline, teams named after countries and
// cities, results lines, standings tables, results lists, scorer lists and scorecards. Every
// sentence is written for these tests; clubs, players and results are invented or made up.
import * as assert from 'node:assert/strict';
import { Analyzer } from '../../server/src/engine/pipeline';
import { readArticleMeta } from '../../server/src/engine/document/meta';

const analyzer = new Analyzer();
const marked = (text: string, articleDate?: string): string[] =>
  analyzer
    .analyze(text, articleDate ? { articleDate } : {})
    .mentions.map((m) => `${m.type}:${m.text}${m.value ? '=' + m.value : ''}`);
const only = (text: string, type: string, articleDate?: string): string[] =>
  marked(text, articleDate).filter((m) => m.startsWith(type + ':'));

describe('sports wire: headline and dated dateline', () => {
  const story =
    'RUGBY - WALES EDGE PAST SCOTLAND\n\nCARDIFF 1996-02-17\n\nWales beat Scotland 16-14 on Saturday.';

  it('takes no place from the sport of a headline', () => {
    const { meta, candidates } = readArticleMeta(
      'GOLF - LEADERS AFTER THIRD ROUND\n\nThe leaders were level.',
    );
    assert.equal(meta.dateline, undefined);
    assert.deepEqual(candidates, []);
  });

  it('finds the dateline below the headline, and dates the story by it', () => {
    const { meta } = readArticleMeta(story);
    assert.equal(meta.dateline?.text, 'CARDIFF');
    assert.equal(meta.date, '1996-02-17');
    assert.equal(meta.dateSource, 'dateline');
  });

  it('marks the dateline place, its country and its date; relative dates count from it', () => {
    const text =
      'TENNIS - SEEDS FALL IN ROUND TWO\n\nROTTERDAM, Netherlands 1996-02-15\n\nTwo seeds lost on Wednesday.';
    assert.deepEqual(marked(text), [
      'place:ROTTERDAM',
      'place:Netherlands',
      'date:1996-02-15=1996-02-15',
      'date:Wednesday=1996-02-14',
    ]);
  });

  it('reads a byline between headline and dateline, and a comma split off by tokenizing', () => {
    const text =
      'SOCCER - QATAR HOLD KUWAIT\n\nSami Haddad\n\nDOHA , Qatar 1996-12-05\n\nQatar held Kuwait to a 0-0 draw.';
    const { meta } = readArticleMeta(text);
    assert.equal(meta.dateline?.text, 'DOHA');
    assert.equal(meta.date, '1996-12-05');
  });

  it('reads the byline above the dateline as a person', () => {
    const text = 'SOCCER - QATAR HOLD KUWAIT\n\nSami Haddad\n\nDOHA 1996-12-05\n\nQatar held Kuwait 0-0.';
    assert.ok(marked(text).includes('person:Sami Haddad'));
  });

  it('finds a dated dateline run on after the headline on one line', () => {
    const text =
      'SOCCER - LATE GOAL SINKS BAHRAIN . Omar Said MUSCAT , Oman 1996-12-03 Oman beat Bahrain 1-0 on Tuesday .';
    const { meta } = readArticleMeta(text);
    assert.equal(meta.dateline?.text, 'MUSCAT');
    assert.equal(meta.date, '1996-12-03');
  });

  it('takes no dateline from a word in mixed case before a date', () => {
    const { meta } = readArticleMeta('Mayor opens bridge\n\nUpdated 2024-03-05\n\nThe bridge opened.');
    assert.equal(meta.dateline, undefined);
    assert.equal(
      readArticleMeta('Title\n\nRotterdam, Netherlands 1996-08-29\n\nText.').meta.dateline?.text,
      'Rotterdam',
    );
  });

  it('keeps a header date over the dateline date', () => {
    const { meta } = readArticleMeta('date 1996-02-18\nRUGBY - RESULTS\n\nLONDON 1996-02-17\n\nResults.');
    assert.equal(meta.date, '1996-02-18');
    assert.equal(meta.dateline?.text, 'LONDON');
  });

  it('keeps the dateline a place when the city is a team in the story', () => {
    const text = 'SOCCER - LYON WIN\n\nLYON, France 1996-09-14\n\nLyon beat Nice 2-0 and Lyon stay top.';
    const m = marked(text);
    assert.deepEqual(m.slice(0, 3), ['organization:LYON', 'place:LYON', 'place:France']);
    assert.ok(m.includes('organization:Lyon'), m.join(', '));
  });

  it('finds the dash dateline after a sport headline', () => {
    const { meta } = readArticleMeta('CYCLING - STAGE WIN\n\nLIEGE (Reuters) - The stage ended in rain.');
    assert.equal(meta.dateline?.text, 'LIEGE');
  });
});

describe('sports wire: teams', () => {
  const cases: [string, string[]][] = [
    ['Lyon beat Marseille 2-1 on Sunday.', ['organization:Lyon', 'organization:Marseille']],
    [
      'Porto drew with Benfica, and Benfica stay second. Braga lost 2-0 at Boavista.',
      [
        'organization:Porto',
        'organization:Benfica',
        'organization:Benfica',
        'organization:Braga',
        'organization:Boavista',
      ],
    ],
    ['Nantes won 3-0 at Rennes to go top.', ['organization:Nantes', 'organization:Rennes']],
    [
      'Ajax striker Pim Roeland scored twice as Ajax won 2-0.',
      ['organization:Ajax', 'person:Pim Roeland', 'organization:Ajax'],
    ],
    [
      'Vitesse are at home to Twente on Sunday, a week after a 1-1 draw at Utrecht.',
      ['organization:Vitesse', 'organization:Twente', 'organization:Utrecht'],
    ],
  ];
  for (const [text, expected] of cases) {
    it(text, () =>
      assert.deepEqual(
        marked(text, '1996-09-01').filter((m) => /^(organization|person):/.test(m)),
        expected,
      ),
    );
  }

  it('reads a standings table in capitals, percentages and games behind included', () => {
    const text = 'Standings:\n\nDALLAS 74 58 .561 -\nDENVER 70 63 .526 4 1/2\nPHOENIX 68 66 .507 7';
    assert.deepEqual(only(text, 'organization'), [
      'organization:DALLAS',
      'organization:DENVER',
      'organization:PHOENIX',
    ]);
  });

  it('reads fixtures in a match report', () => {
    const text =
      'Fixtures for Saturday:\nFeyenoord v Vitesse\n\nAjax beat Twente 2-0 and Breda lost 1-0 at Utrecht.';
    assert.deepEqual(only(text, 'organization').slice(0, 2), [
      'organization:Feyenoord',
      'organization:Vitesse',
    ]);
  });

  it('reads a results line with 3-digit scores and a note in brackets', () => {
    assert.deepEqual(only('Results:\nDenver 101 Phoenix 95 (overtime)\nDallas 88 Utah 92', 'organization'), [
      'organization:Denver',
      'organization:Phoenix',
      'organization:Dallas',
      'organization:Utah',
    ]);
  });

  it('reads a team from the words before it in a match report', () => {
    const text =
      'League leaders Hoofddorp won 2-1 at Zwolle. Jan Vos scored for Hoofddorp, and champions Almelo drew.';
    assert.deepEqual(only(text, 'organization'), [
      'organization:Hoofddorp',
      'organization:Zwolle',
      'organization:Hoofddorp',
      'organization:Almelo',
    ]);
  });

  it('reads a plural verb after a name as a team only in a match report', () => {
    const report = 'Heerenveen beat Groningen 2-0. Vitesse were unlucky and Belgium have a new coach.';
    assert.deepEqual(only(report, 'organization').slice(2), ['organization:Vitesse', 'organization:Belgium']);
    const news = 'Belgium have signed the treaty, and the Netherlands are expected to follow.';
    assert.deepEqual(only(news, 'organization'), []);
    assert.deepEqual(only(news, 'place'), ['place:Belgium', 'place:Netherlands']);
  });

  it('reads a results line and a standings table', () => {
    const text =
      'Results on Sunday:\nCortona 2 Ravello 1\nLazio 1 Juventus 2 (halftime 0-1)\n\n' +
      'Standings:\nJuventus 4 3 1 0 9 2 10\nCortona 4 2 1 1 6 5 7\nRavello 4 0 0 4 1 9 0';
    const orgs = only(text, 'organization');
    assert.equal(orgs.length, 7, orgs.join(', '));
    assert.ok(orgs.every((o) => /Cortona|Ravello|Lazio|Juventus/.test(o)));
  });

  it('types the other mentions of a team alike, except where the place is meant', () => {
    const text =
      'Slovenia held Denmark to a 1-1 draw on Sunday. Denmark went ahead early. ' +
      'A draw in Denmark is a good result, said the coach.';
    assert.deepEqual(only(text, 'organization'), [
      'organization:Slovenia',
      'organization:Denmark',
      'organization:Denmark',
    ]);
    assert.deepEqual(only(text, 'place'), ['place:Denmark']);
  });

  it('turns a club taken for a person into the team in a match report', () => {
    const text = 'Heerenveen beat Groningen 2-0. Groningen played well after the break.';
    assert.deepEqual(only(text, 'organization'), [
      'organization:Heerenveen',
      'organization:Groningen',
      'organization:Groningen',
    ]);
  });

  it('keeps a team’s country in brackets after a player a place', () => {
    const text = 'Brazil beat Chile 2-0 and Chile lost again. Top scorers:\n1. Ivo Marek (Brazil) 9';
    assert.deepEqual(only(text, 'place'), ['place:Brazil']);
  });

  it('leaves a city in a news story a place', () => {
    const text = 'The mayor of Lyon said Lyon would build a tram. Marseille declined to comment.';
    assert.deepEqual(only(text, 'place'), ['place:Lyon', 'place:Lyon', 'place:Marseille']);
    assert.deepEqual(only(text, 'organization'), []);
  });

  it('keeps places that host or face each other in a news story places', () => {
    const text = 'Kenya hosts Uganda and Tanzania for trade talks. Uganda faces Rwanda over the border.';
    assert.deepEqual(only(text, 'organization'), []);
    assert.equal(only(text, 'place').length, 5);
  });

  it('keeps no team reading from a result verb alone outside a match report', () => {
    assert.deepEqual(only('Okonkwo beat Adebayo in the primary.', 'organization'), []);
  });

  it('does not take a competition or a vote for a team', () => {
    assert.deepEqual(only('Spain reached the World Cup final with a 2-1 win.', 'organization'), [
      'organization:Spain',
    ]);
    assert.deepEqual(only('The Idaho Senate voted 21-14 on Tuesday.', 'place'), []);
  });
});

describe('sports wire: players', () => {
  it('reads athletes in a results list, and their countries as places', () => {
    const text = 'Men’s 1,500 metres\n1. Faith Korir (Kenya) 3:31.20\n2. Joao Batista (Portugal) 3:32.05';
    assert.deepEqual(
      marked(text).filter((m) => !m.startsWith('date')),
      ['person:Faith Korir', 'place:Kenya', 'person:Joao Batista', 'place:Portugal'],
    );
  });

  it('reads players who beat each other', () => {
    const text = 'Second round:\nIvo Marek (Czech Republic) beat 3 - Lars Holm (Sweden) 6-4 3-6 7-5';
    assert.deepEqual(marked(text), [
      'person:Ivo Marek',
      'place:Czech Republic',
      'person:Lars Holm',
      'place:Sweden',
    ]);
  });

  it('reads scorers in brackets and after "Scorers:", particles included', () => {
    const text =
      'Derby 2 (Kettle 30, van Brakel 88) Leeds 1 (Obi 9 penalty). Halftime 1-1.\n\nScorers: Dugarry 20, Zidane (67).';
    assert.deepEqual(only(text, 'person'), [
      'person:Kettle',
      'person:van Brakel',
      'person:Obi',
      'person:Dugarry',
      'person:Zidane',
    ]);
  });

  it('reads a cricket scorecard', () => {
    const text =
      'Kent first innings\nB. Acheson c Pryce b Muldoon 54\nT. Ravi lbw b Pryce 3\nS. Hale not out 21';
    assert.deepEqual(only(text, 'person'), [
      'person:B. Acheson',
      'person:Pryce',
      'person:Muldoon',
      'person:T. Ravi',
      'person:Pryce',
      'person:S. Hale',
    ]);
  });

  it('keeps tennis players who beat each other people, not teams', () => {
    const text = 'Ivo Marek beat Lars Holm in the final. Marek beat Holm 6-4 6-2 last year too.';
    assert.deepEqual(only(text, 'organization'), []);
  });
});
