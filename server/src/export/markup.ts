// What the exporters share: XML and CSV escaping, offsets in code points, line and column, and the
// inline markup of nested spans that NITF and TimeML both write.

/**
 * Characters XML 1.0 cannot hold at all, not even as a character reference: C0 controls other than
 * tab and line ends, lone surrogates, U+FFFE and U+FFFF.
 */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** How many characters of `text` XML cannot hold (each is written as U+FFFD). */
export function xmlForbiddenCount(text: string): number {
  return text.match(XML_FORBIDDEN)?.length ?? 0;
}

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  // Escaping every ">" also breaks any "]]>", which XML forbids in text.
  '>': '&gt;',
  // A parser turns a raw CR (and CR LF) into LF: a reference keeps it.
  '\r': '&#13;',
};
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  // A parser turns raw tabs and line breaks in an attribute into spaces.
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Text as XML character data: a parser gives back `text` exactly (but for what XML forbids). */
export function xmlText(text: string): string {
  return text.replace(XML_FORBIDDEN, '\uFFFD').replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]);
}

/** Text as a double-quoted XML attribute value. */
export function xmlAttribute(text: string): string {
  return text.replace(XML_FORBIDDEN, '\uFFFD').replace(/[&<>"\r\n\t]/g, (c) => ATTRIBUTE_ESCAPES[c]);
}

/**
 * One CSV field as RFC 4180 writes it: quoted when it holds a quote, comma or line break, quotes
 * doubled. A field a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is
 * written with a leading apostrophe, as OWASP advises, so an article cannot plant one.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The code point index of every UTF-16 offset of `text` (length + 1 entries): brat and most
 * tools outside JavaScript count characters, not UTF-16 units.
 */
export function codePointOffsets(text: string): Uint32Array {
  const index = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    index[i] = cp;
    const c = text.charCodeAt(i);
    const pair =
      c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) index[++i] = cp; // the second half of a pair counts with the first
    cp++;
  }
  index[text.length] = cp;
  return index;
}

/** Finds the 1-based line and column (UTF-16 units, as VS Code's status bar shows) of offsets. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }
  /** 1-based line and column of `offset`. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
  /** The line around `start`–`end`, cut to `width` characters either side (… where cut), white space made single spaces. */
  context(start: number, end: number, width = 40): string {
    const { line } = this.position(start);
    const lineStart = this.starts[line - 1];
    let lineEnd = line < this.starts.length ? this.starts[line] : this.text.length;
    while (lineEnd > lineStart && (this.text[lineEnd - 1] === '\n' || this.text[lineEnd - 1] === '\r'))
      lineEnd--;
    const from = Math.max(lineStart, start - width);
    const to = Math.max(Math.min(lineEnd, end + width), Math.min(end, lineEnd));
    const snippet = this.text.slice(from, to).replace(/\s+/g, ' ');
    return `${from > lineStart ? '…' : ''}${snippet}${to < lineEnd ? '…' : ''}`;
  }
}

/** A span to mark inline: `open` and `close` are the tags around `text.slice(start, end)`. */
export interface MarkupSpan {
  start: number;
  end: number;
  open: string;
  close: string;
  /** Said to `canContain` to decide nesting. */
  kind: string;
}

/**
 * `text[from, to)` with the spans that fit in it marked, escaped by `escape`. Spans come sorted by
 * start, longer first; a span that crosses another already open, or that `canContain` refuses
 * inside the open one, is left out and told to `dropped`. Linear: each span opens and closes once.
 */
export function inlineMarkup(
  text: string,
  from: number,
  to: number,
  spans: readonly MarkupSpan[],
  escape: (s: string) => string,
  canContain: (outer: string, inner: string) => boolean,
  dropped: (span: MarkupSpan) => void,
): string {
  let out = '';
  let cursor = from;
  const open: MarkupSpan[] = [];
  const closeUntil = (offset: number): void => {
    while (open.length > 0 && open[open.length - 1].end <= offset) {
      const top = open.pop() as MarkupSpan;
      out += escape(text.slice(cursor, top.end)) + top.close;
      cursor = top.end;
    }
  };
  for (const span of spans) {
    if (span.start < from || span.end > to || span.end <= span.start) {
      dropped(span);
      continue;
    }
    closeUntil(span.start);
    const outer = open[open.length - 1];
    if (span.start < cursor || (outer && (span.end > outer.end || !canContain(outer.kind, span.kind)))) {
      dropped(span);
      continue;
    }
    out += escape(text.slice(cursor, span.start)) + span.open;
    cursor = span.start;
    open.push(span);
  }
  closeUntil(to);
  return out + escape(text.slice(cursor, to));
}

/** Mentions in the order inline markup needs: by start, the longer first. */
export function byStartLongerFirst<T extends { start: number; end: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.start - b.start || b.end - a.end);
}
