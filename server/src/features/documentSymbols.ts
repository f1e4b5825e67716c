// The Outline: an "Article" node (date, dateline), then one group per kind of entity, each entity
// once, leading to its first mention, with its next few as children (none in a long file). The
// groups, their order and their icons are presentation/typePresentation.ts's OUTLINE_GROUPS; every
// type names its group there, so none is left out.
import { SymbolKind, type DocumentSymbol, type Position, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Entity, Mention, MentionType } from '../engine/model/types';
import { MENTION_TYPES } from '../engine/model/types';
import { analysisIndex, dateKey, type AnalysisIndex } from '../presentation/analysisIndex';
import { describeDate } from '../presentation/dateText';
import { OUTLINE_GROUPS, TYPE_PRESENTATION } from '../presentation/typePresentation';

/** The Outline's groups in order, each with its icon and the types listed in it. */
const GROUPS = OUTLINE_GROUPS.map((group) => ({
  name: group.name,
  kind: SymbolKind[group.symbolKind],
  types: MENTION_TYPES.filter((t) => TYPE_PRESENTATION[t].outlineGroup === group.name),
}));

/** Each type's group, by its index in GROUPS. */
const GROUP_OF = Object.fromEntries(
  MENTION_TYPES.map((t) => [t, GROUPS.findIndex((g) => g.types.includes(t))]),
) as Record<MentionType, number>;

/** The icon of an entity's row. */
function rowKind(type: MentionType): SymbolKind {
  return SymbolKind[TYPE_PRESENTATION[type].symbolKind];
}

