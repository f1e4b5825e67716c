// One Analysis per document version. Analysis is lazy (computed by the first request for a
// version), shared by every provider, and never run twice for one version. It also decides a
// document's state: analysed, too large (only windows are analysed), off, or failed.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from './engine/pipeline';
import { readArticleMeta } from './engine/document/meta';
import type { Analysis } from './engine/model/types';
import { detectArticle } from './articleDetection';
import { WINDOW_PROBLEM, type DocumentStateName, type StatusParams } from './protocol';
import { DEFAULT_SETTINGS, type NewsmarkSettings } from './settings';

export interface DocumentAnalysis {
  uri: string;
  version: number;
  state: DocumentStateName;
  message: string;
  /** Present in state `ok` only. */
  analysis?: Analysis;
}

/** How far around a requested range a large document's window reaches for whole paragraphs. */
const WINDOW_SLACK = 2000;
/** The header (date, dateline) is read from this much of the top of a large document. */
const HEAD_LENGTH = 4000;

export class AnalysisCache {
  private readonly analyzer = new Analyzer();
  private readonly entries = new Map<string, DocumentAnalysis>();
  private readonly windows = new Map<string, { key: string; analysis: Analysis }>();
  settings: NewsmarkSettings = DEFAULT_SETTINGS;
  /** Counts real analyses (not cache hits), so tests can check nothing is analysed twice. */
  analyses = 0;

  constructor(private readonly log: (message: string) => void) {}

  /**
   * Takes new settings and drops the analyses made under the old ones; returns false, keeping
   * every analysis, when they equal the current ones (editors ask again on every configuration
   * change, and VS Code several times at start).
   */
  setSettings(settings: NewsmarkSettings): boolean {
    if (JSON.stringify(settings) === JSON.stringify(this.settings)) return false;
    this.settings = settings;
    this.entries.clear();
    this.windows.clear();
    return true;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
    this.windows.delete(uri);
  }

  /** The cached entry for this exact version, without analysing. */
  peek(doc: TextDocument): DocumentAnalysis | undefined {
    const e = this.entries.get(doc.uri);
    return e && e.version === doc.version ? e : undefined;
  }

  /** The document's analysis for its current version, computing it on first use. */
  get(doc: TextDocument): DocumentAnalysis {
    const cached = this.peek(doc);
    if (cached) return cached;
    const entry = this.compute(doc);
    this.entries.set(doc.uri, entry);
    return entry;
  }

  private options(): { articleDate?: string; lexicon: NewsmarkSettings['lexicon'] } {
    return { articleDate: this.settings.articleDate, lexicon: this.settings.lexicon };
  }

  private compute(doc: TextDocument): DocumentAnalysis {
    try {
      return this.computeUnsafe(doc);
    } catch (error) {
      this.log(`Analysis of ${doc.uri} (version ${doc.version}) failed: ${errorText(error)}`);
      return {
        uri: doc.uri,
        version: doc.version,
        state: 'error',
        message: `The analysis failed: ${errorText(error, false)}`,
      };
    }
  }

  private computeUnsafe(doc: TextDocument): DocumentAnalysis {
    const base = { uri: doc.uri, version: doc.version };
    const text = doc.getText();
    const detection = detectArticle(doc.languageId, text, this.settings.analyzePlainText);
    if (!detection.analyze) {
      const message =
        detection.reason === 'disabled'
          ? 'Not analysed: newsmark.analyzePlainText is "never".'
          : 'Not analysed: no article header (date YYYY-MM-DD), front matter date or dateline at the top.';
      return { ...base, state: 'off', message };
    }
    if (text.length > this.settings.maxDocumentSize) {
      return {
        ...base,
        state: 'large',
        message: `Large document (${text.length.toLocaleString('en-US')} characters, above newsmark.maxDocumentSize ${this.settings.maxDocumentSize.toLocaleString('en-US')}): only the visible part is coloured; Outline and problems are off.`,
      };
    }
    this.analyses++;
    const analysis = this.analyzer.analyze(text, this.options());
    const counts = `${analysis.entities.length} entities, ${analysis.mentions.length} mentions`;
    const date = analysis.meta.date ? `article date ${analysis.meta.date}` : 'no article date';
    return { ...base, state: 'ok', message: `${date}; ${counts}.`, analysis };
  }

  /**
   * For a large document: the analysis of the paragraphs around [start, end), with offsets in
   * document terms. The article date comes from the document's head, so relative dates still
   * resolve. Remembered for the last window per document (scrolling asks again).
   */
  window(doc: TextDocument, start: number, end: number): Analysis | undefined {
    const text = doc.getText();
    let from = Math.max(0, start - WINDOW_SLACK);
    const para = text.lastIndexOf('\n\n', start);
    if (para >= from) from = para + 2;
    else if (from > 0) {
      const nl = text.lastIndexOf('\n', start);
      from = nl >= from ? nl + 1 : from;
    }
    let to = Math.min(text.length, end + WINDOW_SLACK);
    const next = text.indexOf('\n\n', end);
    if (next !== -1 && next <= to) to = next;
    else if (to < text.length) {
      const nl = text.indexOf('\n', end);
      to = nl !== -1 && nl <= to ? nl : to;
    }
    // A window never grows past the size limit itself (a huge range request is cut).
    to = Math.min(to, from + Math.max(this.settings.maxDocumentSize, 10_000));
    const key = `${doc.version}:${from}:${to}`;
    const cached = this.windows.get(doc.uri);
    if (cached?.key === key) return cached.analysis;
    try {
      const head = readArticleMeta(text.slice(0, HEAD_LENGTH), this.settings.articleDate);
      const slice = text.slice(from, to);
      this.analyses++;
      const local = this.analyzer.analyze(slice, {
        articleDate: this.settings.articleDate ?? head.meta.date,
        lexicon: this.settings.lexicon,
      });
      const analysis: Analysis = {
        ...local,
        length: text.length,
        meta: head.meta,
        mentions: local.mentions.map((m) => ({ ...m, start: m.start + from, end: m.end + from })),
        // Whoever reads this analysis (a hover's counts, Copy Analysis as JSON) learns that it is
        // a part of the document; the document's own problems are not checked in a window.
        problems: [
          {
            start: from,
            end: to,
            severity: 'info',
            code: WINDOW_PROBLEM,
            message: `Only characters ${from.toLocaleString('en-US')}–${to.toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} were analysed: the document is larger than newsmark.maxDocumentSize (${this.settings.maxDocumentSize.toLocaleString('en-US')}).`,
          },
        ],
      };
      this.windows.set(doc.uri, { key, analysis });
      return analysis;
    } catch (error) {
      this.log(`Analysis of a window of ${doc.uri} failed: ${errorText(error)}`);
      return undefined;
    }
  }
}

export function statusOf(entry: DocumentAnalysis): StatusParams {
  const status: StatusParams = { uri: entry.uri, state: entry.state, message: entry.message };
  if (entry.analysis) {
    if (entry.analysis.meta.date) status.articleDate = entry.analysis.meta.date;
    status.entities = entry.analysis.entities.length;
    status.mentions = entry.analysis.mentions.length;
  }
  return status;
}

export function errorText(error: unknown, withStack = true): string {
  if (error instanceof Error) return withStack && error.stack ? error.stack : error.message;
  return String(error);
}
