// CoNLL-2003 named-entity columns: one token per line with its tag, a blank line between
// sentences, `-DOCSTART- O` first. CoNLL-2003 has four classes: people PER, organizations ORG,
// places LOC, and MISC, where it puts nationalities ("Kazakh"); dates, ranks and titles have no
// class there and are O. Tags are IOB2 (every name starts with B-). Tokens are the engine's, so
// they are exactly the text's non-space characters, in order; the white space between them is
// what the format cannot carry.
import type { Mention, MentionType } from '../engine/model/types';
import { tokenize } from '../engine/text/tokens';
import { byStartLongerFirst } from './markup';
import type { ExportInput, ExportResult } from './types';

const CLASSES: Partial<Record<MentionType, string>> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
  nationality: 'MISC',
};

export function toConll({ text, analysis }: ExportInput): ExportResult {
  // The outermost mentions of a class: one inside another is already covered by it.
  const names: Mention[] = [];
  for (const m of byStartLongerFirst(analysis.mentions)) {
    if (CLASSES[m.type] === undefined) continue;
    if (names.length > 0 && m.start < names[names.length - 1].end) continue;
    names.push(m);
  }
  const { tokens } = tokenize(text);
  const lines = ['-DOCSTART- O', ''];
  let next = 0;
  let sentence = -1;
  let last: Mention | undefined;
  for (const t of tokens) {
    if (sentence !== -1 && t.sentence !== sentence) lines.push('');
    sentence = t.sentence;
    while (next < names.length && names[next].end <= t.start) next++;
    const m = names[next];
    let tag = 'O';
    if (m !== undefined && m.start <= t.start) {
      tag = `${m === last ? 'I' : 'B'}-${CLASSES[m.type]}`;
      last = m;
    } else last = undefined;
    lines.push(`${t.text} ${tag}`);
  }
  return { files: [{ suffix: '.conll', content: `${lines.join('\n')}\n` }], warnings: [] };
}
