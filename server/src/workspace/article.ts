// One article file through the engine to its postings: what each index worker runs, and what the
// server runs itself when no worker can be started.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyzer } from '../engine/pipeline';
import type { LexiconEntry } from '../engine/model/types';
import { summarize, type ArticleSummary } from './keys';

/** The settings that change what the engine finds, the same for every article of the folder. */
export interface AnalysisSettings {
  articleDate?: string;
  lexicon: LexiconEntry[];
}

export function summarizeText(analyzer: Analyzer, text: string, settings: AnalysisSettings): ArticleSummary {
  const analysis = analyzer.analyze(text, { articleDate: settings.articleDate, lexicon: settings.lexicon });
  // Line starts are computed once per text; positionAt is then a binary search.
  const doc = TextDocument.create('file:///article', 'news', 0, text);
  return summarize(analysis, (offset) => doc.positionAt(offset));
}
