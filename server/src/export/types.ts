// What every exporter takes and gives back. An exporter is a pure function: the article's text,
// the engine's Analysis of it and the name to write under in, the files' contents out. Nothing here
// touches the disk or the editor: the CLI writes the files, the language server sends them.
import type { Analysis } from '../engine/model/types';

export interface ExportInput {
  /** The article as analysed: every offset in `analysis` indexes it. */
  text: string;
  analysis: Analysis;
  /** What the article is called in the output (its file's base name, "article" when it has none). */
  name: string;
}

export interface ExportFile {
  /** Appended to the article's base name: ".nitf.xml", ".ann". */
  suffix: string;
  content: string;
}

export interface ExportResult {
  files: ExportFile[];
  /** What the format could not carry (a character XML forbids, a mention crossing another). */
  warnings: string[];
}
