// The status bar's two commands: on an analysed article, its entities at a glance (a quick pick
// by type, most mentioned first, that jumps to the first mention); on a plain-text or Markdown file
// that was not taken for an article, "Analyze This File", which opens it as a news article.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Analysis, Entity, MentionType } from '../../server/src/engine/model/types';
import { ANALYSIS_REQUEST, WINDOW_PROBLEM } from '../../server/src/protocol';

/** The groups of the summary, in order; a nationality's entity is its country, a place. */
const GROUPS: readonly [MentionType, string][] = [
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['place', 'Places'],
  ['date', 'Dates'],
  ['rank', 'Ranks'],
  ['title', 'Titles'],
];

interface EntityItem extends vscode.QuickPickItem {
  start?: number;
  end?: number;
}

function countText(n: number): string {
  return `${n} ${n === 1 ? 'mention' : 'mentions'}`;
}

/** A person's rank and office, the other types nothing more. */
function detailOf(e: Entity): string | undefined {
  const parts = [e.rank, e.title].filter((p): p is string => p !== undefined && p !== '');
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** The quick pick's rows for an analysis: a separator per type with entities, then the entities. */
function summaryItems(analysis: Analysis): EntityItem[] {
  const items: EntityItem[] = [];
  for (const [type, label] of GROUPS) {
    const entities = analysis.entities
      .filter((e) => e.type === type && e.mentions.length > 0)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    if (entities.length === 0) continue;
    items.push({ label: `${label} (${entities.length})`, kind: vscode.QuickPickItemKind.Separator });
    for (const e of entities) {
      const first = analysis.mentions[e.mentions[0]];
      items.push({
        label: e.name,
        description: countText(e.mentions.length),
        detail: detailOf(e),
        start: first?.start,
        end: first?.end,
      });
    }
  }
  return items;
}

export async function showSummary(client: LanguageClient | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return;
  const analysis = await client.sendRequest<Analysis | null>(ANALYSIS_REQUEST, {
    uri: editor.document.uri.toString(),
  });
  if (!analysis) {
    void vscode.window.showInformationMessage('Newsmark: this document has no analysis.');
    return;
  }
  const partial = analysis.problems.some((p) => p.code === WINDOW_PROBLEM);
  const date = analysis.meta.date ? `article date ${analysis.meta.date}` : 'no article date';
  const picked = await vscode.window.showQuickPick(summaryItems(analysis), {
    title: `Newsmark: ${analysis.entities.length} entities, ${date}${partial ? ' (the start of a large document only)' : ''}`,
    placeHolder: 'Go to the first mention of…',
    matchOnDescription: false,
    matchOnDetail: true,
  });
  if (picked?.start === undefined || picked.end === undefined) return;
  const range = new vscode.Range(
    editor.document.positionAt(picked.start),
    editor.document.positionAt(picked.end),
  );
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Opens the active plain-text or Markdown file as a news article, so that it is analysed. */
export async function analyzeThisFile(): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) return;
  if (doc.languageId === 'news') {
    void vscode.window.showInformationMessage('Newsmark: this file is already analysed as a news article.');
    return;
  }
  await vscode.languages.setTextDocumentLanguage(doc, 'news');
}
