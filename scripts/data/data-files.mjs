// Shared by the data generators: reading the hand-written tables in ./source and the data files
// earlier steps wrote, and writing data files with one array element per line, each element
// compact, so files stay small and a change to one entry shows as a one-line diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'data');

/** A data file an earlier generator wrote (server/data/NAME), parsed. */
export function readData(name) {
  return JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
}

/** The rows of a `|`-separated table in ./source (blank and `#` lines skipped), cells trimmed. */
export function readSourceRows(name) {
  return readFileSync(new URL(`./source/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('|').map((cell) => cell.trim()));
}

/**
 * The lists of a word-list file in ./source, by name: `[name]` opens a list (a name may hold cells
 * too, as rank tables' do), and every other line is one entry of it, its cells separated by `|` (most entries are one cell: a word or phrase as
 * news writes it); blank lines and `#` lines are skipped. An entry outside a list, a list opened
 * twice, or an entry listed twice in one list is an error, so a hand edit cannot hide one.
 */
export function readSourceLists(name) {
  const lists = {};
  let current;
  const lines = readFileSync(new URL(`./source/${name}`, import.meta.url), 'utf8').split('\n');
  lines.forEach((raw, n) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const where = `${name}:${n + 1}`;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      if (section[1] in lists) throw new Error(`${where}: list [${section[1]}] opened twice`);
      current = lists[section[1]] = [];
      return;
    }
    if (!current) throw new Error(`${where}: an entry before the first [list]`);
    const cells = line.split('|').map((cell) => cell.trim());
    if (current.some((row) => row[0] === cells[0])) throw new Error(`${where}: ${cells[0]} is listed twice`);
    current.push(cells);
  });
  return lists;
}

/** The entries of a list read by readSourceLists whose entries are one cell each. */
export function entriesOf(lists, name) {
  const rows = lists[name];
  if (!rows) throw new Error(`no list [${name}]`);
  for (const row of rows)
    if (row.length !== 1) throw new Error(`[${name}] ${row.join(' | ')}: one cell expected`);
  return rows.map((row) => row[0]);
}

/** Serialises `{ key: [...] , ... }` with each array element on its own line. */
export function writeJson(name, object) {
  const parts = Object.entries(object).map(([key, value]) => {
    if (!Array.isArray(value)) return `${JSON.stringify(key)}:${JSON.stringify(value)}`;
    const items = value.map((item) => JSON.stringify(item)).join(',\n');
    return `${JSON.stringify(key)}:[\n${items}\n]`;
  });
  writeFileSync(join(dataDir, name), `{${parts.join(',\n')}}\n`);
}

/** Case-insensitive, accent-aware sort that is the same on every machine. */
export function sortNames(list) {
  return [...list].sort(
    (a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0),
  );
}
