// Cut rules at words inside a run: a capitalised function word, a camel-cased brand, "and"/"&",
// and "of"/"for"/"on" where they join two names rather than belong to one.
import { orgShaped, pieceKey } from '../pieces';
import { isGovernmentUnitKey, isOrgHeadKey, takesPlaceComplement } from '../organizations';
import { placeByKey } from '../places';
import { knownPhraseEnd } from './knownNames';
import { split, type CutRule } from './rule';
import { FUNCTION_WORDS } from '../../../text/grammarWords';
import { derive } from '../../../data/derived';

export const functionWord: CutRule = {
  id: 'function-word',
  why:
    'Cut at a capitalised function word: captions and headlines capitalise them ("Regina Ip In the …"), ' +
    'and a sentence after an abbreviation starts with one ("Washington D.C. The team …").',
  examples: [['A portrait of Amina Yusuf In the Garden', 'Amina Yusuf', 'person']],
  cut: (ctx, first, last) => {
    const { tokens } = ctx.tokenized;
    for (let i = first + 1; i < last; i++)
      if (tokens[i].upper && FUNCTION_WORDS.has(tokens[i].key)) return split(i, i + 1);
    return undefined;
  },
};

export const camelCasedBrand: CutRule = {
  id: 'camel-cased-brand',
  why: 'Cut out a camel-cased brand, a product of its own ("the United Kingdom iTunes store").',
  examples: [['Sales at the Kenya eShop rose.', 'Kenya', 'place']],
  cut: (ctx, first, last) => {
    if (last - first <= 1) return undefined;
    const { tokens } = ctx.tokenized;
    for (let i = first; i < last; i++)
      if (tokens[i].kind === 'word' && !tokens[i].upper && tokens[i].text !== tokens[i].key)
        return split(i, i + 1);
    return undefined;
  },
};

export const and: CutRule = {
  id: 'and',
  why:
    'Cut at "and"/"&" unless what follows is the rest of one organization’s name ' +
    '("Department of Health and Human Services", "Johnson & Johnson"); "and the" always begins another.',
  examples: [
    ['Kenya and Uganda signed the pact.', 'Uganda', 'place'],
    ['Fernvale Labs and the Awami League welcomed the deal.', 'Awami League', 'organization'],
  ],
  cut: (ctx, first, last) => {
    const { tokens } = ctx.tokenized;
    const lex = ctx.lexicon;
    // "Jammu and Kashmir Police": a known name that runs across the "and" is not cut there.
    const knownEnd = knownPhraseEnd(ctx, first);
    for (let i = first + 1; i < last - 1; i++) {
      const w = tokens[i].text;
      if ((w !== 'and' && w !== '&') || i < knownEnd) continue;
      const right = { first: i + 1, last };
      const left = { first, last: i };
      const keep =
        w === '&'
          ? !placeByKey(pieceKey(ctx, left), lex)
          : // "Fernvale Labs and the Awami League": no one name goes on with "and the".
            tokens[i + 1].key !== 'the' &&
            orgShaped(ctx, right) &&
            !orgShaped(ctx, left) &&
            // "… and Banque Morel": a head that opens a name begins a name of its own.
            !derive(lex).org.headsFirst.has(tokens[i + 1].key) &&
            !placeByKey(pieceKey(ctx, left), lex) &&
            !placeByKey(pieceKey(ctx, right), lex);
      if (!keep) return split(i, i + 1);
    }
    return undefined;
  },
};

export const of: CutRule = {
  id: 'of',
  why:
    'Cut at "of"/"for"/"on" unless the words before are a head that takes the rest into its name ' +
    '("Bank of Canada"); a name has one "of", and "Gendarmerie of the Ministry of …" is two.',
  examples: [['An envoy from the Embassy of Kenya arrived.', 'Kenya', 'place']],
  cut: (ctx, first, last) => {
    const { tokens } = ctx.tokenized;
    const lex = ctx.lexicon;
    let ofSeen = false;
    for (let i = first + 1; i < last - 1; i++) {
      const w = tokens[i].text;
      if (w !== 'of' && w !== 'for' && w !== 'on') continue;
      const head = tokens[i - 1].text;
      const headKey = tokens[i - 1].key;
      let restFirst = i + 1;
      if (tokens[restFirst]?.text === 'the') restFirst++;
      const rest = { first: restFirst, last };
      const restKey = pieceKey(ctx, rest);
      const restIsPlace = placeByKey(restKey, lex) !== undefined;
      const restIsOrg = orgShaped(ctx, rest) || lex.organizations.get(restKey) !== undefined;
      const headTakes = isOrgHeadKey(headKey, lex) || takesPlaceComplement(head, lex);
      // "Bank of Canada", "Medical Journal of Australia" are names; "Directorate of Türkiye" says whose.
      const ownPlace = restIsPlace && !isGovernmentUnitKey(headKey, lex);
      // "Gendarmerie of the Ministry of Internal Affairs": the rest is an organization of its own
      // ("Ministry of …" names itself by its head first), so it is the parent, not part of the name.
      const restHeadFirst =
        restIsOrg &&
        isOrgHeadKey(tokens[restFirst].key, lex) &&
        /^(of|for)$/.test(tokens[restFirst + 1]?.text ?? '');
      if (ofSeen || !headTakes || (restIsPlace && !ownPlace) || restHeadFirst) return split(i, i + 1);
      ofSeen = true;
    }
    return undefined;
  },
};
