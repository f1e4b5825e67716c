// What the CLI reads and what it refuses: only regular files, none past --max-size (a device
// never ends, a named pipe with no writer would block for ever, a file past V8's string limit
// cannot be text), standard input as a stream under the same limit; and one input it cannot read
// never costs the others their records, in JSON or JSONL.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRecord } from '../../server/src/cli/record';
import { run, scratchDir, SEED } from './process';

const ARTICLE = 'date 2024-02-03\nGeneral Aibek Sadykov met Minister Dana Omarova in Astana.\n';

describe('newsmark CLI: inputs it refuses', function () {
  this.timeout(60_000);

  /** Two good articles with a sparse 600 MB file (no disk used) between them. */
  function withHugeFile(): { good: string[]; huge: string } {
    const dir = scratchDir('newsmark-huge-');
    const good = [join(dir, 'a.txt'), join(dir, 'c.txt')];
    for (const file of good) writeFileSync(file, ARTICLE);
    const huge = join(dir, 'b.txt');
    execFileSync('truncate', ['-s', '600M', huge]);
    return { good, huge };
  }

  it('reports a 600 MB file on stderr and still writes the others in JSON and JSONL (exit 1)', () => {
    const { good, huge } = withHugeFile();
    for (const format of ['json', 'jsonl']) {
      const result = run(['extract', '--format', format, good[0], huge, good[1]]);
      assert.equal(result.status, 1, result.stderr);
      assert.equal(
        result.stderr,
        `newsmark: ${huge}: is 600 MiB, larger than --max-size (64 MiB); skipped (raise --max-size to read it)\n`,
      );
      const records: ArticleRecord[] =
        format === 'json'
          ? JSON.parse(result.stdout)
          : result.stdout
              .trimEnd()
              .split('\n')
              .map((line) => JSON.parse(line) as ArticleRecord);
      assert.deepEqual(
        records.map((r) => r.file),
        good,
      );
      assert.ok(records.every((r) => r.mentions.some((m) => m.text === 'Aibek Sadykov')));
    }
  });

  it('takes --max-size in bytes or with K, M, G, up to 512M', () => {
    const { good } = withHugeFile();
    const small = run(['extract', '--max-size', '40', good[0]]);
    assert.equal(small.status, 1);
    assert.match(small.stderr, /is 75 bytes, larger than --max-size \(40 bytes\)/);
    assert.equal(small.stdout, '[]\n');
    assert.equal(run(['extract', '--max-size=1k', good[0]]).status, 0);
    for (const bad of ['513M', '0', 'ten', '-1', '1T']) {
      const result = run(['extract', '--max-size', bad, good[0]]);
      assert.equal(result.status, 2, bad);
      assert.match(result.stderr, /--max-size must be a size from 1 byte to 512 MiB/);
    }
  });

  it('refuses a device, a named pipe with no writer (at once) and a folder with no article; the others are printed', () => {
    const dir = scratchDir('newsmark-odd-');
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const result = run(['extract', '/dev/zero', fifo, dir, SEED], { timeoutMs: 20_000 });
    assert.equal(result.signal, null, 'it ended by itself');
    assert.equal(result.status, 1);
    assert.deepEqual(result.stderr.trimEnd().split('\n'), [
      'newsmark: /dev/zero: is a character device, not a regular file',
      `newsmark: ${fifo}: is a named pipe, not a regular file (pipe it into standard input, "-", instead)`,
      `newsmark: ${dir}: holds no article (.news, .txt, .md files), searched recursively`,
    ]);
    assert.deepEqual(
      (JSON.parse(result.stdout) as ArticleRecord[]).map((r) => r.file),
      [SEED],
    );
  });

  it('reads standard input as a stream and refuses it past --max-size: - < /dev/zero', () => {
    for (const [args, limit] of [
      [['--max-size', '1M'], '1 MiB'],
      [[], '64 MiB'],
    ] as const) {
      const zero = openSync('/dev/zero', 'r');
      try {
        const result = run(['extract', ...args, '-'], { stdinFd: zero, timeoutMs: 30_000 });
        assert.equal(result.signal, null, 'it ended by itself');
        assert.equal(result.status, 1);
        assert.equal(
          result.stderr,
          `newsmark: -: is larger than --max-size (${limit}); skipped (raise --max-size to read it)\n`,
        );
        assert.equal(result.stdout, '[]\n');
      } finally {
        closeSync(zero);
      }
    }
  });

  it('refuses a large file given as standard input by its size, without reading it', () => {
    const { huge } = withHugeFile();
    const fd = openSync(huge, 'r');
    try {
      const result = run(['extract', '-'], { stdinFd: fd, timeoutMs: 20_000 });
      assert.equal(result.status, 1);
      assert.match(result.stderr, /^newsmark: -: is 600 MiB, larger than --max-size \(64 MiB\)/);
    } finally {
      closeSync(fd);
    }
  });

  it('refuses a --lexicon that is a device or a named pipe (exit 2)', () => {
    const dir = scratchDir('newsmark-odd-lexicon-');
    const fifo = join(dir, 'lexicon.json');
    execFileSync('mkfifo', [fifo]);
    for (const [file, says] of [
      ['/dev/zero', 'is a character device'],
      [fifo, 'is a named pipe'],
    ]) {
      const result = run(['extract', '--lexicon', file, SEED], { timeoutMs: 20_000 });
      assert.equal(result.status, 2, file);
      assert.equal(result.stderr.split(': ').slice(0, 2).join(': '), `newsmark: --lexicon ${file}`);
      assert.ok(result.stderr.includes(`cannot read it (${says}`), result.stderr);
    }
  });
});
