// Reads the articles named on the command line. A file that cannot be read becomes an error
// value (not an exception) so the other files are still processed; odd but readable content
// is analysed with a warning, because a reader may still want what can be found in it.
import { readFileSync, statSync } from 'node:fs';

export interface InputText {
  /** The name as given on the command line; `-` for standard input. */
  name: string;
  text: string;
  /** Things about the content worth telling the user (not UTF-8, looks binary, had a BOM). */
  warnings: string[];
}

export interface InputError {
  name: string;
  error: string;
}

export function readInput(
  name: string,
  readStdin: () => Buffer = () => readFileSync(0),
): InputText | InputError {
  let bytes: Buffer;
  try {
    if (name === '-') bytes = readStdin();
    else {
      const stat = statSync(name);
      if (stat.isDirectory()) return { name, error: 'is a directory, not a text file' };
      bytes = readFileSync(name);
    }
  } catch (err) {
    return { name, error: describeFsError(err) };
  }
  return decode(name, bytes);
}

/** Decodes UTF-8, noting what a reader should know about the bytes. */
function decode(name: string, bytes: Buffer): InputText {
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    warnings.push('is not valid UTF-8; undecodable bytes were replaced by U+FFFD');
  }
  // Editors hide a byte-order mark and count offsets after it, so the CLI does the same.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksBinary(text)) warnings.push('does not look like text (control characters); analysed anyway');
  return { name, text, warnings };
}

/** More than 1 % control characters other than tab, newlines and form feed, or any NUL. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127) controls++;
  }
  return controls > sample.length / 100;
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a text file';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
