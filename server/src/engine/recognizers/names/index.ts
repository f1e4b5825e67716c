// Name recognizer: finds capitalised runs (runs.ts), cuts them where one name ends and the next
// begins (CUT_RULES, cuts/), classifies each piece as a person, organization, place or nationality
// by the first of NAME_RULES (rules/) with a verdict, then lets names side by side type each other
// (LIST_RULES, lists.ts). Precedence is written down in README.md.
import { PRIORITY, candidate, type Candidate } from '../../model/candidate';
import { findRuns } from './runs';
import { cutIntoNames, type CutRuleObserver } from './cuts';
import { pieceKey, type Piece } from './pieces';
import { classifyPiece, type NameRuleObserver } from './rules';
import { LIST_RULES } from './lists';
import { coveredTokens, type BlockContext, type Recognizer } from '../context';

/**
 * The names of a block: its runs cut into pieces, each piece classified by NAME_RULES, then the
 * types lists and acronyms give. `observe` is told which rule cut each stretch of a run and
 * which decided each piece.
 */
export function findNames(
  ctx: BlockContext,
  found: readonly Candidate[],
  observe?: { cut?: CutRuleObserver; name?: NameRuleObserver },
): Candidate[] {
  const { tokens } = ctx.tokenized;
  const blocked = coveredTokens(tokens, found);
  const pieces: Piece[] = [];
  const nationalities: Piece[] = [];
  for (const run of findRuns(tokens, blocked, ctx.lexicon))
    cutIntoNames(ctx, run.first, run.last, pieces, nationalities, observe?.cut);
  const cues = new Map<number, Candidate>();
  for (const c of found) if (c.type === 'rank' || c.type === 'title') cues.set(c.end, c);
  const out: Candidate[] = [];
  for (const p of pieces) {
    const c = classifyPiece(ctx, p, cues, observe?.name);
    if (c) out.push(c);
  }
  for (const rule of LIST_RULES) rule.retype(ctx.text, out);
  for (const p of nationalities) {
    out.push(
      candidate({
        start: tokens[p.first].start,
        end: tokens[p.last - 1].end,
        type: 'nationality',
        source: 'names',
        priority: PRIORITY.nationality,
        key: ctx.lexicon.demonyms.get(pieceKey(ctx, p))?.name,
      }),
    );
  }
  return out;
}

export const recognizeNames: Recognizer = (ctx, found) => findNames(ctx, found);
