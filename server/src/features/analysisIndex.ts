// Look-ups over one Analysis that several providers need: entities by id, the mention under the
// cursor, and plain-English names for the types. Built once per analysis and kept beside it.
import type { Analysis, Entity, Mention, MentionType } from '../engine/types';

export const TYPE_LABELS: Record<MentionType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  date: 'Date',
  rank: 'Rank',
  title: 'Title',
  nationality: 'Nationality',
};

export class AnalysisIndex {
  private readonly entities = new Map<string, Entity>();
  /** For each mention index, the entity it belongs to (if any). */
  private readonly owner: (Entity | undefined)[];

  constructor(readonly analysis: Analysis) {
    for (const e of analysis.entities) this.entities.set(e.id, e);
    this.owner = analysis.mentions.map((m) => (m.entity ? this.entities.get(m.entity) : undefined));
  }

  entity(id: string | undefined): Entity | undefined {
    return id === undefined ? undefined : this.entities.get(id);
  }

  entityOf(mentionIndex: number): Entity | undefined {
    return this.owner[mentionIndex];
  }

  /** The display name of an entity id, or the id itself when the entity is unknown. */
  nameOf(id: string | undefined): string | undefined {
    if (id === undefined) return undefined;
    return this.entities.get(id)?.name ?? id;
  }

  /** True when mention `i` is the first mention of its entity (its "declaration"). */
  isFirstMention(i: number): boolean {
    const e = this.owner[i];
    return e !== undefined && e.mentions[0] === i;
  }

  /** The innermost mention containing `offset` (a cursor at a mention's end still counts). */
  mentionAt(offset: number): { mention: Mention; index: number } | undefined {
    let best: { mention: Mention; index: number } | undefined;
    this.analysis.mentions.forEach((mention, index) => {
      if (mention.start <= offset && offset <= mention.end && mention.end > mention.start) {
        if (!best || mention.end - mention.start < best.mention.end - best.mention.start)
          best = { mention, index };
      }
    });
    return best;
  }

  /** People whose organization is `orgId`. */
  peopleOf(orgId: string): Entity[] {
    return this.analysis.entities.filter((e) => e.type === 'person' && e.organization === orgId);
  }
}

/** Caches one index per Analysis object, so providers share it without recomputing. */
const indexes = new WeakMap<Analysis, AnalysisIndex>();
export function indexOf(analysis: Analysis): AnalysisIndex {
  let index = indexes.get(analysis);
  if (!index) {
    index = new AnalysisIndex(analysis);
    indexes.set(analysis, index);
  }
  return index;
}
