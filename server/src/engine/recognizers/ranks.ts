// Rank recognizer: military, gendarmerie and police grades from server/data/ranks.json, full and
// abbreviated ("Colonel General", "Lt. Gen.", "Maj Gen"). A rank counts only where it is written
// as a rank: capitalised, and either unmistakable by itself or followed by a person's name, so that
// "General Motors", "Major League" and "the general public" are not ranks.
import { PRIORITY, candidate, type Candidate } from '../model/candidate';
import type { Lexicon } from '../data/lexicon';
import { longestPhrase } from '../text/phrases';
import type { Token } from '../text/tokens';
import type { Recognizer } from './context';

/** A capitalised token that could start a person's name (not a common word unless a given name). */
export function looksLikeNameStart(token: Token | undefined, lexicon: Lexicon): boolean {
  if (!token || token.kind !== 'word' || !token.upper) return false;
  const lower = token.key; // lower-cased with apostrophes folded, as the word lists are keyed
  if (lexicon.nonNames.has(lower)) return false;
  if (lexicon.givenNames.has(lower) || lexicon.surnames.has(lower)) return true;
  return !lexicon.commonWords.has(lower);
}

export const recognizeRanks: Recognizer = (ctx) => {
  const { text, lexicon } = ctx;
  const { tokens } = ctx.tokenized;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !t.upper) continue;
    const match = longestPhrase(text, tokens, i, lexicon.rankForms);
    if (!match) continue;
    const words = tokens.slice(match.first, match.last).filter((x) => x.kind === 'word');
    const next = tokens[match.last];
    const beforeName = looksLikeNameStart(next, lexicon) && next.sentence === t.sentence;
    // Multi-word ranks ("Colonel General") and abbreviations ("Col.") are ranks by themselves;
    // a single full word ("General", "Major") needs a name after it.
    const abbreviated =
      tokens[match.last - 1].text === '.' ||
      words.some((w) => w.text.length <= 4 && /\./.test(text.slice(w.end, w.end + 1)));
    if (!beforeName && !(words.length > 1 || abbreviated)) continue;
    // Every word of a rank is capitalised when it is a title in running text ("Army General").
    if (!words.every((w) => w.upper || /^(of|the|and)$/i.test(w.text) || /^\d/.test(w.text))) continue;
    const row = match.value[0];
    out.push(
      candidate({
        start: t.start,
        end: tokens[match.last - 1].end,
        type: 'rank',
        source: 'ranks',
        priority: PRIORITY.rank,
        key: row.name,
      }),
    );
    i = match.last - 1;
  }
  return out;
};
