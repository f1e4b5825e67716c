// Workspace symbols (Ctrl+T): the people, organizations and places of every indexed article,
// matched as VS Code matches (the query's characters in order, anywhere in the name, best first:
// at word starts and in runs), each at its first full mention, with the number of articles and
// mentions beside it.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import { TYPE_PRESENTATION } from '../presentation/typePresentation';
import type { WorkspaceIndex } from '../workspace/index';
import { keyName, rangeAt, type IndexedType } from '../workspace/keys';

/** At most this many symbols per query: the editor shows a list, not the whole folder. */
export const MAX_WORKSPACE_SYMBOLS = 200;

const SYMBOL_TYPES: ReadonlySet<IndexedType> = new Set(['person', 'organization', 'place']);

function isWordStart(target: string, i: number): boolean {
  if (i === 0) return true;
  const before = target.charCodeAt(i - 1);
  // A space, hyphen, apostrophe, period or slash before it.
  return before === 32 || before === 45 || before === 39 || before === 46 || before === 47;
}

/**
 * How well `query` matches `target`, both lower-cased; undefined when the query's characters
 * (spaces ignored) are not all in the target, in order. Each matched character scores, more at a
 * word start and right after the previous match, most when the match starts the name; of two
 * ways to match, the better counts (characters taken as early as possible, or at word starts).
 */
export function fuzzyScore(query: string, target: string): number | undefined {
  return compactScore(query.replace(/\s+/g, ''), target);
}

/** fuzzyScore of a query already without spaces (done once per request, not once per name). */
function compactScore(q: string, target: string): number | undefined {
  if (q.length === 0) return 0;
  const early = matchScore(q, target, false);
  if (early === undefined) return undefined;
  const atWords = matchScore(q, target, true);
  return atWords === undefined ? early : Math.max(early, atWords);
}

function matchScore(q: string, target: string, preferWordStarts: boolean): number | undefined {
  let score = 0;
  let at = 0;
  let previous = -2;
  for (let k = 0; k < q.length; k++) {
    const c = q[k];
    let found = target.indexOf(c, at);
    if (found === -1) return undefined;
    if (preferWordStarts && found !== previous + 1) {
      // A word start further on, if there is one, rather than a character inside a word.
      for (let i = found; i !== -1; i = target.indexOf(c, i + 1)) {
        if (isWordStart(target, i)) {
          found = i;
          break;
        }
      }
    }
    score += 1;
    if (isWordStart(target, found)) score += 8;
    if (found === previous + 1) score += 5;
    if (found === 0) score += 10;
    previous = found;
    at = found + 1;
  }
  // Of equal matches, the shorter name (more of it matched) first.
  return score - target.length / 100;
}

/** The workspace symbols for `query`, best first, at most `limit`. */
export function workspaceSymbols(
  index: WorkspaceIndex,
  query: string,
  limit = MAX_WORKSPACE_SYMBOLS,
): SymbolInformation[] {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const scored: { key: string; score: number }[] = [];
  for (const key of index.keys(SYMBOL_TYPES)) {
    // No query yet (VS Code asks as Ctrl+T opens): the entities in the most articles first.
    const score = q === '' ? index.articleCount(key) : compactScore(q, keyName(key));
    if (score !== undefined) scored.push({ key, score });
  }
  // Best score first; among equals, the entity in more articles. Totals only for the candidates
  // that may be kept, since an empty query matches every key.
  const withTotals = scored
    .sort((a, b) => b.score - a.score)
    .slice(0, Math.max(limit * 4, limit))
    .map((s) => ({ ...s, totals: index.totals(s.key) }))
    .filter((s) => s.totals !== undefined);
  withTotals.sort(
    (a, b) =>
      b.score - a.score || (b.totals?.articles ?? 0) - (a.totals?.articles ?? 0) || (a.key < b.key ? -1 : 1),
  );
  const out: SymbolInformation[] = [];
  for (const { key, totals } of withTotals.slice(0, limit)) {
    const first = index.postingsOf(key)[0];
    if (!totals || !first) continue;
    const articles = totals.articles === 1 ? '1 article' : `${totals.articles} articles`;
    const mentions = totals.mentions === 1 ? '1 mention' : `${totals.mentions} mentions`;
    out.push({
      name: totals.name,
      kind: SymbolKind[TYPE_PRESENTATION[totals.type].symbolKind],
      location: { uri: first.uri, range: rangeAt(first.posting, first.posting.full) },
      containerName: `${TYPE_PRESENTATION[totals.type].label} · ${articles} · ${mentions} · first in ${fileName(first.uri)}`,
    });
  }
  return out;
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
