// The workspace's recorded spellings: `.newsmark/aliases.json` in a workspace folder, a list of
// {"name", "type", "aliases"} entries (the user lexicon's shape) saying that each alias is another
// spelling of the name, so the index counts them as one entity. Written by the quick fix of the
// spelling check, editable by hand; a broken file is ignored with a log line, never a crash.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { entityKey, INDEXED_TYPES, type IndexedType } from './keys';

export const ALIASES_FILE = join('.newsmark', 'aliases.json');

export interface AliasEntry {
  name: string;
  type: IndexedType;
  aliases: string[];
}

/** The entries of an aliases file's text; throws with a reason when it is not a list of entries. */
export function parseAliases(text: string): AliasEntry[] {
  const raw = JSON.parse(text) as unknown;
  if (!Array.isArray(raw)) throw new Error('expected a list of {"name", "type", "aliases"} entries');
  return raw.map((entry: unknown, i) => {
    const e = entry as Partial<AliasEntry> | null;
    const ok =
      typeof e === 'object' &&
      e !== null &&
      typeof e.name === 'string' &&
      INDEXED_TYPES.includes(e.type as IndexedType) &&
      Array.isArray(e.aliases) &&
      e.aliases.every((a) => typeof a === 'string');
    if (!ok)
      throw new Error(`entry ${i + 1} needs a "name", a "type" (${INDEXED_TYPES.join(', ')}) and "aliases"`);
    return { name: e.name as string, type: e.type as IndexedType, aliases: e.aliases as string[] };
  });
}

/** Canonical key → alias keys, from the entries of every folder. */
export function aliasGroups(entries: readonly AliasEntry[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const e of entries) {
    const key = entityKey(e.type, e.name);
    const list = groups.get(key) ?? [];
    for (const a of e.aliases) list.push(entityKey(e.type, a));
    groups.set(key, list);
  }
  return groups;
}

/** The aliases recorded in `folders`; a missing file is none, a broken one is logged and skipped. */
export async function readAliases(
  folders: readonly string[],
  log: (line: string) => void,
): Promise<AliasEntry[]> {
  const all: AliasEntry[] = [];
  for (const folder of folders) {
    const path = join(folder, ALIASES_FILE);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      continue;
    }
    try {
      all.push(...parseAliases(text));
    } catch (error) {
      log(`Newsmark index: ignored ${path}: ${(error as Error).message}.`);
    }
  }
  return all;
}

/** The aliases file's new text with `alias` recorded as another spelling of `name`. */
export function withAlias(current: AliasEntry[], type: IndexedType, name: string, alias: string): string {
  const entries = current.map((e) => ({ ...e, aliases: [...e.aliases] }));
  const entry = entries.find((e) => e.type === type && e.name === name);
  if (entry) {
    if (!entry.aliases.includes(alias)) entry.aliases.push(alias);
  } else entries.push({ name, type, aliases: [alias] });
  return `${JSON.stringify(entries, null, 2)}\n`;
}
