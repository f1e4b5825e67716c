// Names in a sports report are kept whole where its words say what they are: a team's before its
// score, a result or a player's role ("Paris St Germain won 3-0", "Aston Villa striker …"), which
// the place and person cuts would otherwise split ("Paris" + "St Germain"); a team's at the start
// of a results line or a table row, even when it is a common word there ("Sporting 2 Maritimo 1");
// a player's, initial included, in a results list or a scorecard ("(A. Hartley 131)").
import type { BlockContext } from '../../context';
import {
  athlete,
  matchAdjacent,
  resultsLineTeam,
  roleAfter,
  scorecardPlayer,
  scorer,
  standingsTeam,
} from '../teams';
import { WHOLE, type CutRule } from './rule';

/** Tokens [first, last) are at most `most` capitalised words. */
function capitalisedWords(ctx: BlockContext, first: number, last: number, most: number): boolean {
  if (last - first > most) return false;
  const { tokens } = ctx.tokenized;
  for (let i = first; i < last; i++) if (tokens[i].kind !== 'word' || !tokens[i].upper) return false;
  return true;
}

export const resultsName: CutRule = {
  id: 'results-name',
  why: 'Keep a name whole in a results line, a table, a results list or a scorecard ("Sporting 2 Maritimo 1", "(A. Hartley 131)").',
  examples: [
    ['Results:\nSporting 2 Maritimo 1\nBraga 0 Leca 0', 'Sporting', 'organization'],
    ['Kent 301 (A. Hartley 131, D. Lumb 77); Essex 199', 'A. Hartley', 'person'],
  ],
  cut: (ctx, first, last) => {
    if (last - first > 6) return undefined;
    if (
      capitalisedWords(ctx, first, last, 4) &&
      (resultsLineTeam(ctx, first, last) || standingsTeam(ctx, first, last))
    )
      return WHOLE;
    return scorer(ctx, first, last) || scorecardPlayer(ctx, first) || athlete(ctx, first, last)
      ? WHOLE
      : undefined;
  },
};

export const teamName: CutRule = {
  id: 'team-name',
  why: 'Keep a team’s name whole before its score, a result or a player’s role ("Paris St Germain won 3-0").',
  examples: [['Paris St Germain won 3-0 at Lorient.', 'Paris St Germain', 'organization']],
  cut: (ctx, first, last) => {
    const { tokens } = ctx.tokenized;
    return last - first > 1 &&
      capitalisedWords(ctx, first, last, 4) &&
      (matchAdjacent(tokens, first, last, ctx.lexicon) || roleAfter(tokens, last, ctx.lexicon))
      ? WHOLE
      : undefined;
  },
};
