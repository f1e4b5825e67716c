// Cut rules about known names and places: a name the gazetteers know is kept whole, and a place
// before a person's name or an office word is a name of its own.
import { orgShaped, pieceKey } from '../pieces';
import { isSurnameKey } from '../people';
import { placeByKey } from '../places';
import { isOffice } from '../../titles';
import { PLACE_PREPOSITIONS } from '../../../text/grammarWords';
import { knownPhraseEnd } from './knownNames';
import { WHOLE, split, type CutRule } from './rule';

export const knownName: CutRule = {
  id: 'known-name',
  why: 'Do not cut a name the gazetteers know whole ("Bank of America", "Trinidad and Tobago").',
  examples: [['Talks in Bosnia and Herzegovina resumed.', 'Bosnia and Herzegovina', 'place']],
  cut: (ctx, first, last) => {
    const key = pieceKey(ctx, { first, last });
    return ctx.lexicon.organizations.get(key) || placeByKey(key, ctx.lexicon) ? WHOLE : undefined;
  },
};

export const placeBeforePerson: CutRule = {
  id: 'place-before-person',
  why: 'Cut between a place and the person’s name after it ("Governor of Washington Chris Gregoire").',
  examples: [['Governor of Nakuru Susan Wambui opened the road.', 'Susan Wambui', 'person']],
  cut: (ctx, first, last) => {
    if (last - first < 3) return undefined;
    const { tokens } = ctx.tokenized;
    const lex = ctx.lexicon;
    // A one-word place that is also a given name or a word ("Gary", "David") is a place only after
    // a place's preposition; elsewhere it opens a person's name ("Gary Allan Anderson").
    const lone = placeByKey(tokens[first].key, lex);
    const loneElsewhere =
      lone !== undefined && lone.ambiguous && !PLACE_PREPOSITIONS.has(tokens[first - 1]?.text ?? '');
    const known = knownPhraseEnd(ctx, first);
    const placeEnd =
      loneElsewhere && known <= first + 1 ? first : Math.max(known, lone !== undefined ? first + 1 : first);
    return placeEnd > first &&
      last - placeEnd >= 2 &&
      (lex.givenNames.has(tokens[placeEnd].key) ||
        isSurnameKey(tokens[last - 1].text, tokens[last - 1].key, lex)) &&
      !orgShaped(ctx, { first: placeEnd, last })
      ? split(placeEnd, placeEnd)
      : undefined;
  },
};

export const placeThenOffice: CutRule = {
  id: 'place-then-office',
  why: 'A place followed by an office word is the place ("the Los Angeles Sheriff’s office").',
  examples: [['Crowds met the Lagos King at the gate.', 'Lagos', 'place']],
  cut: (ctx, first, last) => {
    const known = knownPhraseEnd(ctx, first);
    // The office word ends the run: nothing is left after it to cut.
    return known === last - 1 && known > first && isOffice(ctx.tokenized.tokens[known].key, ctx.lexicon)
      ? split(known, last)
      : undefined;
  },
};
