// Splits a document into blocks (paragraphs) that are recognised independently. A block is the
// unit of incremental re-analysis: an edit re-recognises only the blocks whose text changed.

export interface Block {
  start: number;
  end: number;
  text: string;
}

/** Paragraphs longer than this are cut at line breaks, so one huge paragraph is not one unit. */
export const MAX_BLOCK_LENGTH = 4000;

/** Blank lines separate blocks; white space around a block is not part of it. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /\r?\n[ \t]*(?:\r?\n[ \t]*)+/g;
  let from = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    pushParagraph(text, from, m.index, blocks);
    from = m.index + m[0].length;
  }
  pushParagraph(text, from, text.length, blocks);
  return blocks;
}

/**
 * Pushes the paragraph text[start, end) as blocks of at most MAX_BLOCK_LENGTH characters, trimmed.
 * A long paragraph is cut at the last line break within the limit, else at the last space, else
 * hard at the limit. The line break and space last seen are tracked by one forward scan over the
 * paragraph, so each character is looked at once however many cuts there are.
 */
function pushParagraph(text: string, start: number, end: number, blocks: Block[]): void {
  let scanned = start;
  let lastBreak = -1;
  let lastSpace = -1;
  for (;;) {
    while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    if (end - start <= MAX_BLOCK_LENGTH) {
      blocks.push({ start, end, text: text.slice(start, end) });
      return;
    }
    const limit = start + MAX_BLOCK_LENGTH;
    for (; scanned <= limit; scanned++) {
      const code = text.charCodeAt(scanned);
      if (code === 10) lastBreak = scanned;
      else if (code === 32) lastSpace = scanned;
    }
    let cut = lastBreak > start ? lastBreak : lastSpace > start ? lastSpace : limit;
    // Never cut a UTF-16 surrogate pair in half: the piece keeps the whole pair, one over the limit.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut++;
    pushPiece(text, start, cut, blocks);
    start = cut;
  }
}

/** Pushes text[start, end) (at most one character over the limit) as one block, trimmed. */
function pushPiece(text: string, start: number, end: number, blocks: Block[]): void {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) blocks.push({ start, end, text: text.slice(start, end) });
}

/** Whether a UTF-16 code unit is white space or a line terminator: what `/\s/` matches. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
