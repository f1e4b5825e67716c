// What a name rule is: one piece of evidence that a piece of a name run (names/cuts) is a person,
// organization, place or nationality, or that it is none of them. NAME_RULES (index.ts) asks the
// rules in order and the first verdict decides, so a rule's place in the list is its precedence.
import { PRIORITY, candidate, type Candidate } from '../../../model/candidate';
import type { MentionType } from '../../../model/types';
import type { Source } from '../../../model/sources';
import type { BlockContext } from '../../context';
import type { Piece } from '../pieces';
import type { NamePiece } from './namePiece';

/** The verdict that the piece is none of the types we mark: no later rule is asked. */
export const NOT_A_NAME = 'not a name';

/** The verdict that a shorter piece is the name: that one is classified instead, from the first rule. */
export class ClassifyInstead {
  constructor(readonly piece: Piece) {}
}

/** A candidate over the piece, NOT_A_NAME, ClassifyInstead, or undefined to leave it to the next rule. */
export type NameVerdict = Candidate | typeof NOT_A_NAME | ClassifyInstead | undefined;

/**
 * A sentence on which the rule decides, the span it decides in it, and how the engine marks that
 * span in the end ('none': not at all). test/engine/rules.test.ts runs every example.
 */
export type RuleExample = readonly [sentence: string, span: string, marked: MentionType | 'none'];

export interface NameRule {
  /** Unique; names the rule in traces and test messages. */
  readonly id: string;
  /** The source of the candidates it makes (the hover's "found by" line); none for a rule that only rules pieces out. */
  readonly source?: Source;
  readonly examples: readonly RuleExample[];
  classify(piece: NamePiece, ctx: BlockContext): NameVerdict;
}

/**
 * A candidate over the whole piece, keyed by its text as written: what rules that read a name's
 * shape or context make (gazetteer rules key theirs by the entry's canonical name instead).
 * `weak` for a guess linking may overrule (see Candidate.weak).
 */
export function pieceCandidate(p: NamePiece, type: MentionType, source: Source, weak?: true): Candidate {
  return candidate({ start: p.start, end: p.end, type, source, priority: PRIORITY.name, key: p.text, weak });
}
