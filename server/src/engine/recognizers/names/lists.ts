// Rules over the names of a block side by side, after each piece is classified: a name takes the
// type of its neighbours in a list, and a bracketed acronym the type of the name it abbreviates.
import type { Candidate } from '../../model/candidate';
import type { Source } from '../../model/sources';
import type { RuleExample } from './rules/rule';

export interface ListRule {
  /** Unique; names the rule in test messages. */
  readonly id: string;
  /** The source of the candidates it retypes (the hover's "found by" line). */
  readonly source: Source;
  /** As a name rule's: test/engine/rules.test.ts runs every example. */
  readonly examples: readonly RuleExample[];
  /** Retypes candidates of `found` (the block's names) in place; sorts `found` by start. */
  retype(text: string, found: Candidate[]): void;
}

/**
 * Names in one list are of one kind: "General Motors (GM) and Chrysler", "Ubisoft, Microsoft and
 * Sony", "Quetta/Chaman". A name typed by default takes the type of a neighbour in its list that has evidence.
 */
function typeByCoordination(text: string, found: Candidate[]): void {
  found.sort((a, b) => a.start - b.start);
  const joins = (a: Candidate, b: Candidate): boolean =>
    /^(?:\s*\([^()]{1,12}\))?\s*(?:,|,?\s+(?:and|or|&))\s*$|^\/$/.test(text.slice(a.end, b.start));
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < found.length; i++) {
      const c = found[i];
      // A known surname alone is as weak a reading: "Ostrander and Banque Morel advised …".
      if (!c.weak || (c.source !== 'names:default' && c.source !== 'names:known-surname')) continue;
      // "US and European markets": an adjective in a list is no name.
      if (/(?:ean|ian|ese|ish|ic|al)$/.test(text.slice(c.start, c.end))) continue;
      const prev = found[i - 1];
      const next = found[i + 1];
      const model =
        prev && !prev.weak && joins(prev, c) ? prev : next && !next.weak && joins(c, next) ? next : undefined;
      if (model && (model.type === 'organization' || model.type === 'person' || model.type === 'place')) {
        found[i] = { ...c, type: model.type, weak: false, source: 'names:coordination' };
      }
    }
  }
}

/**
 * "Kennedy Space Center (KSC)": a bracketed acronym right after the name it abbreviates is that
 * name — same type, same entity — whatever the acronym alone would have been taken for.
 */
function typeAcronymsByExpansion(text: string, found: Candidate[]): void {
  found.sort((a, b) => a.start - b.start);
  for (let i = 1; i < found.length; i++) {
    const c = found[i];
    const name = found[i - 1];
    const acronym = text.slice(c.start, c.end);
    if (!/^\p{Lu}[\p{Lu}&.-]{1,9}$/u.test(acronym) || !/^\s*\(\s*$/.test(text.slice(name.end, c.start)))
      continue;
    const initials = (text.slice(name.start, name.end).match(/\p{Lu}/gu) ?? []).join('');
    // The article's own expansion wins over what the acronym alone was taken for, a gazetteer's
    // other organization of those letters included ("Bangladesh Nationalist Party (BNP)").
    if (
      initials !== acronym.replace(/[^\p{Lu}]/gu, '') ||
      (name.type === c.type && !c.weak && c.key === name.key)
    )
      continue;
    found[i] = {
      ...c,
      type: name.type,
      key: name.key,
      country: name.country,
      weak: false,
      source: 'names:acronym-of',
    };
  }
}

export const LIST_RULES: readonly ListRule[] = [
  {
    id: 'coordination',
    source: 'names:coordination',
    examples: [
      ['Zorvex Ltd and Quvaro signed the deal.', 'Quvaro', 'organization'],
      ['Buses between Quetta/Chaman ran again.', 'Chaman', 'place'],
    ],
    retype: typeByCoordination,
  },
  {
    id: 'acronym-of',
    source: 'names:acronym-of',
    examples: [['The Kenya Wildlife Service (KWS) closed the park.', 'KWS', 'organization']],
    retype: typeAcronymsByExpansion,
  },
];
