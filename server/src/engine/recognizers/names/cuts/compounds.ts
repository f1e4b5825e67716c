// Cut rule for compound participles written in capitals, as headlines write them ("Nairobi-Based
// Lender"): the tokenizer has cut the participle off its name, and the run's hyphen joined them
// again. The participle belongs to neither name.
import { COMPOUND_PARTICIPLES } from '../../../text/grammarWords';
import { split, type CutRule } from './rule';

const PARTICIPLES: ReadonlySet<string> = new Set(COMPOUND_PARTICIPLES);

export const compoundParticiple: CutRule = {
  id: 'compound-participle',
  why: 'Cut out a compound participle and its hyphen ("Nairobi-Based Okello Motors").',
  examples: [['Nairobi-Based Okello Motors Doubles Sales', 'Nairobi', 'place']],
  cut: (ctx, first, last) => {
    const { tokens } = ctx.tokenized;
    for (let i = first + 1; i < last - 1; i++)
      if (tokens[i].text === '-' && PARTICIPLES.has(tokens[i + 1].key)) return split(i, i + 2);
    return undefined;
  },
};
