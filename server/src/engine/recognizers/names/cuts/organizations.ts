// Cut rule after an organization's name: a company suffix ends it, and a person's name may follow
// an organization's head directly.
import { isNameToken } from '../runs';
import { isLegalForm, isOrgHeadKey } from '../organizations';
import { split, type CutRule } from './rule';

export const afterOrganization: CutRule = {
  id: 'after-organization',
  why:
    'Cut after a company suffix, or after an organization’s head when a person’s name follows ' +
    '("Chrysler LLC Jim Press", "University of Texas Arlington Amneh Jafari").',
  examples: [['Zorvex Ltd Peter Mwangi said the deal was done.', 'Peter Mwangi', 'person']],
  cut: (ctx, first, last) => {
    const { tokens } = ctx.tokenized;
    const lex = ctx.lexicon;
    for (let i = first; i < last - 1; i++) {
      const w = tokens[i];
      if (w.kind !== 'word' || !isOrgHeadKey(w.key, lex)) continue;
      const after = tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
      const suffix = isLegalForm(w.text);
      const personNext =
        after + 1 < last && lex.givenNames.has(tokens[after].key) && isNameToken(tokens[after + 1]);
      if (after < last && isNameToken(tokens[after]) && (suffix || personNext)) return split(after, after);
    }
    return undefined;
  },
};
