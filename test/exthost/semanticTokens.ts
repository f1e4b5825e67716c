// The semantic tokens of a document through VS Code's own commands, for the extension-host suites.
import * as vscode from 'vscode';
import type { Legend } from '../e2e/tokens';

/** The document's tokens and legend; undefined while the provider has none yet. */
export async function tokensOf(
  doc: vscode.TextDocument,
): Promise<{ data: Uint32Array; legend: Legend } | undefined> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
    'vscode.provideDocumentSemanticTokensLegend',
    doc.uri,
  );
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>(
    'vscode.provideDocumentSemanticTokens',
    doc.uri,
  );
  if (!legend || !tokens || tokens.data.length === 0) return undefined;
  return {
    data: tokens.data,
    legend: { tokenTypes: legend.tokenTypes, tokenModifiers: legend.tokenModifiers },
  };
}
