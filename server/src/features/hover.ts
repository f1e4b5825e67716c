// Hover: a Markdown card for the mention under the cursor, built from the entity's fields so an
// editor can check who is who (rank, office, organization, country) and what a date resolved to.
import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Entity, Mention } from '../engine/model/types';
import { indexOf, isWindow, TYPE_LABELS, type AnalysisIndex } from '../presentation/analysisIndex';
import { describeDate } from '../presentation/dateText';

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

/** The escaped name of a linked entity; undefined without a link. */
function linkName(ix: AnalysisIndex, id: string | undefined): string | undefined {
  return id ? md(ix.nameOf(id) as string) : undefined;
}

function aliasesText(e: Entity): string | undefined {
  return e.aliases.length ? e.aliases.map(md).join(', ') : undefined;
}

function countText(e: Entity, ix: AnalysisIndex): string {
  // A large document is analysed a window at a time: a count there is the window's, and says so.
  const where = isWindow(ix.analysis) ? 'in this part of the document' : 'in this article';
  if (e.mentions.length === 1) return `1 mention ${where}`;
  // Says where to find them: the Outline lists only a few, Find All References every one.
  return `${e.mentions.length} mentions ${where} (Find All References lists them)`;
}

function personCard(e: Entity, ix: AnalysisIndex): (string | undefined)[] {
  return [
    line('Rank', e.rank ? md(e.rank) : undefined),
    line('Title', e.title ? md(e.title) : undefined),
    line('Organization', linkName(ix, e.organization)),
    line('Country', linkName(ix, e.country)),
    line('Also called', aliasesText(e)),
    countText(e, ix),
  ];
}

function rankCard(e: Entity, ix: AnalysisIndex): (string | undefined)[] {
  const info = e.rankInfo;
  let nato: string | undefined;
  if (info?.nato)
    nato = info.natoBasis === 'comparable' ? `comparable to ${info.nato}` : `${info.nato} (official)`;
  return [
    line('Normalised rank', md(info?.name ?? e.name)),
    line('Branch', info?.branch ? md(info.branch) : undefined),
    line('Tradition', info?.tradition ? md(info.tradition) : undefined),
    line('NATO code', nato),
    line('Held by', linkName(ix, e.holder)),
    line('Source', info?.source ? md(info.source) : undefined),
  ];
}

function titleCard(e: Entity, ix: AnalysisIndex): (string | undefined)[] {
  return [
    line('Office', md(e.title ?? e.name)),
    line('Organization', linkName(ix, e.organization)),
    line('Held by', linkName(ix, e.holder)),
  ];
}

function organizationCard(e: Entity, ix: AnalysisIndex): (string | undefined)[] {
  const people = ix.peopleOf(e.id).map((p) => md(p.name));
  return [
    line('Acronym', e.acronym ? md(e.acronym) : undefined),
    line('Also called', aliasesText(e)),
    line('Part of', linkName(ix, e.parent)),
    line('Country', linkName(ix, e.country)),
    line('People here', people.length ? people.join(', ') : undefined),
    countText(e, ix),
  ];
}

function placeCard(e: Entity, ix: AnalysisIndex): (string | undefined)[] {
  return [
    line('Kind', e.placeKind ? md(e.placeKind) : undefined),
    // A country's own Country line would name itself.
    line('Country', e.country !== e.id ? linkName(ix, e.country) : undefined),
    line('Also called', aliasesText(e)),
    countText(e, ix),
  ];
}

function dateCard(m: Mention, analysis: Analysis): (string | undefined)[] {
  const d = describeDate(m, analysis.meta.date);
  return [
    line('Value', d.value),
    line('Weekday', d.weekday),
    line('Relative to publication', d.distance),
    d.how,
  ];
}

/** The hover card's Markdown for mention `index`. */
function hoverMarkdown(analysis: Analysis, index: number): string {
  const ix = indexOf(analysis);
  const m = analysis.mentions[index];
  const e = ix.entityOf(index);
  const heading = `**${TYPE_LABELS[m.type]}** · ${md(e?.name ?? m.text)}`;
  let body: (string | undefined)[] = [];
  if (m.type === 'date') body = dateCard(m, analysis);
  else if (!e) body = ['_Not linked to an entity._'];
  else if (m.type === 'person') body = personCard(e, ix);
  else if (m.type === 'rank') body = rankCard(e, ix);
  else if (m.type === 'title') body = titleCard(e, ix);
  else if (m.type === 'organization') body = organizationCard(e, ix);
  else if (m.type === 'place') body = placeCard(e, ix);
  else if (m.type === 'nationality') body = [line('Country', linkName(ix, e.country)), countText(e, ix)];
  const lines = [
    heading,
    ...body.filter((l): l is string => l !== undefined),
    `_${md(howFound(m.source))}._`,
  ];
  // Two spaces before a line break make Markdown keep the lines apart without a blank line.
  return lines.join('  \n');
}

export function hoverAt(document: TextDocument, analysis: Analysis, offset: number): Hover | null {
  const found = indexOf(analysis).mentionAt(offset);
  if (!found) return null;
  return {
    contents: { kind: 'markdown', value: hoverMarkdown(analysis, found.index) },
    range: { start: document.positionAt(found.mention.start), end: document.positionAt(found.mention.end) },
  };
}

/** What each recognizer's evidence was, in the reader's words (sources are set in the engine). */
const HOW_FOUND: Record<string, string> = {
  'article-header': 'Read from the article header',
  'article-date-line': 'Read from the date line under the title',
  dateline: 'Read from the dateline',
  dates: 'Found as a date',
  ranks: 'Found in the rank table',
  titles: 'Found as an office',
  names: 'Found in the gazetteer',
  'names:cue': 'A rank, title or honorific stands before the name',
  'names:person-shape': 'Shaped like a person’s name (given name or surname)',
  'names:surname': 'Shaped like a surname',
  'names:speech': 'The source of reported speech',
  'names:given': 'A given name',
  'names:publication': 'A newspaper named after its place',
  'names:unknown-pair': 'Two capitalised words that are not common words',
  'names:org-shape': 'Named like an organization (a head such as Ministry, Agency, Industries)',
  'names:org-extension': 'A known organization’s name and more',
  'names:org-context': 'Context says organization ("automaker …", "…’s shares")',
  'names:coordination': 'Listed with names of this kind',
  'names:acronym': 'An acronym',
  'names:acronym-of': 'The acronym of the name right before it',
  'names:team': 'A team in a match report (score, result or squad words around it)',
  'names:site': 'Named like a site (Airport, Museum, Center)',
  'names:region': 'Named like a geographic feature (Island, River, Gulf)',
  'names:ambiguous-place': 'A place name that is also a word or a given name',
  'names:default': 'Typed by its other mentions in this article',
  linking: 'Another mention in this article says what it is',
  'lexicon:user': 'From your lexicon (newsmark.lexicon)',
};

function howFound(source: string): string {
  return HOW_FOUND[source] ?? `Found by ${source}`;
}
