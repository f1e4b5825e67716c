// What the workspace index keeps of one article: for each person, organization, place and date,
// a key that holds across articles and the ranges of its mentions. Never the Analysis itself: a
// folder of 10,000 articles keeps only these postings (a few hundred bytes per entity).
// The key comes from the article's own linking: an entity's name is the fullest form the article
// gives it, so a bare "Zhaksylykov" linked to "Ruslan Zhaksylykov" in its article is keyed by the
// full name, and meets the full name of every other article.
import type { Analysis, Entity, Mention } from '../engine/model/types';
import { normalizeKey } from '../engine/text/keys';

/** The entity types that have keys across articles (ranks and titles are per-article: "R-1"). */
export const INDEXED_TYPES = ['person', 'organization', 'place', 'date'] as const;
export type IndexedType = (typeof INDEXED_TYPES)[number];

const INDEXED = new Set<string>(INDEXED_TYPES);

/** A cross-article key: the type, then the normalized name ("person:ruslan zhaksylykov") or date value. */
export function entityKey(type: IndexedType, name: string): string {
  return `${type}:${normalizeKey(name)}`;
}

/** The name part of a key ("ruslan zhaksylykov" of "person:ruslan zhaksylykov"). */
export function keyName(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

/** Letters without their accents, dotless i as i: how two spellings of one name are compared. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();
}

/** The type a key was made for. */
export function keyType(key: string): IndexedType {
  return key.slice(0, key.indexOf(':')) as IndexedType;
}

/** A position as LSP counts it: line, then UTF-16 character. */
export interface LineChar {
  line: number;
  character: number;
}

/** One entity of one article, as the index keeps it. */
export interface EntityPosting {
  key: string;
  /** The name as this article writes it in full. */
  name: string;
  /** The mentions' ranges, flat: start line, start character, end line, end character, per mention. */
  ranges: number[];
  /** Which mention (index into the ranges, in fours) writes the name in full: the definition. */
  full: number;
  /** People: rank (normalised name) and its NATO code, office and organization, as this article gives them. */
  rank?: string;
  rankCode?: string;
  title?: string;
  organization?: string;
}

/** What the index keeps of one article. */
export interface ArticleSummary {
  /** The article's publication date (YYYY-MM-DD), when it has one. */
  date?: string;
  entities: EntityPosting[];
}

/** The number of mentions a posting holds. */
export function mentionCount(p: EntityPosting): number {
  return p.ranges.length / 4;
}

/** The range of mention `i` of a posting. */
export function rangeAt(p: EntityPosting, i: number): { start: LineChar; end: LineChar } {
  const r = p.ranges;
  return {
    start: { line: r[4 * i], character: r[4 * i + 1] },
    end: { line: r[4 * i + 2], character: r[4 * i + 3] },
  };
}

/** The key of a mention's thing: its entity's (a date's value for a date); undefined for what has none. */
export function mentionKey(mention: Mention, entity: Entity | undefined): string | undefined {
  if (mention.type === 'date')
    return mention.value === undefined ? undefined : entityKey('date', mention.value);
  if (!entity || !INDEXED.has(entity.type)) return undefined;
  return entityKey(entity.type as IndexedType, entity.name);
}

/**
 * The article's postings. `positionAt` turns an offset of the analysed text into a line and
 * character (a TextDocument's, or one built over the file's text).
 */
export function summarize(analysis: Analysis, positionAt: (offset: number) => LineChar): ArticleSummary {
  const byId = new Map<string, Entity>();
  for (const e of analysis.entities) byId.set(e.id, e);
  const postings = new Map<string, EntityPosting>();
  for (const m of analysis.mentions) {
    const entity = m.entity === undefined ? undefined : byId.get(m.entity);
    const key = mentionKey(m, entity);
    if (key === undefined) continue;
    let p = postings.get(key);
    if (!p) {
      p = newPosting(key, m, entity, byId);
      postings.set(key, p);
    }
    const start = positionAt(m.start);
    const end = positionAt(m.end);
    if (p.full < 0 && normalizeKey(m.text) === key.slice(key.indexOf(':') + 1)) p.full = mentionCount(p);
    p.ranges.push(start.line, start.character, end.line, end.character);
  }
  const entities = [...postings.values()];
  for (const p of entities) if (p.full < 0) p.full = 0;
  return analysis.meta.date === undefined ? { entities } : { date: analysis.meta.date, entities };
}

function newPosting(
  key: string,
  m: Mention,
  entity: Entity | undefined,
  byId: Map<string, Entity>,
): EntityPosting {
  const p: EntityPosting = {
    key,
    name: m.type === 'date' ? (m.value ?? m.text) : (entity?.name ?? m.text),
    ranges: [],
    full: -1,
  };
  if (entity?.type !== 'person') return p;
  if (entity.rank !== undefined) p.rank = entity.rank;
  if (entity.rankInfo?.nato !== undefined) p.rankCode = entity.rankInfo.nato;
  if (entity.title !== undefined) p.title = entity.title;
  const org = entity.organization === undefined ? undefined : byId.get(entity.organization);
  if (org) p.organization = org.name;
  return p;
}
