// The workspace lexicon: each workspace folder's `.newsmark/lexicon.json`, where the corrections
// made in one click (code actions) are written and which the user may edit by hand. This part
// reads the files (from disk, from an editor buffer, or as the server itself last wrote them),
// turns each broken entry into a problem with its range in the file, merges the good entries with
// the `newsmark.lexicon` setting, and computes the edit that records a correction.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// jsonc-parser's ES module build: its UMD build, which the package names first, loads its parts
// by a dynamic require that a bundle cannot follow.
import {
  applyEdits,
  findNodeAtLocation,
  getNodeValue,
  modify,
  parseTree,
  printParseErrorCode,
  type FormattingOptions,
  type Node,
  type ParseError,
} from 'jsonc-parser/lib/esm/main';
import {
  DiagnosticSeverity,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LexiconEntry } from './engine/model/types';
import { normalizeKey } from './engine/text/keys';
import { USER_LEXICON_LIMITS } from './engine/recognizers/userLexicon';
import { LEXICON_FILE, type LexiconChange } from './protocol';
import { readLexiconEntry } from './settings';

/** A broken part of a lexicon file, by offsets in its text. */
export interface FileProblem {
  start: number;
  end: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface ParsedLexicon {
  /** The entries that can be used, in the file's order. */
  entries: LexiconEntry[];
  problems: FileProblem[];
  /** False when the text is not well-formed JSON: its entries are then not used (see LexiconFile). */
  wellFormed: boolean;
}

const SHAPE = 'The lexicon is an object with a list of entries: { "entries": [ { "name": …, "type": … } ] }.';

/** Reads a lexicon file's text; never throws, whatever the text holds. */
export function parseLexicon(text: string): ParsedLexicon {
  // An empty file (just created, or emptied) holds no entries, and nothing is wrong with it.
  if (text.trim() === '') return { entries: [], problems: [], wellFormed: true };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: FileProblem[] = errors.map((e) => ({
    start: e.offset,
    end: e.offset + Math.max(e.length, 1),
    severity: 'error',
    message: `Not valid JSON (${printParseErrorCode(e.error)}); the file's entries stay as they were until it is fixed.`,
  }));
  if (errors.length > 0) return { entries: [], problems, wellFormed: false };
  const list = root?.type === 'object' ? findNodeAtLocation(root, ['entries']) : undefined;
  if (!root || root.type !== 'object' || list?.type !== 'array') {
    const at = list ?? root;
    problems.push({
      start: at?.offset ?? 0,
      end: (at?.offset ?? 0) + (at?.length ?? 0),
      severity: 'error',
      message: SHAPE,
    });
    return { entries: [], problems, wellFormed: true };
  }
  const entries: LexiconEntry[] = [];
  /** Every name and alias seen so far, and the entry that has it. */
  const seen = new Map<string, number>();
  const items = list.children ?? [];
  for (let i = 0; i < items.length; i++) {
    const node = items[i];
    const span = { start: node.offset, end: node.offset + node.length };
    if (i >= USER_LEXICON_LIMITS.entries) {
      problems.push({
        ...span,
        severity: 'warning',
        message: `Only the first ${USER_LEXICON_LIMITS.entries} entries are used (the most a lexicon may have).`,
      });
      break;
    }
    const entry = readLexiconEntry(getNodeValue(node));
    if (typeof entry === 'string') {
      problems.push({ ...span, severity: 'error', message: `This entry ${entry}; it is ignored.` });
      continue;
    }
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      const key = normalizeKey(name);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else
        problems.push({
          ...span,
          severity: 'warning',
          message: `"${name}" is already in entry ${first + 1}, which wins; here it is ignored.`,
        });
    }
    entries.push(entry);
  }
  return { entries, problems, wellFormed: true };
}

/** One folder's lexicon file and the texts it may have. */
interface LexiconFile {
  uri: string;
  /** On disk, as last read (undefined: no file). */
  disk: string | undefined;
  /** In an editor buffer, unsaved changes and all (the VS Code client sends it). */
  open: string | undefined;
  /** As the server's last edit left it, until the disk or the buffer says otherwise. */
  applied: string | undefined;
  parsed: ParsedLexicon;
  /** The entries in use: the last well-formed text's. */
  entries: LexiconEntry[];
}

