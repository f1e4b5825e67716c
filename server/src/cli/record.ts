// The JSON record `newsmark extract` prints for one article. It is a public, documented format
// (docs/cli.md): fields are only ever added, never renamed, and are listed in a fixed order so
// that diffs of two runs stay readable.
import { SOURCES, type Source } from '../engine/model/sources';
import type { Analysis, Dateline, Entity, Mention, MentionType, Problem } from '../engine/model/types';
import type { LineIndex } from '../export/markup';

/** The fields of the format are named here; their types are the engine's. */
export type MentionRecord = Pick<
  Mention,
  'start' | 'end' | 'type' | 'text' | 'value' | 'rangeEnd' | 'resolution' | 'entity' | 'holder'
> & {
  /** 1-based line and column of `start` (UTF-16 units, as VS Code counts). */
  line: number;
  column: number;
  /** The line around the mention, cut to 40 characters either side. */
  context: string;
  /** How it was found: the key, and the sentence the hover shows ("Found in the gazetteer"). */
  source: Source;
  foundAs: string;
};

export type EntityRecord = Pick<
  Entity,
  | 'id'
  | 'type'
  | 'name'
  | 'aliases'
  | 'rank'
  | 'rankInfo'
  | 'title'
  | 'organization'
  | 'parent'
  | 'country'
  | 'holder'
  | 'acronym'
  | 'placeKind'
>;

export interface ArticleRecord {
  file: string;
  articleDate: string | null;
  articleDateSource: string | null;
  dateline: Dateline | null;
  mentions: MentionRecord[];
  entities: EntityRecord[];
  problems: Pick<Problem, 'start' | 'end' | 'severity' | 'code' | 'message'>[];
  /** One of several articles in the file: its place, and where it starts (offsets are the file's). */
  article?: { index: number; count: number; start: number };
}

/**
 * The record of `analysis`, `lines` being those of the file its offsets index, with the mentions
 * and entities of `types` only when given.
 */
export function toRecord(
  file: string,
  analysis: Analysis,
  lines: LineIndex,
  types?: ReadonlySet<MentionType>,
): ArticleRecord {
  const dateline = analysis.meta.dateline;
  const mentions = types ? analysis.mentions.filter((m) => types.has(m.type)) : analysis.mentions;
  const entities = types ? analysis.entities.filter((e) => types.has(e.type)) : analysis.entities;
  return {
    file,
    articleDate: analysis.meta.date ?? null,
    articleDateSource: analysis.meta.dateSource ?? null,
    dateline: dateline
      ? withOptional(
          { start: dateline.start, end: dateline.end, text: dateline.text },
          { agency: dateline.agency },
        )
      : null,
    mentions: mentions.map((m) => mentionRecord(m, lines)),
    entities: entities.map(entityRecord),
    problems: analysis.problems.map((p) => ({
      start: p.start,
      end: p.end,
      severity: p.severity,
      code: p.code,
      message: p.message,
    })),
  };
}

/** Field by field rather than through withOptional: a run over an archive makes millions of these. */
function mentionRecord(m: Mention, lines: LineIndex): MentionRecord {
  const { line, column } = lines.position(m.start);
  const r = { start: m.start, end: m.end, type: m.type, text: m.text } as MentionRecord;
  if (m.value !== undefined) r.value = m.value;
  if (m.rangeEnd !== undefined) r.rangeEnd = m.rangeEnd;
  if (m.resolution !== undefined) r.resolution = m.resolution;
  if (m.entity !== undefined) r.entity = m.entity;
  if (m.holder !== undefined) r.holder = m.holder;
  r.line = line;
  r.column = column;
  r.context = lines.context(m.start, m.end);
  r.source = m.source;
  r.foundAs = SOURCES[m.source].how;
  return r;
}

function entityRecord(e: Entity): EntityRecord {
  return withOptional(
    { id: e.id, type: e.type, name: e.name, aliases: [...e.aliases] },
    {
      rank: e.rank,
      rankInfo: e.rankInfo,
      title: e.title,
      organization: e.organization,
      parent: e.parent,
      country: e.country,
      holder: e.holder,
      acronym: e.acronym,
      placeKind: e.placeKind,
    },
  );
}

/** Appends the optional fields that are set, in the order given, leaving absent ones out. */
function withOptional<T extends object, O extends object>(base: T, optional: O): T & Partial<O> {
  const out: { [key: string]: unknown } = { ...(base as { [key: string]: unknown }) };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) out[key] = value;
  return out as T & Partial<O>;
}
