// What every relation pass reads: the document's mentions and entities as linking left them, and
// the few questions the passes ask about them. Every relation joins mentions a few words apart.
import type { Entity, Mention } from '../../model/types';
import type { Lexicon } from '../../data/lexicon';
import type { Linked } from '../linking';
import type { RelationRuleId } from './rules';

export class RelationDocument {
  readonly mentions: Mention[];
  /** normalizeKey of each mention's text, computed once by linking. */
  readonly keys: readonly string[];
  readonly byId: Map<string, Entity>;

  constructor(
    readonly text: string,
    private readonly linked: Linked,
    readonly lexicon: Lexicon,
    /** Told each time a rule concludes something (the rule tests listen; the pipeline does not). */
    readonly fired: (rule: RelationRuleId) => void,
  ) {
    this.mentions = linked.mentions;
    this.keys = linked.mentionKeys;
    this.byId = linked.byId;
  }

  /** Every entity; the passes add the rank and title entities to it. */
  get entities(): Entity[] {
    return this.linked.entities;
  }

  entityOf(m: Mention | undefined): Entity | undefined {
    return m?.entity ? this.byId.get(m.entity) : undefined;
  }

  /**
   * The text between two mentions. Every relation pattern joins mentions a few words apart;
   * longer gaps are never sliced out (on a large document most neighbours are sentences apart).
   */
  gap(a: Mention, b: Mention): string {
    return b.start - a.end > 40 ? '\u0000' : this.text.slice(a.end, b.start);
  }

  /** A nationality, or a place that is a country. */
  isCountry(m: Mention | undefined): boolean {
    return (
      m !== undefined &&
      (m.type === 'nationality' || (m.type === 'place' && this.entityOf(m)?.placeKind === 'country'))
    );
  }

  /** The country entity of a mention isCountry accepts. */
  countryId(m: Mention): string | undefined {
    return m.type === 'nationality' ? m.entity : this.entityOf(m)?.id;
  }
}
