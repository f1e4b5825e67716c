// Look-ups over one Analysis that the providers and the command line need: entities by id, the
// mention under the cursor, the first mention of each entity. Built once per analysis and kept
// beside it.
import type { Analysis, Entity, Mention } from '../engine/model/types';
import { WINDOW_PROBLEM } from '../protocol';

/** Whether `analysis` covers only a window of its document. */
export function isWindow(analysis: Analysis): boolean {
  return analysis.problems.some((p) => p.code === WINDOW_PROBLEM);
}

export class AnalysisIndex {
  /** Entities by id; built on first use (tokens, asked after every edit, need only `first`). */
  private byId: Map<string, Entity> | undefined;
  /** For each mention index, the entity it belongs to (if any); built on first use. */
  private owner: (Entity | undefined)[] | undefined;
  /** 1 at each mention index that is the first mention of its entity; built on first use. */
  private first: Uint8Array | undefined;
  /** The longest mention's length if mentions are in order of start, undefined if not; null: not yet known. */
  private span: number | undefined | null = null;

  constructor(readonly analysis: Analysis) {}

  private get entities(): Map<string, Entity> {
    if (this.byId === undefined) {
      this.byId = new Map();
      for (const e of this.analysis.entities) this.byId.set(e.id, e);
    }
    return this.byId;
  }

  entity(id: string | undefined): Entity | undefined {
    return id === undefined ? undefined : this.entities.get(id);
  }

  entityOf(mentionIndex: number): Entity | undefined {
    this.owner ??= this.analysis.mentions.map((m) => (m.entity ? this.entities.get(m.entity) : undefined));
    return this.owner[mentionIndex];
  }

  /** The display name of an entity id, or the id itself when the entity is unknown. */
  nameOf(id: string | undefined): string | undefined {
    if (id === undefined) return undefined;
    return this.entities.get(id)?.name ?? id;
  }

  /** True when mention `i` is the first mention of its entity (its "declaration"). */
  isFirstMention(i: number): boolean {
    if (this.first === undefined) {
      // From the entities (a thousand on a large document) rather than from every mention: the
      // first mention of the entity a mention names is that mention.
      const mentions = this.analysis.mentions;
      this.first = new Uint8Array(mentions.length);
      for (const e of this.analysis.entities) {
        const index = e.mentions[0];
        if (e.id && index !== undefined && mentions[index]?.entity === e.id) this.first[index] = 1;
      }
    }
    return this.first[i] === 1;
  }

  /** The innermost mention containing `offset` (a cursor at a mention's end still counts). */
  mentionAt(offset: number): { mention: Mention; index: number } | undefined {
    const mentions = this.analysis.mentions;
    // Mentions come in text order: only those starting between `offset` minus the longest
    // mention and `offset` can contain it, found by binary search (a 10 MB document has ~170k
    // mentions, and a linear scan per hover or reference request showed). Not in order (never
    // seen, but not promised by the engine's types): every mention is looked at.
    let from = 0;
    let to = mentions.length;
    const span = this.sortedSpan();
    if (span !== undefined) {
      from = this.firstStartingAtOrAfter(offset - span);
      to = this.firstStartingAtOrAfter(offset + 1);
    }
    let best: { mention: Mention; index: number } | undefined;
    for (let index = from; index < to; index++) {
      const mention = mentions[index];
      if (mention.start <= offset && offset <= mention.end && mention.end > mention.start) {
        if (!best || mention.end - mention.start < best.mention.end - best.mention.start)
          best = { mention, index };
      }
    }
    return best;
  }

  /** The longest mention's length when mentions are in order of start, else undefined. */
  private sortedSpan(): number | undefined {
    if (this.span === null) {
      const mentions = this.analysis.mentions;
      let longest = 0;
      let sorted = true;
      for (let i = 0; i < mentions.length && sorted; i++) {
        if (i > 0 && mentions[i].start < mentions[i - 1].start) sorted = false;
        longest = Math.max(longest, mentions[i].end - mentions[i].start);
      }
      this.span = sorted ? longest : undefined;
    }
    return this.span;
  }

  /** Index of the first mention (in start order) that starts at or after `offset`. */
  private firstStartingAtOrAfter(offset: number): number {
    const mentions = this.analysis.mentions;
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (mentions[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** People whose organization is `orgId`. */
  peopleOf(orgId: string): Entity[] {
    return this.analysis.entities.filter((e) => e.type === 'person' && e.organization === orgId);
  }
}

/** What dates with the same meaning share (dates have no entity): the value, or "?" and the words when unresolved. */
export function dateKey(m: Mention): string {
  return m.value ?? `?${m.text}`;
}

/** One index per Analysis object, built on first use, so providers share it without recomputing. */
const indexes = new WeakMap<Analysis, AnalysisIndex>();
export function analysisIndex(analysis: Analysis): AnalysisIndex {
  let index = indexes.get(analysis);
  if (!index) {
    index = new AnalysisIndex(analysis);
    indexes.set(analysis, index);
  }
  return index;
}
