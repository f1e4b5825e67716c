// One row per mention, for a spreadsheet: file, line, column (1-based, UTF-16 units as VS Code
// counts them), start and end offsets, type, text, value, entity id, entity name and the line
// around it. RFC 4180 quoting, CRLF row ends, a header row.
import { csvField, LineIndex } from './markup';
import type { ExportInput, ExportResult } from './types';

export const CSV_HEADER = [
  'file',
  'line',
  'column',
  'start',
  'end',
  'type',
  'text',
  'value',
  'entity',
  'entity_name',
  'context',
] as const;

export function toCsv({ text, analysis, name }: ExportInput): ExportResult {
  const rows = [csvHeader()];
  rows.push(...csvRows(name, text, analysis.mentions, analysis.entities));
  return { files: [{ suffix: '.csv', content: rows.join('') }], warnings: [] };
}

export function csvHeader(): string {
  return `${CSV_HEADER.join(',')}\r\n`;
}

/** The rows of one article, each ending in CRLF: what `newsmark export --format csv` appends per file. */
export function csvRows(
  file: string,
  text: string,
  mentions: ExportInput['analysis']['mentions'],
  entities: ExportInput['analysis']['entities'],
): string[] {
  const lines = new LineIndex(text);
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return mentions.map((m) => {
    const { line, column } = lines.position(m.start);
    const cells = [
      csvField(file),
      line,
      column,
      m.start,
      m.end,
      m.type,
      csvField(m.text),
      csvField(m.value),
      csvField(m.entity),
      csvField(m.entity === undefined ? undefined : names.get(m.entity)),
      csvField(lines.context(m.start, m.end)),
    ];
    return `${cells.join(',')}\r\n`;
  });
}
