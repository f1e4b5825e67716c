// Sports teams named after their country or city: in a match report "Belgium defeated Panama
// 3 – 0" and "England captain Harry Kane" name teams — organizations — not places. A place is
// read as a team only where the words around it belong to a match: a score, a result verb with
// another team, or a squad noun right after it. Linking then types the name's other mentions in
// the same article alike. The squad nouns and result verbs are in sport-cues.json.
import type { Lexicon } from '../../data/lexicon';
import type { Token } from '../../text/tokens';

const SCORE_NUMBER = /^\d{1,2}$/;
const DASHES = new Set(['-', '–', '—', ':']);

/** "3 – 0" right after the name at tokens [first, last) or right before it. */
function scoreNear(tokens: readonly Token[], first: number, last: number): boolean {
  const a = tokens[last];
  const b = tokens[last + 1];
  const c = tokens[last + 2];
  if (a && b && c && SCORE_NUMBER.test(a.text) && DASHES.has(b.text) && SCORE_NUMBER.test(c.text))
    return true;
  const x = tokens[first - 3];
  const y = tokens[first - 2];
  const z = tokens[first - 1];
  return !!(x && y && z && SCORE_NUMBER.test(x.text) && DASHES.has(y.text) && SCORE_NUMBER.test(z.text));
}

/** Is the place name at tokens [first, last) used as a sports team here? */
export function teamContext(
  tokens: readonly Token[],
  first: number,
  last: number,
  lexicon: Lexicon,
): boolean {
  if (scoreNear(tokens, first, last)) return true;
  const { squadNouns, resultVerbs } = lexicon.sportCues;
  const next = tokens[last];
  if (next && next.kind === 'word' && squadNouns.has(next.key)) return true;
  if (next && next.kind === 'word' && resultVerbs.has(next.key)) {
    const after = tokens[last + 1];
    return after !== undefined && after.upper && after.sentence === next.sentence;
  }
  const prev = tokens[first - 1];
  const before = tokens[first - 2];
  // "lost 1 – 2 to England" is caught by the score; "defeated Panama" needs a team before the verb.
  return prev !== undefined && resultVerbs.has(prev.key) && before !== undefined && before.upper;
}
