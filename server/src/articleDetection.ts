// Decides whether a document is a news article the server should analyse. `news` documents always
// are; plain-text and Markdown documents are analysed when they look like an article (or as the
// `newsmark.analyzePlainText` setting says), so an ordinary README never gets coloured.
import type { AnalyzePlainText } from './settings';

/** How much of the top of a document is looked at to decide. */
const HEAD_LENGTH = 2000;

// `date 2023-11-08` on the first line (the seed's header), leading white space allowed.
const HEADER_RE = /^\uFEFF?[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}\b/;
// YAML front matter holding a `date:` key.
const FRONT_MATTER_RE = /^\uFEFF?---\r?\n(?:[^\n]*\r?\n)*?date:[ \t]*["']?\d{4}-\d{2}-\d{2}/;
// A dateline: an all-caps place (one to four words, optional ", Country" / "(Agency)") then a dash,
// at the start of one of the first lines.
const DATELINE_RE =
  /(?:^|\n)[ \t]*\p{Lu}[\p{Lu}\p{M}.'’-]+(?:[ \t]+\p{Lu}[\p{Lu}\p{M}.'’-]+){0,3}(?:,[ \t]*\p{Lu}[\p{L}\p{M} .-]{1,40}?)?(?:[ \t]*\([\p{L}\p{M} .&-]{2,40}\))?[ \t]*(?:—|–|--?)[ \t]/u;

export type DetectionReason = 'news-language' | 'header' | 'front-matter' | 'dateline' | 'setting';

export interface Detection {
  analyze: boolean;
  /** Why: for the status message ("not analysed: no article header, front matter or dateline"). */
  reason: DetectionReason | 'other-language' | 'not-an-article' | 'disabled';
}

/**
 * The languages whose documents may be articles. Other editors name plain text differently:
 * Neovim and Emacs send `text`, some clients `txt` or `plain`.
 */
const CANDIDATE_LANGUAGES = new Set(['news', 'plaintext', 'text', 'txt', 'plain', 'markdown']);

/** Which article marker the top of `text` carries, if any. */
export function articleMarker(text: string): 'header' | 'front-matter' | 'dateline' | undefined {
  const head = text.slice(0, HEAD_LENGTH);
  if (HEADER_RE.test(head)) return 'header';
  if (FRONT_MATTER_RE.test(head)) return 'front-matter';
  // Only the first few lines: a dash after a capitalised word deep in the text is no dateline.
  const top = head.split('\n').slice(0, 6).join('\n');
  if (DATELINE_RE.test(top)) return 'dateline';
  return undefined;
}

export function detectArticle(languageId: string, text: string, mode: AnalyzePlainText): Detection {
  if (languageId === 'news') return { analyze: true, reason: 'news-language' };
  if (!CANDIDATE_LANGUAGES.has(languageId)) return { analyze: false, reason: 'other-language' };
  if (mode === 'never') return { analyze: false, reason: 'disabled' };
  if (mode === 'always') return { analyze: true, reason: 'setting' };
  const marker = articleMarker(text);
  return marker ? { analyze: true, reason: marker } : { analyze: false, reason: 'not-an-article' };
}
