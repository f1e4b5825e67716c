// Cut rules for demonyms: one at the start of a run is a nationality of its own unless it begins
// one organization's name ("Turkish Aerospace Industries", "British Red Cross"). A demonym may be
// several words ("Sri Lankan", "South African").
import { derive } from '../../../data/derived';
import { longestPhrase } from '../../../text/phrases';
import { blockQuestion, type BlockContext } from '../../context';
import { orgShaped, pieceKey } from '../pieces';
import { nationality, type CutRule } from './rule';

const DEMONYM_END = blockQuestion('where the longest demonym starting at a token ends', (ctx, i: number) => {
  const m = longestPhrase(ctx.text, ctx.tokenized.tokens, i, derive(ctx.lexicon).demonyms);
  return m ? m.last : i;
});

/** End (token index, exclusive) of the longest demonym starting at token `i`, or `i`. */
function demonymEnd(ctx: BlockContext, i: number): number {
  return ctx.memo(DEMONYM_END, i, i);
}

export const demonymBeforeName: CutRule = {
  id: 'demonym-before-name',
  why:
    'Cut a demonym off a name that is not one organization’s name ("Russian Vladimir Putin"), or that ' +
    'starts with its own head ("Greek Ministry of Culture").',
  examples: [['Ugandan Grace Achieng spoke first.', 'Grace Achieng', 'person']],
  cut: (ctx, first, last) => {
    const { tokens } = ctx.tokenized;
    const lex = ctx.lexicon;
    const end = demonymEnd(ctx, first);
    if (end === first || last <= end) return undefined;
    const headFirstRest = tokens.slice(end, last).some((t) => t.text === 'of' || t.text === 'for');
    return (!orgShaped(ctx, { first, last }) &&
      !lex.organizations.get(pieceKey(ctx, { first: end, last }))) ||
      headFirstRest
      ? nationality(end)
      : undefined;
  },
};

export const loneDemonym: CutRule = {
  id: 'lone-demonym',
  why: 'A demonym alone is a nationality ("Kazakh cadets", "Sri Lankan troops").',
  examples: [
    ['Kenyan farmers protested.', 'Kenyan', 'nationality'],
    ['Sri Lankan fishermen were freed.', 'Sri Lankan', 'nationality'],
  ],
  cut: (ctx, first, last) => (demonymEnd(ctx, first) === last ? nationality(last) : undefined),
};
