// Server-side time of the providers, in process: the same functions the language server calls,
// on an analysis it would have cached, with no JSON-RPC transport or client around them. The
// LSP rows of the bench include the transport; these say how much of it is the server's own work.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../server/src/engine/pipeline';
import { documentHighlightsAt } from '../../server/src/features/documentHighlights';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { hoverAt } from '../../server/src/features/hover';
import { referencesAt } from '../../server/src/features/references';
import { buildTokens } from '../../server/src/features/semanticTokens';
import { percentile } from './stats';
import { sampleDate, type BenchTexts, type DocumentKind } from './texts';

export interface ProviderTiming {
  size: string;
  operation: string;
  samples: number[];
}

function timed(samples: number[], run: () => unknown): void {
  const started = performance.now();
  run();
  samples.push(performance.now() - started);
}

export function measureProviders(
  texts: BenchTexts,
  sizes: readonly { label: string; size: number; kind: DocumentKind }[],
): ProviderTiming[] {
  const out: ProviderTiming[] = [];
  sizes.forEach(({ label, size, kind }, n) => {
    const analyzer = new Analyzer();
    let text = texts.document(kind, size, n, sampleDate(900 + n));
    let doc = TextDocument.create(`file:///bench/${label}.txt`, 'plaintext', 1, text);
    let analysis = analyzer.analyze(text);
    const hover: number[] = [];
    const symbols: number[] = [];
    const references: number[] = [];
    const highlights: number[] = [];
    const tokens: number[] = [];
    const edit: number[] = [];
    for (let i = 0; i < 30; i++) {
      const offset = Math.floor((((i * 7919) % 1000) / 1000) * text.length);
      timed(hover, () => hoverAt(doc, analysis, offset));
      // References and highlights on a mention (spread over the document), as editors ask for them.
      const m = analysis.mentions[Math.floor((((i * 7919) % 1000) / 1000) * analysis.mentions.length)];
      timed(references, () => JSON.stringify(referencesAt(doc, analysis, m.start, true)));
      timed(highlights, () => JSON.stringify(documentHighlightsAt(doc, analysis, m.start)));
    }
    for (let i = 0; i < 10; i++) timed(symbols, () => JSON.stringify(documentSymbols(doc, analysis)));
    for (let i = 0; i < 10; i++) timed(tokens, () => buildTokens(text, analysis));
    for (let i = 0; i < 10; i++) {
      // One character typed in the middle: re-analysis (unchanged paragraphs from the cache) and
      // the full token array, as didChange → semanticTokens/full costs the server.
      const at = Math.floor(text.length / 2) + i;
      text = text.slice(0, at) + 'x' + text.slice(at);
      timed(edit, () => {
        analysis = analyzer.analyze(text);
        buildTokens(text, analysis);
      });
    }
    doc = TextDocument.create(doc.uri, 'plaintext', 2, text);
    out.push(
      { size: label, operation: 'hover', samples: hover },
      { size: label, operation: 'documentSymbol (+ JSON)', samples: symbols },
      { size: label, operation: 'references (+ JSON)', samples: references },
      { size: label, operation: 'documentHighlight (+ JSON)', samples: highlights },
      { size: label, operation: 'semanticTokens/full', samples: tokens },
      { size: label, operation: 'edit → semanticTokens/full', samples: edit },
    );
  });
  return out;
}

export function p50(t: ProviderTiming): number {
  return percentile(t.samples, 50);
}
