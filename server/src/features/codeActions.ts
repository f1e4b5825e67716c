// Corrections in one click: on a mention, or on text the user selected, code actions that record in
// the workspace lexicon what it is (a person, an organization, …), that it is no entity, or that it
// is another name of one of the article's entities. Each action runs a command; the server writes
// the lexicon through a workspace edit (workspaceLexicon.ts), so the editor can undo it.
import { CodeActionKind, type CodeAction, type Command, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Entity, MentionType } from '../engine/model/types';
import { analysisIndex } from '../presentation/analysisIndex';
import {
  ADD_LEXICON_ENTRY_COMMAND,
  SAME_ENTITY_COMMAND,
  type AddLexiconEntryParams,
  type LexiconChange,
  type LexiconEntryType,
  type SameEntityParams,
} from '../protocol';

/** The kind of every correction: a quick fix of the analysis, offered by the light bulb. */
export const CORRECTION_KIND = `${CodeActionKind.QuickFix}.newsmark`;

/** The types a correction may give, in the order the menu lists them. */
const MARK_AS: readonly MentionType[] = ['person', 'organization', 'place', 'rank', 'title'];
/** Entities another name may belong to. */
const NAMED: ReadonlySet<string> = new Set(['person', 'organization', 'place']);
/** Without the client's quick pick, at most this many "Same entity as" actions. */
const SAME_ENTITY_LIMIT = 5;
/** A selection longer than a name may be (the user lexicon's own limit) gets no corrections. */
const MAX_NAME = 200;

export interface CodeActionOptions {
  /** The client can show a quick pick of the entities (SAME_ENTITY_COMMAND). */
  quickPick: boolean;
}

function lexiconAction(title: string, uri: string, change: LexiconChange, preferred = false): CodeAction {
  const params: AddLexiconEntryParams = { uri, change };
  const command: Command = { title, command: ADD_LEXICON_ENTRY_COMMAND, arguments: [params] };
  return preferred
    ? { title, kind: CORRECTION_KIND, command, isPreferred: true }
    : { title, kind: CORRECTION_KIND, command };
}

/**
 * The corrections for `range`: for a selection its text, for a caret the mention under it (none
 * off a mention, so the light bulb does not follow the caret through plain words).
 */
export function codeActions(
  doc: TextDocument,
  analysis: Analysis,
  range: Range,
  options: CodeActionOptions,
): CodeAction[] {
  const ix = analysisIndex(analysis);
  const from = doc.offsetAt(range.start);
  const to = doc.offsetAt(range.end);
  let name: string;
  let current: MentionType | undefined;
  let own: Entity | undefined;
  if (from === to) {
    const found = ix.mentionAt(from);
    if (!found) return [];
    name = found.mention.text;
    current = found.mention.type;
    own = ix.entityOf(found.index);
  } else {
    name = doc.getText(range).trim().replace(/\s+/g, ' ');
    const exact = analysis.mentions.findIndex((m) => m.start === from && m.end === to);
    if (exact !== -1) {
      current = analysis.mentions[exact].type;
      own = ix.entityOf(exact);
    }
  }
  if (name === '' || name.length > MAX_NAME || /[\r\n]/.test(doc.getText(range))) return [];
  const uri = doc.uri;
  const quoted = `“${name}”`;
  const actions: CodeAction[] = MARK_AS.filter((t) => t !== current).map((type) =>
    lexiconAction(`Mark ${quoted} as ${type}`, uri, { kind: 'mark', name, type }),
  );
  if (current !== undefined || from !== to)
    actions.push(lexiconAction(`Mark ${quoted} as not an entity`, uri, { kind: 'mark', name, type: 'none' }));
  actions.push(...sameEntityActions(analysis, name, current, own, uri, options));
  return actions;
}

/** "Same entity as …": the article's people, organizations and places it may be another name of. */
function sameEntityActions(
  analysis: Analysis,
  alias: string,
  current: MentionType | undefined,
  own: Entity | undefined,
  uri: string,
  options: CodeActionOptions,
): CodeAction[] {
  // A date, rank or title is no other name of a person, organization or place.
  if (current !== undefined && !NAMED.has(current)) return [];
  const type = current;
  const choices = analysis.entities
    .filter(
      (e) => e !== own && NAMED.has(e.type) && (type === undefined || e.type === type) && e.name !== alias,
    )
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((e) => ({ name: e.name, type: e.type as LexiconEntryType, mentions: e.mentions.length }));
  if (choices.length === 0) return [];
  if (options.quickPick) {
    const params: SameEntityParams = { uri, alias, choices };
    const title = `Mark “${alias}” as the same entity as …`;
    return [
      { title, kind: CORRECTION_KIND, command: { title, command: SAME_ENTITY_COMMAND, arguments: [params] } },
    ];
  }
  return choices.slice(0, SAME_ENTITY_LIMIT).map((c) =>
    lexiconAction(`Mark “${alias}” as the same entity as ${c.name}`, uri, {
      kind: 'alias',
      name: c.name,
      type: c.type,
      alias,
    }),
  );
}
