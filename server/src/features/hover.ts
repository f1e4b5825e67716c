// Hover: a Markdown card for the mention under the cursor, built from the entity's fields so an
// editor can check who is who (rank, office, organization, country) and what a date resolved to.
import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Entity, Mention } from '../engine/model/types';
import { SOURCES, type Source } from '../engine/model/sources';
import { analysisIndex, isWindow, type AnalysisIndex } from '../presentation/analysisIndex';
import { describeDate, weekDaysText } from '../presentation/dateText';
import { TYPE_PRESENTATION, type TypePresentation } from '../presentation/typePresentation';

/**
 * Escapes the Markdown characters that act anywhere in a line, so a name renders as written. Values
 * never start a line (each follows a bold label), so list and heading markers need no escape, and
 * editors that show hovers as raw text see few backslashes.
 */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}

function line(label: string, value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : `**${label}:** ${value}`;
}

function countText(e: Entity, ix: AnalysisIndex): string {
  // A large document is analysed a window at a time: a count there is the window's, and says so.
  const where = isWindow(ix.analysis) ? 'in this part of the document' : 'in this article';
  if (e.mentions.length === 1) return `1 mention ${where}`;
  // Says where to find them: the Outline lists only a few, Find All References every one.
  return `${e.mentions.length} mentions ${where} (Find All References lists them)`;
}

/** An entity's card: the facts its type tells (presentation/entityFacts.ts), and how often it is mentioned. */
function entityCard(type: TypePresentation, e: Entity, ix: AnalysisIndex): (string | undefined)[] {
  const facts = type.facts(e, ix).map((f) => line(f.label, md(f.text)));
  return type.countMentions ? [...facts, countText(e, ix)] : facts;
}

function dateCard(m: Mention, analysis: Analysis): (string | undefined)[] {
  const d = describeDate(m, analysis.meta.date);
  // A week's value ("2019-W47") says which days only to someone who counts ISO weeks.
  const days = weekDaysText(m.value);
  return [
    // The heading shows the text; a value written just as it reads would only repeat it.
    d.value === m.text ? undefined : line('Value', days ? `${d.value} (${days})` : d.value),
    line('Weekday', d.weekday),
    line('Relative to publication', d.distance),
    d.how,
  ];
}

/** The card's line on the workspace: in how many indexed articles the entity appears. */
function workspaceLine(articles: number | undefined): string | undefined {
  if (articles === undefined) return undefined;
  if (articles <= 1) return 'In no other article of the workspace';
  return `In ${articles} articles of the workspace (Find All References lists every mention)`;
}

/** The hover card's Markdown for mention `index`; `articles`: in how many indexed articles it appears. */
function hoverMarkdown(analysis: Analysis, index: number, articles?: number): string {
  const ix = analysisIndex(analysis);
  const m = analysis.mentions[index];
  const e = ix.entityOf(index);
  const type = TYPE_PRESENTATION[m.type];
  // A date's entity is named by its value: the heading shows what the text says instead.
  const heading = `**${type.label}** · ${md(m.type === 'date' ? m.text : (e?.name ?? m.text))}`;
  // A date is told from its mention (its value is the mention's), anything else from its entity.
  let body: (string | undefined)[];
  if (m.type === 'date') body = dateCard(m, analysis);
  else if (!e) body = ['_Not linked to an entity._'];
  else body = entityCard(type, e, ix);
  const lines = [
    heading,
    ...[...body, workspaceLine(articles)].filter((l): l is string => l !== undefined),
    `_${md(howFound(m.source))}._`,
  ];
  // Two spaces before a line break make Markdown keep the lines apart without a blank line.
  return lines.join('  \n');
}

export function hoverAt(
  document: TextDocument,
  analysis: Analysis,
  offset: number,
  articles?: number,
): Hover | null {
  const found = analysisIndex(analysis).mentionAt(offset);
  if (!found) return null;
  return {
    contents: { kind: 'markdown', value: hoverMarkdown(analysis, found.index, articles) },
    range: { start: document.positionAt(found.mention.start), end: document.positionAt(found.mention.end) },
  };
}

/** What the evidence was, in the reader's words (each source's sentence is kept beside its key). */
function howFound(source: Source): string {
  return SOURCES[source].how;
}
