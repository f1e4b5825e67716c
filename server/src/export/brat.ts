// brat standoff: the article as `.txt`, unchanged, and its annotations as `.ann`. T lines for the
// mentions, A lines for how a date was read and what kind of place a place is, N lines for
// values (a date's TimeML value, a country's Wikidata item), R lines from a person to their rank,
// title and organization. brat counts offsets in code points (Python's str), not UTF-16 units;
// a mention over a line break is written as one fragment per line, as brat requires.
// `annotation.conf` declares the types, so brat opens the folder as it is.
import type { Entity, Mention, MentionType } from '../engine/model/types';
import { wikidataOfCountry } from './countryWikidata';
import { codePointOffsets } from './markup';
import type { ExportInput, ExportResult } from './types';

const LABELS: Record<MentionType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  date: 'Date',
  rank: 'Rank',
  title: 'Title',
  nationality: 'Nationality',
};

const PLACE_KINDS = ['country', 'city', 'region', 'site', 'continent'];
const RESOLUTIONS = ['explicit', 'article-year', 'tense-shifted', 'relative', 'unresolved'];

/** The configuration brat needs to show the annotations: every type, relation and attribute used. */
export const BRAT_ANNOTATION_CONF = `[entities]
${Object.values(LABELS).join('\n')}

[relations]
HasRank\tArg1:Person, Arg2:Rank
HasTitle\tArg1:Person, Arg2:Title
MemberOf\tArg1:Person, Arg2:Organization
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Resolution\tArg:Date, Value:${RESOLUTIONS.join('|')}
PlaceKind\tArg:Place, Value:${PLACE_KINDS.join('|')}
`;

export function toBrat({ text, analysis }: ExportInput): ExportResult {
  const cp = codePointOffsets(text);
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const lines: string[] = [];
  /** The T id of each mention, by its index in analysis.mentions. */
  const tOf = new Map<number, string>();
  /** The first mention of each entity, the one a relation starts or ends at. */
  const firstOf = new Map<string, string>();
  let attributes = 0;
  let notes = 0;
  analysis.mentions.forEach((m, i) => {
    const id = `T${tOf.size + 1}`;
    tOf.set(i, id);
    if (m.entity !== undefined && !firstOf.has(m.entity)) firstOf.set(m.entity, id);
    lines.push(`${id}\t${LABELS[m.type]} ${fragments(text, m, cp)}\t${m.text.replace(/[\r\n]+/g, ' ')}`);
    const entity = m.entity === undefined ? undefined : entities.get(m.entity);
    if (m.type === 'date') {
      if (m.resolution !== undefined) lines.push(`A${++attributes}\tResolution ${id} ${m.resolution}`);
      if (m.value !== undefined) lines.push(`N${++notes}\tReference ${id} TIMEX3:${m.value}\t${m.text}`);
    }
    if (m.type === 'place' && entity?.placeKind !== undefined && PLACE_KINDS.includes(entity.placeKind))
      lines.push(`A${++attributes}\tPlaceKind ${id} ${entity.placeKind}`);
    const qid = entity === undefined ? undefined : countryItem(entity);
    if (qid !== undefined) lines.push(`N${++notes}\tReference ${id} Wikidata:${qid}\t${entity?.name}`);
  });
  // Relations join mentions: the holder's first mention to each rank or title mention, and to
  // the first mention of the organization they serve.
  let relations = 0;
  analysis.mentions.forEach((m, i) => {
    if ((m.type !== 'rank' && m.type !== 'title') || m.holder === undefined) return;
    const holder = firstOf.get(m.holder);
    if (holder !== undefined)
      lines.push(
        `R${++relations}\t${m.type === 'rank' ? 'HasRank' : 'HasTitle'} Arg1:${holder} Arg2:${tOf.get(i)}`,
      );
  });
  for (const e of analysis.entities) {
    if (e.type !== 'person' || e.organization === undefined) continue;
    const person = firstOf.get(e.id);
    const organization = firstOf.get(e.organization);
    if (person !== undefined && organization !== undefined)
      lines.push(`R${++relations}\tMemberOf Arg1:${person} Arg2:${organization}`);
  }
  return {
    files: [
      { suffix: '.txt', content: text },
      { suffix: '.ann', content: lines.length > 0 ? `${lines.join('\n')}\n` : '' },
    ],
    warnings: [],
  };
}

/** "start end", or "s1 e1;s2 e2" for a mention over line breaks, in code points. */
function fragments(text: string, m: Mention, cp: Uint32Array): string {
  const parts: string[] = [];
  const line = /[^\r\n]+/g;
  const inside = text.slice(m.start, m.end);
  for (let f = line.exec(inside); f !== null; f = line.exec(inside))
    parts.push(`${cp[m.start + f.index]} ${cp[m.start + f.index + f[0].length]}`);
  return parts.join(';');
}

function countryItem(entity: Entity): string | undefined {
  return entity.type === 'place' && entity.placeKind === 'country'
    ? wikidataOfCountry(entity.name)
    : undefined;
}
