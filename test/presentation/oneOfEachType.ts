// A hand-made analysis with one entity of every type, linked as the engine links them (a person
// with rank, office, organization and country; a country whose country is itself), for the tests
// of what the hover, the Outline and `newsmark show` say about each type.
import type { Analysis, Entity, Mention, MentionType, RankInfo } from '../../server/src/engine/model/types';

export const TEXT =
  'date 2023-11-08\n\nColonel Olzhas Khusainov, head of the Ministry of Defense of Kazakhstan, ' +
  'met Kazakh officers in Astana on 2023-11-07.\n';

const COLONEL: RankInfo = {
  name: 'Colonel',
  branch: 'army',
  tradition: 'Soviet-style',
  nato: 'OF-5',
  natoBasis: 'comparable',
  source: 'a rank table',
  country: 'Kazakhstan',
  countryFrom: 'text',
};

/** Mentions in text order: [type, text, entity id]. */
const MENTIONS: [MentionType, string, string | undefined][] = [
  ['rank', 'Colonel', 'R-1'],
  ['person', 'Olzhas Khusainov', 'P-1'],
  ['title', 'head', 'T-1'],
  ['organization', 'Ministry of Defense', 'O-1'],
  ['place', 'Kazakhstan', 'L-1'],
  ['nationality', 'Kazakh', 'N-1'],
  ['place', 'Astana', 'L-2'],
  ['date', '2023-11-07', undefined],
];

export function oneOfEachType(): Analysis {
  let from = TEXT.indexOf('\n\n');
  const mentions: Mention[] = MENTIONS.map(([type, text, entity]) => {
    const start = TEXT.indexOf(text, from);
    from = start + text.length;
    const m: Mention = { start, end: start + text.length, type, text, source: 'names', entity };
    if (type === 'date') Object.assign(m, { value: text, resolution: 'explicit' });
    return m;
  });
  const at = (id: string): number[] => [mentions.findIndex((m) => m.entity === id)];
  const entities: Entity[] = [
    {
      id: 'R-1',
      type: 'rank',
      name: 'Colonel',
      aliases: [],
      mentions: at('R-1'),
      rankInfo: COLONEL,
      holder: 'P-1',
    },
    {
      id: 'P-1',
      type: 'person',
      name: 'Olzhas Khusainov',
      aliases: ['Khusainov'],
      mentions: at('P-1'),
      rank: 'Colonel',
      rankInfo: COLONEL,
      title: 'head',
      organization: 'O-1',
      country: 'L-1',
    },
    {
      id: 'T-1',
      type: 'title',
      name: 'head',
      aliases: [],
      mentions: at('T-1'),
      organization: 'O-1',
      holder: 'P-1',
    },
    {
      id: 'O-1',
      type: 'organization',
      name: 'Ministry of Defense',
      aliases: ['MoD'],
      mentions: at('O-1'),
      acronym: 'MoD',
      country: 'L-1',
    },
    {
      id: 'L-1',
      type: 'place',
      name: 'Kazakhstan',
      aliases: [],
      mentions: at('L-1'),
      placeKind: 'country',
      country: 'L-1',
    },
    { id: 'N-1', type: 'nationality', name: 'Kazakh', aliases: [], mentions: at('N-1'), country: 'L-1' },
    {
      id: 'L-2',
      type: 'place',
      name: 'Astana',
      aliases: [],
      mentions: at('L-2'),
      placeKind: 'city',
      country: 'L-1',
    },
  ];
  return {
    length: TEXT.length,
    meta: { date: '2023-11-08', dateSource: 'header', dateSpan: { start: 5, end: 15 } },
    mentions,
    entities,
    problems: [],
  };
}
