// Where the articles of one file begin, when an archive holds several one after another, each
// opening with its own `date YYYY-MM-DD` line or its own front matter with a `date:`. Every
// article is then read with its own date: the engine's metadata reads only the first lines of
// the text it is given. Not part of the pipeline (an article is analysed whole); the command line
// splits its inputs with it.

export interface ArticleRange {
  start: number;
  end: number;
}

// A header line: `date 2023-11-08` at the start of a line, the article's first words perhaps
// running on after it (as in the seed).
const HEADER_LINE = /^[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}(?=[ \t]|\r?$)/;
const FRONT_MATTER_LINES = 60;

/**
 * The articles of `text`, in order, covering it all: the first from offset 0 (so what comes
 * before the first header belongs to it), each next from the line that opens it. A text with one
 * header or none is one article.
 */
export function splitArticles(text: string): ArticleRange[] {
  const starts = [0];
  let lineStart = 0;
  let previousBlank = true;
  let lineNumber = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (
      lineNumber > 0 &&
      (HEADER_LINE.test(line) || (previousBlank && line === '---' && opensFrontMatter(text, lineEnd)))
    )
      starts.push(lineStart);
    previousBlank = line.trim() === '';
    lineStart = lineEnd + 1;
    lineNumber++;
  }
  // Blank lines before the first header are that article's, not one of their own.
  if (starts.length > 1 && text.slice(0, starts[1]).trim() === '') starts.splice(1, 1);
  return starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] : text.length }));
}

/** Whether the `---` line ending at `from` opens front matter: a closing `---` soon, a `date:` inside. */
function opensFrontMatter(text: string, from: number): boolean {
  const lines = text.slice(from + 1).split('\n', FRONT_MATTER_LINES);
  let dated = false;
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (line === '---') return dated;
    if (/^date:[ \t]*\S/.test(line)) dated = true;
  }
  return false;
}
