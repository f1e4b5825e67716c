// The user's own entries: names the engine should know ("Anitkabyr" is a place) and names it
// should leave alone (type "none"). They run first and outrank every other recognizer, so a
// correction always wins. A "none" entry claims its span so nothing else marks it, and is then
// dropped from the output.
import { PRIORITY, candidate, type Candidate } from '../model/candidate';
import { longestPhrase } from '../text/phrases';
import type { Recognizer } from './context';

export const recognizeUserEntries: Recognizer = (ctx) => {
  const { text, lexicon } = ctx;
  if (lexicon.user.size === 0) return [];
  const { tokens } = ctx.tokenized;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind === 'punct') continue;
    const match = longestPhrase(text, tokens, i, lexicon.user);
    if (!match) continue;
    const entry = match.value;
    const start = tokens[match.first].start;
    const end = tokens[match.last - 1].end;
    // Whole words only: "Ata" must not match inside "Ataturk" (tokens guarantee that).
    out.push(
      candidate({
        start,
        end,
        type: entry.type === 'none' ? 'organization' : entry.type,
        source: 'lexicon:user',
        priority: PRIORITY.user,
        key: entry.name,
        country: entry.country,
        suppress: entry.type === 'none' ? true : undefined,
      }),
    );
    i = match.last - 1;
  }
  return out;
};
