// `newsmark export`: each article in one of the standard formats (server/src/export), written
// under --out as <its path under the folder given, or its base name><suffix>; an article of a
// file holding several gets -1, -2… Standard output (`--out -`) takes one article, or any number
// in CSV (one header) and CoNLL (one -DOCSTART- each). An input is never written over.
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BRAT_ANNOTATION_CONF } from '../export/brat';
import { csvHeader, csvRows } from '../export/csv';
import { EXPORT_WRITERS, exportLabel, type ExportFormatId } from '../export';
import type { Article } from './articles';
import type { InputFile } from './files';

/** Formats whose outputs may follow one another on standard output. */
const STREAMABLE: ReadonlySet<ExportFormatId> = new Set(['csv', 'conll']);

export class ExportWriter {
  private readonly inputs: Set<string>;
  private written = 0;

  constructor(
    private readonly format: ExportFormatId,
    /** A folder, or `-` for standard output. */
    private readonly out: string,
    inputs: readonly InputFile[],
    /** Create the folder and brat's annotation.conf: the main thread does, not each worker. */
    { prepare = true }: { prepare?: boolean } = {},
  ) {
    this.inputs = new Set(inputs.filter((f) => f.path !== '-').map((f) => realPath(f.path)));
    if (out === '-' || !prepare) return;
    mkdirSync(out, { recursive: true });
    if (format === 'brat') writeFileSync(join(out, 'annotation.conf'), BRAT_ANNOTATION_CONF);
  }

  /** What standard output starts with before the first article: CSV's header. */
  preamble(): string {
    return this.format === 'csv' ? csvHeader() : '';
  }

  /** Can standard output hold `count` articles in this format? */
  static fitsStdout(format: ExportFormatId, count: number): boolean {
    return count <= 1 || STREAMABLE.has(format);
  }

  /** Writes one article; returns the paths written, warnings, or an error for this article only. */
  write(
    file: InputFile,
    article: Article,
    stdout: (text: string) => void,
  ): { paths: string[]; warnings: string[] } | { error: string } {
    const suffix = article.count > 1 ? `-${article.index}` : '';
    const base = `${file.outputBase}${suffix}`;
    if (this.out === '-') return this.toStdout(file, article, stdout);
    const result = EXPORT_WRITERS[this.format]({
      text: article.text,
      analysis: article.analysis,
      name: base,
    });
    const paths: string[] = [];
    for (const f of result.files) {
      const path = join(this.out, `${base}${f.suffix}`);
      if (this.inputs.has(realPath(path)))
        return { error: `would write over the input ${path}; choose another --out folder` };
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.content);
      paths.push(path);
    }
    this.written++;
    return { paths, warnings: result.warnings };
  }

  private toStdout(
    file: InputFile,
    article: Article,
    stdout: (text: string) => void,
  ): { paths: string[]; warnings: string[] } | { error: string } {
    if (this.written > 0 && !STREAMABLE.has(this.format))
      return {
        error: `standard output holds one ${exportLabel(this.format)} article; give --out DIR for more`,
      };
    this.written++;
    const name = article.count > 1 ? `${file.path}#${article.index}` : file.path;
    if (this.format === 'csv') {
      stdout(csvRows(name, article.text, article.analysis.mentions, article.analysis.entities).join(''));
      return { paths: [], warnings: [] };
    }
    const result = EXPORT_WRITERS[this.format]({
      text: article.text,
      analysis: article.analysis,
      name,
    });
    for (const f of result.files) stdout(f.content);
    return { paths: [], warnings: result.warnings };
  }
}

/** The file's real path where it exists, else the path made absolute: what "the same file" means. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), path.slice(dirname(path).length + 1));
    } catch {
      return resolve(path);
    }
  }
}
