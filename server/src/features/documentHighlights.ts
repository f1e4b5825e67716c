// Document highlights: with the cursor on a mention, the editor marks every mention of the same
// entity (or date) in the document, and in VS Code also in the scroll bar, which shows at a glance
// where an entity comes back.
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine/model/types';
import { coreferentRangesAt } from './references';

export function documentHighlightsAt(
  doc: TextDocument,
  analysis: Analysis,
  offset: number,
): DocumentHighlight[] | null {
  const ranges = coreferentRangesAt(doc, analysis, offset);
  if (!ranges) return null;
  // The first mention introduces the entity (the "declaration" of Find All References and of the
  // semantic tokens). Editors draw Write highlights stronger than Text ones, so the place where a
  // person or organization is introduced stands out among the later mentions.
  return ranges.map((range, k) => ({
    range,
    kind: k === 0 ? DocumentHighlightKind.Write : DocumentHighlightKind.Text,
  }));
}
