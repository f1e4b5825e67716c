// The Outline: an "Article" node (date, dateline), then one group per kind of entity, each entity
// once with its mentions as children. Groups use distinct symbol kinds so their icons differ.
import { SymbolKind, type DocumentSymbol, type Position, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Entity, Mention, MentionType } from '../engine/types';
import { describeDate } from './dateText';

interface Group {
  name: string;
  types: MentionType[];
  kind: SymbolKind;
}

export const GROUPS: Group[] = [
  { name: 'People', types: ['person'], kind: SymbolKind.Variable },
  { name: 'Organizations', types: ['organization'], kind: SymbolKind.Class },
  { name: 'Places', types: ['place'], kind: SymbolKind.Module },
  { name: 'Nationalities', types: ['nationality'], kind: SymbolKind.EnumMember },
  { name: 'Dates', types: ['date'], kind: SymbolKind.Number },
  { name: 'Ranks & Titles', types: ['rank', 'title'], kind: SymbolKind.Key },
];

const TITLE_KIND = SymbolKind.Property;

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

function mentionSymbol(doc: TextDocument, m: Mention, kind: SymbolKind): DocumentSymbol {
  const r = rangeOf(doc, m.start, m.end);
  const line = r.start.line + 1;
  return { name: m.text.replace(/\s+/g, ' '), detail: `line ${line}`, kind, range: r, selectionRange: r };
}

/**
 * An entity's mentions as children, at most MAX_CHILDREN of them: an archive pasted into one file
 * can mention a country thousands of times, and an Outline of thousands of rows helps nobody (and
 * costs the editor). The rest are summed up in one last row that leads to the next mention.
 */
const MAX_CHILDREN = 100;

function mentionChildren(
  doc: TextDocument,
  indices: readonly number[],
  analysis: Analysis,
  kind: SymbolKind,
): DocumentSymbol[] {
  const shown = indices.slice(0, MAX_CHILDREN).map((i) => mentionSymbol(doc, analysis.mentions[i], kind));
  if (indices.length > MAX_CHILDREN) {
    const next = mentionSymbol(doc, analysis.mentions[indices[MAX_CHILDREN]], kind);
    shown.push({
      ...next,
      name: `… ${indices.length - MAX_CHILDREN} more mentions`,
      detail: `from ${next.detail}`,
    });
  }
  return shown;
}

function entityDetail(e: Entity, names: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  if (e.type === 'person') {
    if (e.rank) parts.push(e.rank);
    if (e.title) parts.push(e.title);
  } else if (e.type === 'rank' || e.type === 'title') {
    if (e.holder) parts.push(names.get(e.holder) ?? e.holder);
  } else if (e.type === 'organization') {
    if (e.acronym) parts.push(e.acronym);
  } else if (e.type === 'place' && e.placeKind) parts.push(e.placeKind);
  parts.push(`${e.mentions.length}×`);
  return parts.join(' · ');
}

function dateGroups(doc: TextDocument, analysis: Analysis, kind: SymbolKind): DocumentSymbol[] {
  const byValue = new Map<string, number[]>();
  analysis.mentions.forEach((m, i) => {
    if (m.type !== 'date') return;
    const key = m.value ?? `?${m.text}`;
    const list = byValue.get(key) ?? [];
    list.push(i);
    byValue.set(key, list);
  });
  // Chronological: TimeML values sort as strings; unresolved dates ("?…") go last.
  const keys = [...byValue.keys()].sort((a, b) =>
    a.startsWith('?') === b.startsWith('?') ? a.localeCompare(b) : a.startsWith('?') ? 1 : -1,
  );
  return keys.map((key) => {
    const indices = byValue.get(key) as number[];
    const first = analysis.mentions[indices[0]];
    const d = describeDate(first, analysis.meta.date);
    const name = key.startsWith('?') ? `${first.text} (unresolved)` : key;
    const detail = [d.weekday, d.distance].filter(Boolean).join(' · ');
    return parent(name, detail, kind, mentionChildren(doc, indices, analysis, kind));
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
  // Built once: looking names up per entity keeps the Outline linear in the number of entities.
  const names = new Map(analysis.entities.map((x) => [x.id, x.name]));
  const article = articleNode(doc, analysis);
  if (article) out.push(article);
  for (const group of GROUPS) {
    let children: DocumentSymbol[];
    if (group.types.includes('date')) children = dateGroups(doc, analysis, group.kind);
    else {
      children = analysis.entities
        .filter((e) => group.types.includes(e.type) && e.mentions.length > 0)
        .sort((a, b) => analysis.mentions[a.mentions[0]].start - analysis.mentions[b.mentions[0]].start)
        .map((e) => {
          const kind = e.type === 'title' ? TITLE_KIND : group.kind;
          const mentions = mentionChildren(doc, e.mentions, analysis, kind);
          return parent(e.name, entityDetail(e, names), kind, mentions);
        });
    }
    if (children.length === 0) continue;
    const node = parent(group.name, `${children.length}`, group.kind, children);
    // Editors sort the Outline by range start. Starting every group on the first line, one
    // character apart, keeps the groups in this order (People, Organizations, …) in any document;
    // a group still starts no later than its first child, as LSP requires.
    const anchor: Position = { line: 0, character: GROUPS.indexOf(group) + 1 };
    if (isBefore(anchor, node.range.start)) node.range = { start: anchor, end: node.range.end };
    out.push(node);
  }
  return out;
}
