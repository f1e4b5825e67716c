// How each entity type is shown, in one table for the editor and the command line: its name, its
// group, icon and row detail in the Outline, its colour in the terminal, and what its hover card tells. A type
// added to MENTION_TYPES is a compile error here until each of these is said.
// (Colours in the editor come from the semantic token types in package.json, checked against
// MENTION_TYPES by test/extension/manifest.test.ts.)
import type { SymbolKind } from 'vscode-languageserver';
import type { Entity, MentionType } from '../engine/model/types';
import type { AnalysisIndex } from './analysisIndex';
import {
  dateFacts,
  nationalityFacts,
  organizationFacts,
  personFacts,
  placeFacts,
  rankFacts,
  titleFacts,
  type EntityFacts,
} from './entityFacts';

/**
 * An LSP symbol kind by its name ('Variable'): the command line imports this table too, and
 * naming the kind keeps the LSP library out of it. The Outline looks the number up.
 */
export type SymbolKindName = keyof typeof SymbolKind;

/** The Outline's groups, in the order it lists them, each with the icon of its own row. */
export const OUTLINE_GROUPS = [
  { name: 'People', symbolKind: 'Variable' },
  { name: 'Organizations', symbolKind: 'Class' },
  { name: 'Places', symbolKind: 'Module' },
  { name: 'Nationalities', symbolKind: 'EnumMember' },
  { name: 'Dates', symbolKind: 'Number' },
  { name: 'Ranks & Titles', symbolKind: 'Key' },
] as const satisfies readonly { name: string; symbolKind: SymbolKindName }[];

export type OutlineGroupName = (typeof OUTLINE_GROUPS)[number]['name'];

export interface TypePresentation {
  /** The type's name for people: the hover card's heading ("Person"). */
  label: string;
  /** The Outline group its entities are listed in. */
  outlineGroup: OutlineGroupName;
  /** The icon of its entities' rows in the Outline (distinct icons tell the kinds apart). */
  symbolKind: SymbolKindName;
  /**
   * What an entity's Outline row says beside its name, shortest first (the Outline adds the
   * mention count); undefined parts are left out. Said per type, so a new type says it too.
   */
  outlineDetail: (e: Entity, ix: AnalysisIndex) => (string | undefined)[];
  /** Its ANSI colour in `newsmark show`. */
  cliColor: string;
  /** Whether `newsmark show` sums its entities up after the article, under the Outline group's name. */
  inSummary: boolean;
  /**
   * Whether the hover card counts the entity's mentions. Not for ranks and titles: each is one
   * entity per holder, and "Colonel" three times says little.
   */
  countMentions: boolean;
  /** What the hover card, and `show`'s summary line, tell about one of its entities. */
  facts: EntityFacts;
}

export const TYPE_PRESENTATION: Record<MentionType, TypePresentation> = {
  person: {
    label: 'Person',
    outlineGroup: 'People',
    symbolKind: 'Variable',
    outlineDetail: (e) => [e.rank, e.title],
    cliColor: '\u001b[1;36m', // bold cyan
    inSummary: true,
    countMentions: true,
    facts: personFacts,
  },
  organization: {
    label: 'Organization',
    outlineGroup: 'Organizations',
    symbolKind: 'Class',
    outlineDetail: (e) => [e.acronym],
    cliColor: '\u001b[1;35m', // bold magenta
    inSummary: true,
    countMentions: true,
    facts: organizationFacts,
  },
  place: {
    label: 'Place',
    outlineGroup: 'Places',
    symbolKind: 'Module',
    outlineDetail: (e) => [e.placeKind],
    cliColor: '\u001b[1;32m', // bold green
    inSummary: true,
    countMentions: true,
    facts: placeFacts,
  },
  date: {
    label: 'Date',
    outlineGroup: 'Dates',
    symbolKind: 'Number',
    // Dates are listed by value, not as entities (features/documentSymbols.ts: dateRows).
    outlineDetail: () => [],
    cliColor: '\u001b[1;33m', // bold yellow
    inSummary: true,
    countMentions: false,
    facts: dateFacts,
  },
  rank: {
    label: 'Rank',
    outlineGroup: 'Ranks & Titles',
    symbolKind: 'Key',
    outlineDetail: (e, ix) => [ix.nameOf(e.holder)],
    cliColor: '\u001b[34m', // blue
    inSummary: false,
    countMentions: false,
    facts: rankFacts,
  },
  title: {
    label: 'Title',
    outlineGroup: 'Ranks & Titles',
    symbolKind: 'Property',
    outlineDetail: (e, ix) => [ix.nameOf(e.holder)],
    cliColor: '\u001b[94m', // bright blue
    inSummary: false,
    countMentions: false,
    facts: titleFacts,
  },
  nationality: {
    label: 'Nationality',
    outlineGroup: 'Nationalities',
    symbolKind: 'EnumMember',
    // Its name says it all; the hover card names the country.
    outlineDetail: () => [],
    cliColor: '\u001b[90m', // grey
    inSummary: false,
    countMentions: true,
    facts: nationalityFacts,
  },
};
