// One input file as the articles it holds: split where each opens with its own date line
// (engine/document/articles.ts), each analysed alone so that it is dated by its own header, and
// its analysis moved back to the file's offsets, so every offset the CLI prints indexes the file.
import { splitArticles } from '../engine/document/articles';
import type { Analyzer } from '../engine/pipeline';
import type { Analysis, LexiconEntry } from '../engine/model/types';

export interface Article {
  /** Its 1-based place in the file, and how many the file holds. */
  index: number;
  count: number;
  /** Offset of its first character in the file. */
  start: number;
  /** The article's own text. */
  text: string;
  /** The analysis of `text`, offsets into `text`. */
  analysis: Analysis;
}

export function analyzeArticles(
  analyzer: Analyzer,
  text: string,
  options: { articleDate?: string; lexicon: LexiconEntry[] },
): Article[] {
  const ranges = splitArticles(text);
  return ranges.map((r, i) => {
    const own = ranges.length === 1 ? text : text.slice(r.start, r.end);
    return {
      index: i + 1,
      count: ranges.length,
      start: r.start,
      text: own,
      analysis: analyzer.analyze(own, options),
    };
  });
}

/** `analysis` with every offset moved by `delta` (an article's start in its file). */
export function shifted(analysis: Analysis, delta: number): Analysis {
  if (delta === 0) return analysis;
  const move = <T extends { start: number; end: number }>(x: T): T => ({
    ...x,
    start: x.start + delta,
    end: x.end + delta,
  });
  const meta = { ...analysis.meta };
  if (meta.dateline) meta.dateline = move(meta.dateline);
  if (meta.dateSpan) meta.dateSpan = move(meta.dateSpan);
  return {
    ...analysis,
    length: analysis.length + delta,
    meta,
    mentions: analysis.mentions.map(move),
    problems: analysis.problems.map(move),
  };
}
