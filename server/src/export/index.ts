// The export formats by id (the ids, labels and descriptions are protocol.ts's, shared with the
// VS Code client and the CLI's --format).
import { EXPORT_FORMATS_OFFERED, type ExportFormatId } from '../protocol';
import { toBrat } from './brat';
import { toConll } from './conll';
import { toCsv } from './csv';
import { toJsonLd } from './jsonld';
import { toNitf } from './nitf';
import { toTimeMl } from './timeml';
import type { ExportInput, ExportResult } from './types';

export type { ExportFormatId } from '../protocol';
export type { ExportFile, ExportInput, ExportResult } from './types';

export const EXPORT_WRITERS: Record<ExportFormatId, (input: ExportInput) => ExportResult> = {
  nitf: toNitf,
  jsonld: toJsonLd,
  timeml: toTimeMl,
  brat: toBrat,
  conll: toConll,
  csv: toCsv,
};

export const EXPORT_FORMAT_IDS: readonly ExportFormatId[] = EXPORT_FORMATS_OFFERED.map((f) => f.id);

export function isExportFormat(id: string): id is ExportFormatId {
  return (EXPORT_FORMAT_IDS as readonly string[]).includes(id);
}

/** What a format is called where people read it ("NITF 3.6"). */
export function exportLabel(id: ExportFormatId): string {
  return EXPORT_FORMATS_OFFERED.find((f) => f.id === id)?.label ?? id;
}

/** The name an article's exports are called by: its file's name without the extension ("article" for none). */
export function exportName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '').replace(/^[a-z][\w+.-]*:/i, '');
  let last = path.slice(path.lastIndexOf('/') + 1);
  try {
    last = decodeURIComponent(last);
  } catch {
    // a malformed escape: the name as written
  }
  const dot = last.lastIndexOf('.');
  const name = dot > 0 ? last.slice(0, dot) : last;
  return name === '' ? 'article' : name;
}
