// Diagnostics: the engine's problems (malformed article date, ignored lexicon entries, …) and the
// server's own (settings it could not use), as LSP diagnostics with the severity mapped.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Problem, ProblemSeverity } from '../engine/model/types';

const SEVERITY: Record<ProblemSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostics(doc: TextDocument, problems: Problem[]): Diagnostic[] {
  const length = doc.getText().length;
  return problems.map((p) => {
    // Clamp: a problem's offsets come from the text analysed, which is this version's text.
    const start = Math.max(0, Math.min(p.start, length));
    const end = Math.max(start, Math.min(p.end, length));
    return {
      range: { start: doc.positionAt(start), end: doc.positionAt(end) },
      severity: SEVERITY[p.severity] ?? DiagnosticSeverity.Warning,
      code: p.code,
      source: 'newsmark',
      message: p.message,
    };
  });
}
