// A short seeded run of `npm run fuzz` (scripts/fuzz): protocol fuzzing, edit sequences against a
// fresh analysis and the odd inputs, for a few seconds. It must find nothing; its figures are
// printed with the test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

describe('fuzz (dist/dev/fuzz.js --seconds 5 --seed 1)', function () {
  this.timeout(180_000);

  it('finds no crash, hang, wrong error code or mismatch', () => {
    const run = spawnSync(process.execPath, [resolve('dist/dev/fuzz.js'), '--seconds', '5', '--seed', '1'], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    const output = `${run.stdout}${run.stderr}`;
    assert.equal(run.status, 0, output);
    assert.match(
      run.stdout,
      /^ {2}total: [\d,]+ cases in [\d.]+ s: 0 crashes, 0 hangs, 0 wrong error codes, 0 mismatches$/m,
      output,
    );
    // Each part ran at least one case.
    for (const part of ['protocol', 'edits', 'inputs'])
      assert.match(run.stdout, new RegExp(`^ {2}${part}: [1-9][\\d,]* cases`, 'm'));
    process.stdout.write(run.stdout.replace(/^/gm, '      '));
  });
});
