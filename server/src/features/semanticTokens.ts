// Semantic tokens: one token per mention, typed by the mention type, with the `declaration`
// modifier on an entity's first mention. Tokens may not overlap or cross lines in LSP, so nested
// mentions are flattened (the innermost wins) and multi-line mentions are cut at line ends.
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensLegend } from 'vscode-languageserver';
import type { Analysis } from '../engine/model/types';
import { MENTION_TYPES } from '../engine/model/types';
import { analysisIndex, type AnalysisIndex } from '../presentation/analysisIndex';

/** One token type per mention type, in the engine's order; one modifier, bit 0. */
export const LEGEND: SemanticTokensLegend = {
  tokenTypes: [...MENTION_TYPES],
  tokenModifiers: ['declaration'],
};

const TYPE_INDEX = new Map<string, number>(MENTION_TYPES.map((t, i) => [t, i]));

/** A run of text with one token type, in UTF-16 offsets. */
export interface Segment {
  start: number;
  end: number;
  type: number;
  modifiers: number;
  /** Index of the mention the segment comes from. */
  mention: number;
}

/**
 * Non-overlapping segments for the mentions intersecting [from, to). Where mentions nest, each
 * elementary interval takes the shortest mention covering it, so "Ministry" inside a longer title
 * keeps its own colour and the rest of the title keeps the title's.
 */
export function segments(analysis: Analysis, from = 0, to = Number.MAX_SAFE_INTEGER): Segment[] {
  const index = analysisIndex(analysis);
  // The engine's mentions are flat (none overlaps another), so normally each mention is one
  // segment; the general interval sweep below is only for nested mentions.
  const flat: Segment[] = [];
  let lastEnd = -1;
  let nested = false;
  const mentions = analysis.mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.end <= m.start || m.end <= from || m.start >= to) continue;
    const type = TYPE_INDEX.get(m.type);
    if (type === undefined) continue;
    if (m.start < lastEnd) {
      nested = true;
      break;
    }
    lastEnd = m.end;
    flat.push({ start: m.start, end: m.end, type, modifiers: index.isFirstMention(i) ? 1 : 0, mention: i });
  }
  if (!nested) return flat;
  return nestedSegments(analysis, index, from, to);
}

function nestedSegments(analysis: Analysis, index: AnalysisIndex, from: number, to: number): Segment[] {
  const items = analysis.mentions
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.end > m.start && m.end > from && m.start < to && TYPE_INDEX.has(m.type));
  if (items.length === 0) return [];
  const bounds = [...new Set(items.flatMap(({ m }) => [m.start, m.end]))].sort((a, b) => a - b);
  const out: Segment[] = [];
  let active: typeof items = [];
  let next = 0; // items are sorted by start (the engine's order), so they enter the active set in order
  for (let b = 0; b < bounds.length - 1; b++) {
    const lo = bounds[b];
    const hi = bounds[b + 1];
    while (next < items.length && items[next].m.start <= lo) active.push(items[next++]);
    active = active.filter(({ m }) => m.end > lo);
    if (active.length === 0) continue;
    let win = active[0];
    for (const a of active) if (a.m.end - a.m.start <= win.m.end - win.m.start) win = a;
    const type = TYPE_INDEX.get(win.m.type) as number;
    const modifiers = index.isFirstMention(win.i) ? 1 : 0;
    const last = out[out.length - 1];
    if (last && last.end === lo && last.mention === win.i) last.end = hi;
    else out.push({ start: lo, end: hi, type, modifiers, mention: win.i });
  }
  return out;
}

/** Offsets where each line starts, to turn offsets into (line, character) without a TextDocument. */
export function lineStarts(text: string): number[] {
  return scanLines(text).starts;
}

