// Which files the command line reads: files as named, folders searched recursively for articles
// (.news, .txt, .md), and glob patterns a shell left unexpanded ('archive/**/*.txt'). Each input
// keeps the name to show and the relative path its outputs are written under, so two `a.txt` in
// different folders never write over each other.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';

const ARTICLE_EXTENSIONS = ['.news', '.txt', '.md'];

export interface InputFile {
  /** The path to read, as the user wrote it or found under their folder; `-` for standard input. */
  path: string;
  /** Where its outputs go, relative to --out, without the extension: "2024/jan/story". */
  outputBase: string;
}

/** An argument that named nothing to read: a pattern matching no file, a folder with no article. */
export interface NothingToRead {
  name: string;
  error: string;
}

/**
 * The inputs the arguments name, in the order given (each folder's and pattern's sorted by path),
 * with what named nothing in its place, so it is reported in order.
 */
export function expandInputs(args: readonly string[]): (InputFile | NothingToRead)[] {
  const files: (InputFile | NothingToRead)[] = [];
  const errors = files;
  for (const arg of args) {
    if (arg === '-') {
      files.push({ path: '-', outputBase: 'stdin' });
      continue;
    }
    let isDirectory = false;
    try {
      isDirectory = statSync(arg).isDirectory();
    } catch {
      if (isGlob(arg)) {
        const matched = globFiles(arg);
        if (matched.length === 0) errors.push({ name: arg, error: 'no file matches this pattern' });
        for (const path of matched)
          files.push({ path, outputBase: withoutExtension(relative(globRoot(arg), path)) });
        continue;
      }
      // Not there: reading it says so, with the reason.
    }
    if (!isDirectory) {
      files.push({ path: arg, outputBase: withoutExtension(basename(arg)) });
      continue;
    }
    const found = articlesUnder(arg);
    if (found.length === 0)
      errors.push({
        name: arg,
        error: `holds no article (${ARTICLE_EXTENSIONS.join(', ')} files), searched recursively`,
      });
    for (const path of found) files.push({ path, outputBase: withoutExtension(relative(arg, path)) });
  }
  return files;
}

function withoutExtension(path: string): string {
  const ext = extname(path);
  return (ext ? path.slice(0, -ext.length) : path).split(sep).join('/');
}

function isArticle(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** Every article file under `dir`, sorted; hidden folders and node_modules are not searched. */
function articlesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return; // unreadable folders are skipped, as `find` would report and go on
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const path = join(folder, e.name);
      if (e.isDirectory()) walk(path);
      else if ((e.isFile() || e.isSymbolicLink()) && isArticle(e.name)) out.push(path);
    }
  };
  walk(dir);
  return out;
}

function isGlob(arg: string): boolean {
  return /[*?[]/.test(arg);
}

/** The folder a pattern starts in: its segments before the first with a wildcard. */
function globRoot(pattern: string): string {
  const parts = pattern.split('/');
  const first = parts.findIndex(isGlob);
  return parts.slice(0, first).join('/') || (pattern.startsWith('/') ? '/' : '.');
}

/** Files matching a pattern of `*`, `?`, `[…]` within a segment and `**` for any depth of folders. */
function globFiles(pattern: string): string[] {
  const parts = pattern.split('/').filter((p, i) => p !== '' || i === 0);
  const absolute = pattern.startsWith('/');
  const out = new Set<string>();
  const match = (dir: string, i: number): void => {
    if (i === parts.length) return;
    const part = parts[i];
    const last = i === parts.length - 1;
    if (part === '**') {
      match(dir, i + 1); // no folder at all
      for (const e of list(dir)) if (e.isDirectory() && !e.name.startsWith('.')) match(join(dir, e.name), i);
      return;
    }
    if (!isGlob(part)) {
      const path = join(dir, part);
      if (last) {
        if (isFile(path)) out.add(path);
      } else match(path, i + 1);
      return;
    }
    const re = segmentRegExp(part);
    for (const e of list(dir)) {
      if (!re.test(e.name) || (e.name.startsWith('.') && !part.startsWith('.'))) continue;
      const path = join(dir, e.name);
      if (last) {
        if (isFile(path)) out.add(path);
      } else if (e.isDirectory() || e.isSymbolicLink()) match(path, i + 1);
    }
  };
  match(absolute ? '/' : '.', absolute ? 1 : 0);
  return [...out].sort();
}

function list(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 1);
      if (close === -1) re += '\\[';
      else {
        const body = segment
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