function textOf(file: LexiconFile): string | undefined {
  return file.open ?? file.applied ?? file.disk;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** A file uri's path, or undefined for another scheme or a malformed uri. */
function pathOf(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The lexicon files of the workspace folders, and the entries they give. */
export class WorkspaceLexicons {
  private folders: string[] = [];
  /** By file path (uris of the same file may be spelled differently by different senders). */
  private readonly files = new Map<string, LexiconFile>();
  private merged: LexiconEntry[] = [];
  private mergedFrom: { files: LexiconEntry[][]; setting: LexiconEntry[] } | undefined;
  /** In a workspace the user has not trusted, the files are read (for their problems) but not used. */
  trusted = true;

  /** The workspace folders (file uris); reads each folder's lexicon from disk. */
  setFolders(folderUris: readonly string[]): void {
    this.folders = folderUris.map((u) => pathOf(u)).filter((p): p is string => p !== undefined);
    this.files.clear();
    for (const folder of this.folders) {
      const path = `${folder.replace(/\/+$/, '')}/${LEXICON_FILE}`;
      const file: LexiconFile = {
        uri: pathToFileURL(path).href,
        disk: readText(path),
        open: undefined,
        applied: undefined,
        parsed: { entries: [], problems: [], wellFormed: true },
        entries: [],
      };
      this.files.set(path, file);
      this.reparse(file);
    }
  }

  /** The lexicon file of a folder the uri names, if it is one. */
  private fileOf(uri: string): LexiconFile | undefined {
    const path = pathOf(uri);
    return path === undefined ? undefined : this.files.get(path);
  }

  isLexicon(uri: string): boolean {
    return this.fileOf(uri) !== undefined;
  }

  /** The lexicon file an article's corrections go to: its folder's, else the first folder's. */
  fileFor(documentUri: string): string | undefined {
    const path = pathOf(documentUri);
    let best: string | undefined;
    for (const folder of this.folders)
      if (path?.startsWith(`${folder}/`) && (best === undefined || folder.length > best.length))
        best = folder;
    const folder = best ?? this.folders[0];
    return folder === undefined ? undefined : this.files.get(`${folder}/${LEXICON_FILE}`)?.uri;
  }

  /** The file changed on disk (a watched-file event); returns whether it is a lexicon file. */
  reloadFromDisk(uri: string): boolean {
    const file = this.fileOf(uri);
    if (!file) return false;
    const path = pathOf(file.uri) as string;
    file.disk = readText(path);
    file.applied = undefined;
    this.reparse(file);
    return true;
  }

  /** The editor's buffer of the file (null: closed); returns whether it is a lexicon file. */
  setOpenText(uri: string, text: string | null): boolean {
    const file = this.fileOf(uri);
    if (!file) return false;
    file.open = text ?? undefined;
    if (text === null) file.disk = readText(pathOf(file.uri) as string);
    this.reparse(file);
    return true;
  }

  /** What the server's own edit made of the file, used until the buffer or the disk says more. */
  setApplied(uri: string, text: string): void {
    const file = this.fileOf(uri);
    if (!file) return;
    file.applied = text;
    this.reparse(file);
  }

  /** The file's current text (undefined: it does not exist yet). */
  text(uri: string): string | undefined {
    const file = this.fileOf(uri);
    return file && textOf(file);
  }

  /** Every lexicon file's uri and its problems as diagnostics, for publishing. */
  diagnostics(): { uri: string; diagnostics: Diagnostic[] }[] {
    return [...this.files.values()].map((file) => {
      const doc = TextDocument.create(file.uri, 'json', 0, textOf(file) ?? '');
      const untrusted: Diagnostic[] =
        this.trusted || file.entries.length === 0
          ? []
          : [
              {
                range: { start: doc.positionAt(0), end: doc.positionAt(0) },
                severity: DiagnosticSeverity.Information,
                source: 'newsmark',
                message: 'Not used until you trust this workspace (Restricted Mode).',
              },
            ];
      return {
        uri: file.uri,
        diagnostics: [
          ...untrusted,
          ...file.parsed.problems.map((p): Diagnostic => ({
            range: { start: doc.positionAt(p.start), end: doc.positionAt(p.end) },
            severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            source: 'newsmark',
            code: 'lexicon-entry',
            message: p.message,
          })),
        ],
      };
    });
  }

  /**
   * The entries every analysis uses: the lexicon files' (folder by folder), then the setting's.
   * A name in both takes the file's entry (the engine keeps the first entry of a name). The same
   * list comes back while nothing changed, so the engine does not index it again.
   */
  entries(setting: LexiconEntry[]): LexiconEntry[] {
    const files = this.trusted ? [...this.files.values()].map((f) => f.entries) : [];
    const from = this.mergedFrom;
    if (from && from.setting === setting && sameLists(from.files, files)) return this.merged;
    this.mergedFrom = { files, setting };
    const fromFiles = files.flat();
    this.merged = fromFiles.length === 0 ? setting : [...fromFiles, ...setting];
    return this.merged;
  }

  private reparse(file: LexiconFile): void {
    file.parsed = parseLexicon(textOf(file) ?? '');
    // A half-typed entry (not JSON yet) keeps the entries in use: colours do not flicker while typing.
    if (file.parsed.wellFormed) file.entries = file.parsed.entries;
  }
}

function sameLists<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** What a correction does to the file: its new text and a sentence saying what was recorded. */
export interface LexiconPlan {
  after: string;
  message: string;
}

function formattingOf(text: string): FormattingOptions {
  return {
    insertSpaces: !/\n\t/.test(text),
    tabSize: /\n {4}"/.test(text) && !/\n {2}"/.test(text) ? 4 : 2,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

function entryText(type: string): string {
  return type === 'none' ? 'not an entity' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

/**
 * The file's text after a correction, keeping every other entry and the file's layout; a string
 * (the reason) when the file cannot be changed safely (not JSON, or not a lexicon's shape).
 * `file` is the path shown in the message.
 */
export function planLexiconChange(
  before: string | undefined,
  change: LexiconChange,
  file = LEXICON_FILE,
): LexiconPlan | string {
  const text = before ?? '';
  const errors: ParseError[] = [];
  const root =
    text.trim() === ''
      ? undefined
      : parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) return `${file} is not valid JSON: fix it first (its problems are listed).`;
  if (text.trim() !== '' && root?.type !== 'object') return `${file} is not a lexicon. ${SHAPE}`;
  const options = { formattingOptions: formattingOf(text) };
  const list = root ? findNodeAtLocation(root, ['entries']) : undefined;
  if (list !== undefined && list.type !== 'array') return `${file} is not a lexicon. ${SHAPE}`;
  const items: Node[] = list?.children ?? [];
  const values = items.map((n) => getNodeValue(n) as Partial<LexiconEntry> | null);
  const name = change.kind === 'alias' ? change.alias : change.name;
  const key = normalizeKey(change.name);
  const own = values.findIndex((v) => typeof v?.name === 'string' && normalizeKey(v.name) === key);
  let after = text.trim() === '' ? '{}' : text;
  const edit = (path: (string | number)[], value: unknown) => {
    after = applyEdits(after, modify(after, path, value, options));
  };
  const append = (entry: LexiconEntry) => {
    // The list as it is now: an alias taken out of another entry has moved what follows.
    const now = findNodeAtLocation(parseTree(after) as Node, ['entries']);
    if (now === undefined) edit(['entries'], [entry]);
    else if ((now.children ?? []).length === 0) edit(['entries', -1], entry);
    else after = appendItem(after, now, entry, options.formattingOptions);
  };
  let message: string;
  if (change.kind === 'mark') {
    message = `“${name}” is ${entryText(change.type)}: recorded in ${file}.`;
    if (own !== -1) {
      if (values[own]?.type === change.type)
        return { after: before ?? '', message: `“${name}” is already ${entryText(change.type)} in ${file}.` };
      edit(['entries', own, 'type'], change.type);
    } else {
      // The name may be another entry's alias: it now stands on its own.
      const aliasKey = normalizeKey(name);
      values.forEach((v, i) => {
        const aliases = Array.isArray(v?.aliases) ? v.aliases : [];
        const j = aliases.findIndex((a) => typeof a === 'string' && normalizeKey(a) === aliasKey);
        if (j !== -1) edit(['entries', i, 'aliases', j], undefined);
      });
      append({ name, type: change.type });
    }
  } else {
    message = `“${name}” is another name of ${change.name}: recorded in ${file}.`;
    if (own === -1) append({ name: change.name, type: change.type, aliases: [name] });
    else {
      const aliases = values[own]?.aliases;
      const aliasKey = normalizeKey(name);
      if (
        Array.isArray(aliases) &&
        aliases.some((a) => typeof a === 'string' && normalizeKey(a) === aliasKey)
      )
        return {
          after: before ?? '',
          message: `“${name}” is already another name of ${change.name} in ${file}.`,
        };
      const node = findNodeAtLocation(items[own], ['aliases']);
      if (node?.type === 'array' && (node.children ?? []).length > 0)
        after = appendItem(after, node, name, options.formattingOptions);
      else edit(['entries', own, 'aliases'], [name]);
    }
  }
  if (!after.endsWith('\n')) after += options.formattingOptions.eol;
  return { after, message };
}

/** A value on one line, spaced as people write it: `{ "name": "Ata", "aliases": ["A", "B"] }`. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value === 'object' && value !== null)
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`)
      .join(', ')} }`;
  return JSON.stringify(value);
}

/**
 * `text` with `value` after the last item of the non-empty `array`, written as that item is: on a
 * line of its own with its indentation or after it on the same line, on one line or spread out.
 * (jsonc-parser's own insertion formats the item before it again, changing an entry the user wrote.)
 */
function appendItem(text: string, array: Node, value: unknown, format: FormattingOptions): string {
  const items = array.children ?? [];
  const last = items[items.length - 1];
  const end = last.offset + last.length;
  const lead = text.slice(text.lastIndexOf('\n', last.offset) + 1, last.offset);
  const ownLine = /^[ \t]*$/.test(lead);
  const eol = format.eol ?? '\n';
  const unit = format.insertSpaces ? ' '.repeat(format.tabSize ?? 2) : '\t';
  const body = text.slice(last.offset, end).includes('\n')
    ? JSON.stringify(value, null, unit)
        .split('\n')
        .join(eol + (ownLine ? lead : ''))
    : inline(value);
  return `${text.slice(0, end)}${ownLine ? `,${eol}${lead}` : ', '}${body}${text.slice(end)}`;
}

/**
 * The workspace edit that turns `before` into `after` in one text edit over the part that differs
 * (one step to undo). Without the file yet: created, then filled. Undefined when the editor can
 * create no file: the server writes it itself.
 */
export function lexiconWorkspaceEdit(
  uri: string,
  before: string | undefined,
  after: string,
  can: { documentChanges: boolean; create: boolean },
): WorkspaceEdit | undefined {
  if (before === undefined) {
    if (!can.documentChanges || !can.create) return undefined;
    const fill: TextEdit = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      newText: after,
    };
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [fill] },
      ],
    };
  }
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  const doc = TextDocument.create(uri, 'json', 0, before);
  const edit: TextEdit = {
    range: { start: doc.positionAt(start), end: doc.positionAt(before.length - end) },
    newText: after.slice(start, after.length - end),
  };
  return can.documentChanges
    ? { documentChanges: [{ textDocument: { uri, version: null }, edits: [edit] }] }
    : { changes: { [uri]: [edit] } };
}

/** The folder a lexicon file must be created in (for a server that writes the file itself). */
export function lexiconFolder(uri: string): string | undefined {
  const path = pathOf(uri);
  return path === undefined ? undefined : dirname(path);
}
