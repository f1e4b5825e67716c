// The progress line: what it says, and that it is drawn only on a terminal and cleared.
import assert from 'node:assert/strict';
import { Progress, progressText } from '../../server/src/cli/progress';

describe('cli: progress line', () => {
  it('tells files done, MB/s and the time left', () => {
    assert.equal(progressText(5, 10, 5e6, 10e6, 2000), '5/10 files · 2.5 MB/s · 0:02 left');
    assert.equal(progressText(1, 400, 1e6, 61e6, 1000), '1/400 files · 1.0 MB/s · 1:00 left');
    assert.equal(progressText(0, 3, 0, 9, 0), '0/3 files · 0.0 MB/s · 0:00 left');
  });

  it('draws on a terminal, clears before other output, and stays quiet elsewhere', () => {
    const written: string[] = [];
    const tty = new Progress(2, 20, { isTTY: true, write: (s) => written.push(s) > 0 });
    tty.advance(10);
    tty.clear();
    tty.clear();
    assert.equal(written.length, 2);
    assert.ok(written[0].startsWith('\r\u001b[K1/2 files · '), written[0]);
    assert.match(written[0], / MB\/s · \d+:\d\d left$/);
    assert.equal(written[1], '\r\u001b[K');
    const quiet: string[] = [];
    const pipe = new Progress(2, 20, { isTTY: false, write: (s) => quiet.push(s) > 0 });
    pipe.advance(10);
    pipe.clear();
    assert.deepEqual(quiet, []);
  });
});