function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** A symbol whose range spans all of its children (LSP requires the range to contain them). */
function parent(name: string, detail: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol {
  let first = children[0].range.start;
  let last = children[0].range.end;
  for (const c of children) {
    if (isBefore(c.range.start, first)) first = c.range.start;
    if (isBefore(last, c.range.end)) last = c.range.end;
  }
  return {
    name,
    detail,
    kind,
    range: { start: first, end: last },
    selectionRange: children[0].selectionRange,
    children,
  };
}

/** A mention's text on one line (a name can break across lines); most need no change. */
function oneLine(text: string): string {
  return /[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

function mentionSymbol(doc: TextDocument, m: Mention, kind: SymbolKind): DocumentSymbol {
  const r = rangeOf(doc, m.start, m.end);
  return {
    name: oneLine(m.text),
    detail: `line ${r.start.line + 1}`,
    kind,
    range: r,
    selectionRange: r,
  };
}

/**
 * Mention rows shown under an entity before the rest are summed up in one row. The Outline is for
 * seeing who, what and where at a glance, not a mention index: Find All References (Shift+F12 in
 * VS Code) and the document highlights reach every mention. Two rows show where an entity comes
 * back and keep the Outline small — its JSON is most of the request's time on a large document.
 */
const MAX_MENTION_ROWS = 2;

/**
 * Mention rows only while the Outline lists at most this many entities and dates — an article,
 * even a long one. A file of hundreds (an archive pasted whole) lists the entities alone: their
 * mention rows would add a thousand rows to scroll through and most of the Outline's JSON, while
 * each row's count, the highlights and Find All References already lead to every mention.
 */
export const MENTION_ROWS_UP_TO = 300;

/**
 * The rows under an entity: its later mentions (the entity's own row leads to the first), so none
 * for an entity mentioned once. When there are more than MAX_MENTION_ROWS + 1, the first
 * MAX_MENTION_ROWS and one row that sums up the rest and leads to the next ("… 1 more mention"
 * would take the row the mention itself fits in).
 */
function mentionChildren(
  doc: TextDocument,
  indices: readonly number[],
  analysis: Analysis,
  kind: SymbolKind,
): DocumentSymbol[] {
  const later = indices.length - 1;
  const shown = later <= MAX_MENTION_ROWS + 1 ? later : MAX_MENTION_ROWS;
  const rows: DocumentSymbol[] = [];
  for (let k = 1; k <= shown; k++) rows.push(mentionSymbol(doc, analysis.mentions[indices[k]], kind));
  if (shown < later) {
    const next = mentionSymbol(doc, analysis.mentions[indices[shown + 1]], kind);
    rows.push({ ...next, name: `… ${later - shown} more mentions`, detail: `from ${next.detail}` });
  }
  return rows;
}

/**
 * The row of an entity (or a date value): it selects the first mention and spans the rows under it
 * (a parent's range must contain its children's). Mentions past the shown rows are not spanned.
 */
function entityRow(
  doc: TextDocument,
  analysis: Analysis,
  indices: readonly number[],
  name: string,
  detail: string,
  kind: SymbolKind,
  withMentions: boolean,
): DocumentSymbol {
  const first = analysis.mentions[indices[0]];
  const r = rangeOf(doc, first.start, first.end);
  const children = withMentions ? mentionChildren(doc, indices, analysis, kind) : [];
  if (children.length === 0) return { name, detail, kind, range: r, selectionRange: r };
  const row = parent(name, detail, kind, children);
  if (isBefore(r.start, row.range.start)) row.range = { start: r.start, end: row.range.end };
  if (isBefore(row.range.end, r.end)) row.range = { start: row.range.start, end: r.end };
  row.selectionRange = r;
  return row;
}

/** The row's detail: what its type says of it (TYPE_PRESENTATION's outlineDetail), then its count. */
function entityDetail(e: Entity, ix: AnalysisIndex): string {
  const parts = TYPE_PRESENTATION[e.type].outlineDetail(e, ix).filter((p): p is string => !!p);
  // The count only when there is one to tell: a row without mention rows under it is mentioned once.
  if (e.mentions.length > 1) parts.push(`${e.mentions.length}×`);
  return parts.join(' · ');
}

/** Date mentions grouped by value (see dateKey), chronologically: TimeML values sort as strings. */
function datesByValue(analysis: Analysis): { key: string; indices: number[] }[] {
  const byValue = new Map<string, number[]>();
  const { mentions } = analysis;
  for (let i = 0; i < mentions.length; i++) {
    if (mentions[i].type !== 'date') continue;
    const key = dateKey(mentions[i]);
    const list = byValue.get(key);
    if (list) list.push(i);
    else byValue.set(key, [i]);
  }
  // Values are ASCII, so a plain comparison, much cheaper than the locale's; unresolved dates
  // ("?…") go last, in the locale's order of their words.
  const keys = [...byValue.keys()].sort((a, b) => {
    const unresolved = a.startsWith('?');
    if (unresolved !== b.startsWith('?')) return unresolved ? 1 : -1;
    return unresolved ? a.localeCompare(b) : a < b ? -1 : a > b ? 1 : 0;
  });
  return keys.map((key) => ({ key, indices: byValue.get(key) as number[] }));
}

function dateRows(
  doc: TextDocument,
  analysis: Analysis,
  dates: readonly { key: string; indices: number[] }[],
  kind: SymbolKind,
  withMentions: boolean,
): DocumentSymbol[] {
  return dates.map(({ key, indices }) => {
    const first = analysis.mentions[indices[0]];
    const d = describeDate(first, analysis.meta.date);
    const name = key.startsWith('?') ? `${first.text} (unresolved)` : key;
    const detail = [d.weekday, d.distance].filter(Boolean).join(' · ');
    return entityRow(doc, analysis, indices, name, detail, kind, withMentions);
  });
}

function articleNode(doc: TextDocument, analysis: Analysis): DocumentSymbol | undefined {
  const { meta } = analysis;
  const children: DocumentSymbol[] = [];
  if (meta.date && meta.dateSpan) {
    const r = rangeOf(doc, meta.dateSpan.start, meta.dateSpan.end);
    children.push({
      name: `Date ${meta.date}`,
      detail: meta.dateSource ?? '',
      kind: SymbolKind.Event,
      range: r,
      selectionRange: r,
    });
  }
  if (meta.dateline) {
    const r = rangeOf(doc, meta.dateline.start, meta.dateline.end);
    const detail = meta.dateline.agency ? `(${meta.dateline.agency})` : 'dateline';
    children.push({
      name: `Dateline ${meta.dateline.text}`,
      detail,
      kind: SymbolKind.Field,
      range: r,
      selectionRange: r,
    });
  }
  const detail = [meta.date ?? 'no article date', meta.dateline?.text].filter(Boolean).join(' · ');
  if (children.length === 0) {
    // Still show the node, so the Outline says plainly that no date was found.
    const r = rangeOf(doc, 0, 0);
    return { name: 'Article', detail, kind: SymbolKind.File, range: r, selectionRange: r, children: [] };
  }
  children.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  const node = parent('Article', detail, SymbolKind.File, children);
  // First in the Outline whatever the editor's sort: the article node starts the document.
  node.range = { start: { line: 0, character: 0 }, end: node.range.end };
  return node;
}

export function documentSymbols(doc: TextDocument, analysis: Analysis): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  // Shared with the hover (built once per analysis): entity names for the holders of ranks and titles.
  const ix = analysisIndex(analysis);
  const article = articleNode(doc, analysis);
  if (article) out.push(article);
  // Entities bucketed by group in one pass (dates are listed by value, from their mentions).
  const byGroup = GROUPS.map((): Entity[] => []);
  for (const e of analysis.entities) {
    if (e.mentions.length === 0 || e.type === 'date') continue;
    byGroup[GROUP_OF[e.type]].push(e);
  }
  const dates = datesByValue(analysis);
  const rows = byGroup.reduce((n, list) => n + list.length, dates.length);
  const withMentions = rows <= MENTION_ROWS_UP_TO;
  const firstStart = (e: Entity): number => analysis.mentions[e.mentions[0]].start;
  for (const [g, group] of GROUPS.entries()) {
    let children: DocumentSymbol[];
    if (group.types.includes('date'))
      children = dateRows(doc, analysis, dates, rowKind('date'), withMentions);
    else {
      children = byGroup[g]
        .sort((a, b) => firstStart(a) - firstStart(b))
        .map((e) =>
          entityRow(doc, analysis, e.mentions, e.name, entityDetail(e, ix), rowKind(e.type), withMentions),
        );
    }
    if (children.length === 0) continue;
    const node = parent(group.name, `${children.length}`, group.kind, children);
    // Editors sort the Outline by range start. Starting every group on the first line, one
    // character apart, keeps the groups in this order (People, Organizations, …) in any document;
    // a group still starts no later than its first child, as LSP requires.
    const anchor: Position = { line: 0, character: g + 1 };
    if (isBefore(anchor, node.range.start)) node.range = { start: anchor, end: node.range.end };
    out.push(node);
  }
  return out;
}

/**
 * The Outline of one document version, built once: editors ask again when the Outline view, the
 * breadcrumbs and sticky scroll refresh, without an edit in between. Keyed by the analysis (one per
 * version in the server's cache), so an entry goes when its analysis does.
 */
const built = new WeakMap<Analysis, { uri: string; version: number; symbols: DocumentSymbol[] }>();

export function cachedDocumentSymbols(doc: TextDocument, analysis: Analysis): DocumentSymbol[] {
  const hit = built.get(analysis);
  if (hit && hit.uri === doc.uri && hit.version === doc.version) return hit.symbols;
  const symbols = documentSymbols(doc, analysis);
  built.set(analysis, { uri: doc.uri, version: doc.version, symbols });
  return symbols;
}

/**
 * The Outline of a document too large to analyse whole: one row saying why it lists no entities
 * (an empty Outline looks like a document without any), and which setting would change that.
 */
export function largeDocumentSymbols(doc: TextDocument, why: string): DocumentSymbol[] {
  const first = doc.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } });
  const range = {
    start: { line: 0, character: 0 },
    end: { line: 0, character: first.replace(/\r?\n$/, '').length },
  };
  return [
    {
      name: 'No Outline: this document is too large to analyse whole',
      detail: `${why} Raise newsmark.maxDocumentSize to list its entities.`,
      kind: SymbolKind.File,
      range,
      selectionRange: range,
    },
  ];
}
