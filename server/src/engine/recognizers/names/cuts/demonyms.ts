// Cut rules for demonyms: one at the start of a run is a nationality of its own unless it begins
// one organization's name ("Turkish Aerospace Industries", "British Red Cross").
import { orgShaped, pieceKey } from '../pieces';
import { NATIONALITY, type CutRule } from './rule';

export const demonymBeforeName: CutRule = {
  id: 'demonym-before-name',
  why:
    'Cut a demonym off a name that is not one organization’s name ("Russian Vladimir Putin"), or that ' +
    'starts with its own head ("Greek Ministry of Culture").',
  examples: [['Ugandan Grace Achieng spoke first.', 'Grace Achieng', 'person']],
  cut: (ctx, first, last) => {
    const { tokens } = ctx.tokenized;
    const lex = ctx.lexicon;
    if (!lex.demonyms.has(tokens[first].key) || last - first <= 1) return undefined;
    const headFirstRest = tokens.slice(first + 1, last).some((t) => t.text === 'of' || t.text === 'for');
    return (!orgShaped(ctx, { first, last }) &&
      !lex.organizations.get(pieceKey(ctx, { first: first + 1, last }))) ||
      headFirstRest
      ? NATIONALITY
      : undefined;
  },
};

export const loneDemonym: CutRule = {
  id: 'lone-demonym',
  why: 'A demonym alone is a nationality ("Kazakh cadets").',
  examples: [['Kenyan farmers protested.', 'Kenyan', 'nationality']],
  cut: (ctx, first, last) =>
    last - first === 1 && ctx.lexicon.demonyms.has(ctx.tokenized.tokens[first].key) ? NATIONALITY : undefined,
};
