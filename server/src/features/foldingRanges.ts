// Folding ranges: each paragraph that spans several lines, and the YAML front matter.
import type { FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { splitBlocks } from '../engine/text/blocks';

export function foldingRanges(doc: TextDocument): FoldingRange[] {
  const text = doc.getText();
  const ranges: FoldingRange[] = [];
  for (const block of splitBlocks(text)) {
    const startLine = doc.positionAt(block.start).line;
    const endLine = doc.positionAt(block.end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine });
  }
  return ranges;
}
