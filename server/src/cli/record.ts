// The JSON record `newsmark extract` prints for one article. It is a public, documented format
// (docs/cli.md): fields are only ever added, never renamed, and are listed in a fixed order so
// that diffs of two runs stay readable.
import type { Analysis, Dateline, Entity, Mention, Problem } from '../engine/model/types';

/** The fields of the format are named here; their types are the engine's. */
export type MentionRecord = Pick<
  Mention,
  'start' | 'end' | 'type' | 'text' | 'value' | 'rangeEnd' | 'resolution' | 'entity' | 'holder'
>;

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

export function toRecord(file: string, analysis: Analysis): ArticleRecord {
  const dateline = analysis.meta.dateline;
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
    mentions: analysis.mentions.map(mentionRecord),
    entities: analysis.entities.map(entityRecord),
    problems: analysis.problems.map((p) => ({
      start: p.start,
      end: p.end,
      severity: p.severity,
      code: p.code,
      message: p.message,
    })),
  };
}

function mentionRecord(m: Mention): MentionRecord {
  return withOptional(
    { start: m.start, end: m.end, type: m.type, text: m.text },
    { value: m.value, rangeEnd: m.rangeEnd, resolution: m.resolution, entity: m.entity, holder: m.holder },
  );
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
