// The open documents' state: one Analysis per document version, computed by the first request for
// that version, shared by every provider and never run twice. It decides a document's state
// (analysed, too large so only windows are analysed, off, or failed), tells the client when that
// state changes, and holds the one rule for what a request gets from a large document (`Need`).
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { Position, TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCancelled, Analyzer } from './engine/pipeline';
import { sameEntries } from './engine/recognizers/userLexicon';
import { readArticleMeta } from './engine/document/meta';
import type { Analysis, Problem } from './engine/model/types';
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

/**
 * What a request needs from a document too large to analyse whole (state `large`); in every other
 * state it gets the whole document's analysis, or none when the document is off or failed.
 * - `whole`: nothing. References, highlights, the Outline and diagnostics list every mention of
 *   something, and a window's would be only some of them while looking like all.
 * - `whole-or-window`: the analysis of the paragraphs around the range asked about (hover, tokens
 *   of a visible range, Copy Analysis as JSON).
 * - `whole-or-refuse`: the request is refused, so the editor falls back to one that can be answered
 *   from a window (full semantic tokens → range tokens).
 */
export type Need = 'whole' | 'whole-or-window' | 'whole-or-refuse';

/** A request's document: its text, its state, and the analysis its need allows, if any. */
export interface Found {
  doc: TextDocument;
  entry: DocumentAnalysis;
  analysis: Analysis | undefined;
}

/** The open documents by uri (the server's TextDocuments, or a map in tests). */
export interface OpenTexts {
  get(uri: string): TextDocument | undefined;
}

/** How a document's state reaches the user: the connection's log and the client's status item. */
export interface DocumentEvents {
  error(message: string): void;
  /** Called when a document's status differs from the last one sent for it. */
  status(status: StatusParams): void;
}

/** How far around a requested range a large document's window reaches for whole paragraphs. */
const WINDOW_SLACK = 2000;
/** A window never grows past this (or the size limit, if larger), however large the range asked. */
const MIN_WINDOW_LIMIT = 10_000;
/** The header (date, dateline) is read from this much of the top of a large document. */
const HEAD_LENGTH = 4000;

export class OpenDocuments {
  private readonly analyzer = new Analyzer();
  private readonly entries = new Map<string, DocumentAnalysis>();
  private readonly windows = new Map<string, { key: string; analysis: Analysis }>();
  /** The last status sent per document, so an unchanged one is not sent again. */
  private readonly sentStatus = new Map<string, string>();
  /** The text last analysed whole per document, for the analyzer to release when it is closed. */
  private readonly analysedTexts = new Map<string, string>();
  settings: NewsmarkSettings = DEFAULT_SETTINGS;
  /** Counts real analyses (not cache hits), so tests can check nothing is analysed twice. */
  analyses = 0;
  /**
   * Asked between blocks while analysing: yes stops the analysis with AnalysisCancelled (the
   * server then reads its messages and asks again; the analysis goes on where it stopped).
   */
  isCancelled: (() => boolean) | undefined;

  constructor(
    private readonly texts: OpenTexts,
    private readonly events: DocumentEvents,
  ) {}

  /**
   * The analysis a request may use, by the rule for its need (see `Need`); `around` is the range
   * asked about, for a window (none: the document's start, as far as a window reaches). Undefined
   * when the document is not open. Sends the document's status when it changed.
   */
  analysisFor(uri: string, need: Need, around?: { start: Position; end: Position }): Found | undefined {
    const doc = this.texts.get(uri);
    if (!doc) return undefined;
    const entry = this.get(doc);
    this.sendStatus(entry);
    if (entry.state !== 'large') return { doc, entry, analysis: entry.analysis };
    if (need === 'whole-or-refuse')
      throw new ResponseError(LSPErrorCodes.ServerCancelled, entry.message, { retriggerRequest: false });
    if (need === 'whole') return { doc, entry, analysis: undefined };
    const start = around ? doc.offsetAt(around.start) : 0;
    const end = around ? doc.offsetAt(around.end) : doc.getText().length;
    return { doc, entry, analysis: this.window(doc, start, end) };
  }

  /**
   * Takes new settings and drops the analyses made under the old ones; returns false, keeping
   * every analysis, when they equal the current ones (editors ask again on every configuration
   * change, and VS Code several times at start).
   */
  setSettings(settings: NewsmarkSettings): boolean {
    const same = sameSettings(settings, this.settings);
    // Settings that do not change an analysis (which inlay hints are shown) are taken all the same.
    this.settings = same ? { ...settings, lexicon: this.settings.lexicon } : settings;
    if (same) return false;
    this.entries.clear();
    this.windows.clear();
    return true;
  }

