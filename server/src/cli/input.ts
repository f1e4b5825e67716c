// Reads the articles named on the command line. A file that cannot be read becomes an error
// value (not an exception) so the other files are still processed; odd but readable content
// is analysed with a warning, because a reader may still want what can be found in it.
// Only regular files are read, and none past the size limit (--max-size): a device (/dev/zero)
// never ends, a named pipe with no writer would block the command for ever, and a file past
// V8's string limit cannot be held as text at all. Standard input is read as a stream, under
// the same limit.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

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

/** The default of --max-size: far above any article, far below V8's string limit. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** The most --max-size may be: V8's strings hold about 512 million UTF-16 units. */
export const MAX_MAX_BYTES = 512 * 1024 * 1024;

/** Reads the regular file `name`, if it holds at most `maxBytes` bytes. */
export function readInput(name: string, maxBytes: number): InputText | InputError {
  const bytes = readRegularFile(name, maxBytes);
  return 'error' in bytes ? { name, error: bytes.error } : decode(name, bytes.bytes);
}

/**
 * The bytes of the regular file at `path`, at most `maxBytes` of them. Opened without waiting (a
 * named pipe with no writer opens at once) and checked on the descriptor, so the file read is the
 * file checked.
 */
export function readRegularFile(path: string, maxBytes: number): { bytes: Buffer } | { error: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { error: describeFsError(err) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { error: notRegular(stat) };
    if (stat.size > maxBytes) return { error: tooLarge(maxBytes, stat.size) };
    // Read to the end rather than trusting the size: some files (under /proc) say 0, others grow.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size - total, 65536), maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) return { error: tooLarge(maxBytes) };
      chunks.push(chunk.subarray(0, read));
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (err) {
    return { error: describeFsError(err) };
  } finally {
    closeSync(fd);
  }
}

/** Reads standard input as a stream, stopping (and refusing it) past `maxBytes` bytes. */
export async function readStdin(
  maxBytes: number,
  stdin: NodeJS.ReadableStream & { destroy(): void } = process.stdin,
  stat: () => Stats = () => fstatSync(0),
): Promise<InputText | InputError> {
  const name = '-';
  try {
    // A file given as standard input (`- < file`) says its size: no need to read it to refuse it.
    const info = stat();
    if (info.isFile() && info.size > maxBytes) return { name, error: tooLarge(maxBytes, info.size) };
  } catch {
    // A closed or odd standard input: reading it says what is wrong.
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += bytes.length;
      if (total > maxBytes) {
        stdin.destroy();
        return { name, error: tooLarge(maxBytes) };
      }
      chunks.push(bytes);
    }
  } catch (err) {
    return { name, error: describeFsError(err) };
  }
  return decode(name, Buffer.concat(chunks, total));
}

/** "64 MiB", "1.5 KiB", "12 bytes". */
export function sizeText(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${Number(value.toFixed(1))} ${units[unit]}`;
}

function tooLarge(maxBytes: number, size?: number): string {
  const is = size === undefined ? 'is larger' : `is ${sizeText(size)}, larger`;
  return `${is} than --max-size (${sizeText(maxBytes)}); skipped (raise --max-size to read it)`;
}

function notRegular(stat: Stats): string {
  if (stat.isDirectory()) return 'is a directory, not a text file';
  if (stat.isFIFO()) return 'is a named pipe, not a regular file (pipe it into standard input, "-", instead)';
  if (stat.isCharacterDevice()) return 'is a character device, not a regular file';
  if (stat.isBlockDevice()) return 'is a block device, not a regular file';
  if (stat.isSocket()) return 'is a socket, not a regular file';
  return 'is not a regular file';
}

/** Decodes UTF-8, noting what a reader should know about the bytes. */
function decode(name: string, bytes: Buffer): InputText | InputError {
  const warnings: string[] = [];
  let text: string;
  try {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ERR_ENCODING_INVALID_ENCODED_DATA') throw err;
      text = new TextDecoder('utf-8').decode(bytes);
      warnings.push('is not valid UTF-8; undecodable bytes were replaced by U+FFFD');
    }
  } catch (err) {
    // Past V8's string limit (only near the largest --max-size).
    return { name, error: `cannot be held as text: ${err instanceof Error ? err.message : String(err)}` };
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
