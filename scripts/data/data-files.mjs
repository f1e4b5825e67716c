// Shared writer for the generated data files: one array element per line, each element compact, so
// files stay small and a change to one entry shows as a one-line diff.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'data');

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
