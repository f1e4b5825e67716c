// Which files of the workspace folders may be articles: `.news`, `.txt` and `.md` files, found by
// walking the folders (hidden folders and node_modules skipped). Whether a text or Markdown file
// is an article is then decided on its text, as for an open document (articleDetection.ts).
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The language an editor would give each extension the index reads. */
const LANGUAGE_OF_EXTENSION: Record<string, string> = {
  '.news': 'news',
  '.txt': 'plaintext',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

/** The languageId of a file the index may read, from its name; undefined for any other file. */
export function languageOfPath(path: string): string | undefined {
  return LANGUAGE_OF_EXTENSION[extname(path).toLowerCase()];
}

/** The watcher pattern the client registers: the files `languageOfPath` accepts. */
export const ARTICLE_GLOB = '**/*.{news,txt,md,markdown}';

/** Folders never walked: version control, dependencies, editor state. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

export interface ArticleFile {
  path: string;
  uri: string;
  languageId: string;
}

/** Every candidate file under `folders`, in a stable order; stops early when `stopped` says so. */
export async function listArticleFiles(
  folders: readonly string[],
  stopped: () => boolean,
): Promise<ArticleFile[]> {
  const out: ArticleFile[] = [];
  const pending = [...folders];
  while (pending.length > 0 && !stopped()) {
    const dir = pending.pop() as string;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue; // gone, or not readable: nothing to index there
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skipped(entry.name)) pending.push(path);
      } else if (entry.isFile()) {
        const languageId = languageOfPath(entry.name);
        if (languageId) out.push({ path, uri: pathToFileURL(path).href, languageId });
      }
    }
  }
  return out.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}
