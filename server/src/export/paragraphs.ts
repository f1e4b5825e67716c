// The paragraphs of an article as the XML formats need them: runs of text between blank lines,
// trimmed of the white space XML calls white space, so that what lies between two paragraphs is
// only space, tab, CR or LF (the one text an element-only content such as NITF's body.content
// may hold).

export interface Paragraph {
  start: number;
  end: number;
}

/** The paragraphs of `text`, in order; the text between them is XML white space holding a blank line. */
export function paragraphs(text: string): Paragraph[] {
  const found: Paragraph[] = [];
  const separator = /[ \t\r\n]*\n[ \t\r]*\n[ \t\r\n]*/g;
  let from = 0;
  const add = (start: number, end: number): void => {
    while (start < end && isXmlSpace(text.charCodeAt(start))) start++;
    while (end > start && isXmlSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) found.push({ start, end });
  };
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    add(from, m.index);
    from = m.index + m[0].length;
  }
  add(from, text.length);
  return found;
}

function isXmlSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
