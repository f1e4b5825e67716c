// Runs the bundled CLI (`node dist/cli.js`) as a real process, as a user would; shared by the CLI tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
export const CLI = join(ROOT, 'dist/cli.js');
export const SEED = 'seeds/000_b25a24690d4f76d1.txt';

export interface RunOptions {
  /** Standard input's text. */
  input?: string;
  /** Standard input as an open file descriptor (a device, a file) instead. */
  stdinFd?: number;
  env?: NodeJS.ProcessEnv;
  /** Kill the command after this many milliseconds (it then has `signal` set). */
  timeoutMs?: number;
}

export function run(args: string[], options: RunOptions = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    input: options.input,
    stdio: [options.stdinFd ?? 'pipe', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: options.timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '', ...options.env },
  });
  if (result.error && options.timeoutMs === undefined) throw result.error;
  return result;
}

/** Temporary folders the tests made; removed when the tests end. */
const scratchDirs: string[] = [];
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}
after(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});