  forget(uri: string): void {
    const text = this.analysedTexts.get(uri);
    if (text !== undefined) this.analyzer.release(text);
    this.analysedTexts.delete(uri);
    this.entries.delete(uri);
    this.windows.delete(uri);
    this.sentStatus.delete(uri);
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

  private sendStatus(entry: DocumentAnalysis): void {
    const status = statusOf(entry);
    const key = JSON.stringify(status);
    if (this.sentStatus.get(entry.uri) === key) return;
    this.sentStatus.set(entry.uri, key);
    this.events.status(status);
  }

  private compute(doc: TextDocument): DocumentAnalysis {
    try {
      return this.computeUnsafe(doc);
    } catch (error) {
      if (error instanceof AnalysisCancelled) throw error;
      this.events.error(`Analysis of ${doc.uri} (version ${doc.version}) failed: ${errorText(error)}`);
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
        message: `Large document (${count(text.length)} characters, above newsmark.maxDocumentSize ${count(this.settings.maxDocumentSize)}): only the visible part is coloured; Outline and problems are off.`,
      };
    }
    const analysis = this.analyzer.analyze(text, {
      articleDate: this.settings.articleDate,
      lexicon: this.settings.lexicon,
      isCancelled: this.isCancelled,
    });
    this.analyses++;
    this.analysedTexts.set(doc.uri, text);
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
    const limit = Math.max(this.settings.maxDocumentSize, MIN_WINDOW_LIMIT);
    const { from, to } = windowBounds(text, start, end, limit);
    const key = `${doc.version}:${from}:${to}`;
    const cached = this.windows.get(doc.uri);
    if (cached?.key === key) return cached.analysis;
    try {
      const head = readArticleMeta(text.slice(0, HEAD_LENGTH), this.settings.articleDate);
      const local = this.analyzer.analyze(text.slice(from, to), {
        articleDate: this.settings.articleDate ?? head.meta.date,
        lexicon: this.settings.lexicon,
        isCancelled: this.isCancelled,
      });
      this.analyses++;
      const analysis: Analysis = {
        ...local,
        length: text.length,
        meta: head.meta,
        mentions: local.mentions.map((m) => ({ ...m, start: m.start + from, end: m.end + from })),
        // Whoever reads this analysis (a hover's counts, Copy Analysis as JSON) learns that it is
        // a part of the document; the document's own problems are not checked in a window.
        problems: [windowProblem(from, to, text.length, this.settings.maxDocumentSize)],
      };
      this.windows.set(doc.uri, { key, analysis });
      return analysis;
    } catch (error) {
      if (error instanceof AnalysisCancelled) throw error;
      this.events.error(`Analysis of a window of ${doc.uri} failed: ${errorText(error)}`);
      return undefined;
    }
  }
}

/** Whether two settings give the same analyses; the lexicon, which may be large, is compared entry by entry. */
function sameSettings(a: NewsmarkSettings, b: NewsmarkSettings): boolean {
  const { lexicon: lexiconA, ...restA } = a;
  const { lexicon: lexiconB, ...restB } = b;
  // Which inlay hints are shown changes no analysis (JSON leaves an undefined field out).
  const analysed = (rest: object) => JSON.stringify({ ...rest, inlayHints: undefined });
  return analysed(restA) === analysed(restB) && sameEntries(lexiconA, lexiconB);
}

/**
 * The window around [start, end): up to WINDOW_SLACK characters either side, cut back to the
 * nearest paragraph break (else line break) inside that reach, and never longer than `limit`.
 */
export function windowBounds(
  text: string,
  start: number,
  end: number,
  limit: number,
): { from: number; to: number } {
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
  // A huge range request is cut rather than analysing the whole document after all.
  return { from, to: Math.min(to, from + limit) };
}

/** The info problem that marks an analysis as a window's (protocol.ts: WINDOW_PROBLEM). */
function windowProblem(from: number, to: number, length: number, maxDocumentSize: number): Problem {
  return {
    start: from,
    end: to,
    severity: 'info',
    code: WINDOW_PROBLEM,
    message: `Only characters ${count(from)}–${count(to)} of ${count(length)} were analysed: the document is larger than newsmark.maxDocumentSize (${count(maxDocumentSize)}).`,
  };
}

function count(n: number): string {
  return n.toLocaleString('en-US');
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
