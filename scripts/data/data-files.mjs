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
