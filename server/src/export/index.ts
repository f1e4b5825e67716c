// The export formats, by the name the CLI's --format and the editor's quick pick use.
import { toBrat } from './brat';
import { toConll } from './conll';
import { toCsv } from './csv';
import { toJsonLd } from './jsonld';
import { toNitf } from './nitf';
import { toTimeMl } from './timeml';
import type { ExportInput, ExportResult } from './types';

export interface ExportFormat {
  /** What the quick pick shows. */
  label: string;
  /** One line on what it is for. */
  description: string;
  write: (input: ExportInput) => ExportResult;
}

export const EXPORT_FORMATS = {
  nitf: { label: 'NITF 3.6', description: 'IPTC News Industry Text Format, markup inline', write: toNitf },
  jsonld: {
    label: 'schema.org JSON-LD',
    description: 'NewsArticle with the people, organizations and places',
    write: toJsonLd,
  },
  timeml: {
    label: 'TimeML',
    description: 'TIMEX3 dates, the article date as creation time',
    write: toTimeMl,
  },
  brat: { label: 'brat standoff', description: '.txt and .ann for the brat annotation tool', write: toBrat },
  conll: {
    label: 'CoNLL-2003',
    description: 'a token per line, IOB2 tags PER, ORG, LOC, MISC',
    write: toConll,
  },
  csv: {
    label: 'CSV',
    description: 'a row per mention: line, column, type, text, value, context',
    write: toCsv,
  },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatId = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormatId[];

export function isExportFormat(id: string): id is ExportFormatId {
  return Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, id);
}

export type { ExportFile, ExportInput, ExportResult } from './types';
