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
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) return;
    if (end - start <= MAX_BLOCK_LENGTH) {
      blocks.push({ start, end, text: text.slice(start, end) });
      return;
    }
    // Cut at the last line break before the limit, or at the limit's last space, or hard.
    let cut = text.lastIndexOf('\n', start + MAX_BLOCK_LENGTH);
    if (cut <= start) cut = text.lastIndexOf(' ', start + MAX_BLOCK_LENGTH);
    if (cut <= start) cut = start + MAX_BLOCK_LENGTH;
    // Never cut a UTF-16 surrogate pair in half.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut++;
    push(start, cut);
    push(cut, end);
  };
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return blocks;
}
