// What a cut rule is: one reason a name run is not one name where it stands. CUT_RULES (index.ts)
// asks the rules in order about a stretch of tokens; the first that cuts decides, and the parts it
// leaves are cut again from the first rule, each on its own.
import type { BlockContext } from '../../context';
import type { RuleExample } from '../rules/rule';

/** What a cut rule does with the stretch [first, last) of a run. */
export type Cut =
  /** Drops tokens at its edges; the next rule goes on with [first, last). */
  | { readonly kind: 'narrow'; readonly first: number; readonly last: number }
  /** It is one name: no later rule cuts it. */
  | { readonly kind: 'whole' }
  /** [first, leftEnd) and [rightStart, last) are cut again; tokens between them belong to neither. */
  | { readonly kind: 'split'; readonly leftEnd: number; readonly rightStart: number }
  /** [first, last) is a nationality of its own ("Kenyan", "Sri Lankan"); the rest is cut again. */
  | { readonly kind: 'nationality'; readonly last: number };

export const WHOLE: Cut = { kind: 'whole' };

export function narrow(first: number, last: number): Cut {
  return { kind: 'narrow', first, last };
}

export function nationality(last: number): Cut {
  return { kind: 'nationality', last };
}

export function split(leftEnd: number, rightStart: number): Cut {
  return { kind: 'split', leftEnd, rightStart };
}

export interface CutRule {
  /** Unique; names the rule in traces and test messages. */
  readonly id: string;
  /** Where it cuts and why, in one line. */
  readonly why: string;
  /**
   * A sentence in which the rule cuts, a name the cut leaves, and how the engine marks that name.
   * test/engine/rules.test.ts runs every example.
   */
  readonly examples: readonly RuleExample[];
  cut(ctx: BlockContext, first: number, last: number): Cut | undefined;
}
