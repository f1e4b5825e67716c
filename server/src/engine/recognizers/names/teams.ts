// Sports teams named after their country or city: in a match report "Belgium defeated Panama
// 3 – 0" and "England captain Harry Kane" name teams — organizations — not places. A place is
// read as a team only where the words around it belong to a match: a score, a result verb with
// another team, or a squad noun right after it. Linking then types the name's other mentions in
// the same article alike.
import type { Token } from '../../text/tokens';

/** Nouns that follow a team's name ("Panama coach", "England captain"). */
const SQUAD_NOUNS = new Set([
  'coach',
  'captain',
  'striker',
  'goalkeeper',
  'keeper',
  'midfielder',
  'defender',
  'forward',
  'manager',
  'squad',
  'players',
  'player',
  'fans',
  'supporters',
  'skipper',
  'boss',
  'winger',
  'substitute',
  'substitutes',
]);

/** Verbs that put two teams in one match ("Sweden defeated South Korea", "Tunisia faced England"). */
const RESULT_VERBS = new Set([
  'defeated',
  'defeats',
  'beat',
  'beats',
  'faced',
  'faces',
  'drew',
  'draws',
  'thrashed',
  'edged',
  'outplayed',
  'eliminated',
  'knocked',
  'hosted',
  'hosts',
  'played',
  'plays',
  'lost',
  'loses',
  'routed',
  'overcame',
  'stunned',
]);

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
export function teamContext(tokens: readonly Token[], first: number, last: number): boolean {
  if (scoreNear(tokens, first, last)) return true;
  const next = tokens[last];
  if (next && next.kind === 'word' && SQUAD_NOUNS.has(next.key)) return true;
  if (next && next.kind === 'word' && RESULT_VERBS.has(next.key)) {
    const after = tokens[last + 1];
    return after !== undefined && after.upper && after.sentence === next.sentence;
  }
  const prev = tokens[first - 1];
  const before = tokens[first - 2];
  // "lost 1 – 2 to England" is caught by the score; "defeated Panama" needs a team before the verb.
  return prev !== undefined && RESULT_VERBS.has(prev.key) && before !== undefined && before.upper;
}