/** Where lines start, and whether any line break holds a \r (else every break is one \n). */
function scanLines(text: string): { starts: number[]; carriageReturns: boolean } {
  const starts = [0];
  if (text.indexOf('\r') === -1) {
    // Only \n breaks lines: the native search jumps from one to the next (a large document has
    // a million characters and some thousands of lines).
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return { starts, carriageReturns: false };
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return { starts, carriageReturns: true };
}

/** The line an offset lies on, given the offsets where lines start. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Builds LSP's relative integer array from runs given in document order, cutting each at line breaks. */
class TokenEncoder {
  private readonly data: number[];
  private size = 0;
  private readonly starts: number[];
  private readonly carriageReturns: boolean;
  private prevLine = 0;
  private prevChar = 0;
  private line = 0;

  /**
   * `capacity`: how many integers to make room for at once. Growing an array of a hundred thousand
   * integers a push at a time costs more than the encoding itself.
   */
  constructor(
    private readonly text: string,
    capacity = 0,
  ) {
    const lines = scanLines(text);
    this.starts = lines.starts;
    this.carriageReturns = lines.carriageReturns;
    this.data = capacity > 0 ? new Array<number>(capacity) : [];
  }

  /** The encoded integers. */
  finish(): number[] {
    this.data.length = this.size;
    return this.data;
  }

  add(start: number, end: number, type: number, modifiers: number): void {
    const { starts, text, data } = this;
    let line = this.line;
    // Runs come in document order, so the line moves forward from the last run's; one out of
    // order is looked up.
    if (starts[line] > start) line = lineOf(starts, start);
    while (line + 1 < starts.length && starts[line + 1] <= start) line++;
    let from = start;
    while (from < end) {
      const nextLine = line + 1 < starts.length ? starts[line + 1] : text.length;
      // The line's text ends before its line break (\n, \r\n or \r).
      let lineEnd = nextLine;
      if (line + 1 < starts.length) {
        lineEnd--;
        // (Without a \r in the text, no need to fetch characters from all over a large document.)
        if (this.carriageReturns && text.charCodeAt(lineEnd) === 10 && text.charCodeAt(lineEnd - 1) === 13)
          lineEnd--;
      }
      const to = Math.min(end, lineEnd);
      const length = to - from;
      if (length > 0) {
        const char = from - starts[line];
        const dLine = line - this.prevLine;
        let k = this.size;
        data[k++] = dLine;
        data[k++] = dLine === 0 ? char - this.prevChar : char;
        data[k++] = length;
        data[k++] = type;
        data[k++] = modifiers;
        this.size = k;
        this.prevLine = line;
        this.prevChar = char;
      }
      if (nextLine >= end) break;
      from = nextLine;
      line++;
    }
    this.line = line;
  }
}

/** Encodes segments as LSP's relative integer array, cutting each at line breaks. */
function encode(text: string, segs: Segment[]): number[] {
  const encoder = new TokenEncoder(text);
  for (const s of segs) encoder.add(s.start, s.end, s.type, s.modifiers);
  return encoder.finish();
}

/** Full tokens for a document's analysis, or tokens for the offsets [from, to) only. */
export function buildTokens(
  text: string,
  analysis: Analysis,
  from = 0,
  to = Number.MAX_SAFE_INTEGER,
): number[] {
  // What encode(text, segments(analysis, from, to)) gives, without a segment object per mention
  // in the usual case of flat mentions (a large document has tens of thousands).
  const index = analysisIndex(analysis);
  const mentions = analysis.mentions;
  // Each mention is usually one token of five integers; a window of a large document needs few.
  const whole = from <= 0 && to >= Number.MAX_SAFE_INTEGER;
  const encoder = new TokenEncoder(text, whole ? 5 * mentions.length : 0);
  let lastEnd = -1;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.end <= m.start || m.end <= from || m.start >= to) continue;
    const type = TYPE_INDEX.get(m.type);
    if (type === undefined) continue;
    if (m.start < lastEnd) return encode(text, nestedSegments(analysis, index, from, to));
    lastEnd = m.end;
    encoder.add(m.start, m.end, type, index.isFirstMention(i) ? 1 : 0);
  }
  return encoder.finish();
}

/**
 * Remembers the last full result per document so that `full/delta` can send only what changed:
 * after typing in one paragraph the arrays share a long prefix and suffix, and one edit covers
 * the middle. Also which document version that result was computed for.
 */
export class TokenResults {
  private readonly last = new Map<string, { id: string; version: number; data: number[] }>();
  private counter = 0;

  full(uri: string, version: number, data: number[]): SemanticTokens {
    const resultId = String(++this.counter);
    this.last.set(uri, { id: resultId, version, data });
    return { resultId, data };
  }

  delta(
    uri: string,
    version: number,
    previousResultId: string,
    data: number[],
  ): SemanticTokens | SemanticTokensDelta {
    const previous = this.last.get(uri);
    if (!previous || previous.id !== previousResultId) return this.full(uri, version, data);
    const old = previous.data;
    let prefix = 0;
    while (prefix < old.length && prefix < data.length && old[prefix] === data[prefix]) prefix++;
    let suffix = 0;
    while (
      suffix < old.length - prefix &&
      suffix < data.length - prefix &&
      old[old.length - 1 - suffix] === data[data.length - 1 - suffix]
    )
      suffix++;
    const resultId = String(++this.counter);
    this.last.set(uri, { id: resultId, version, data });
    if (prefix === old.length && prefix === data.length) return { resultId, edits: [] };
    return {
      resultId,
      edits: [
        {
          start: prefix,
          deleteCount: old.length - prefix - suffix,
          data: data.slice(prefix, data.length - suffix),
        },
      ],
    };
  }

  /** The document version the editor's last full or delta tokens were computed for, if any. */
  servedVersion(uri: string): number | undefined {
    return this.last.get(uri)?.version;
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
