// Time from didOpen to semantic tokens for the seed over the real process, as an editor sees it.
// The bounds are generous (a shared 2-core machine); the figures are printed for the report.
import assert from 'node:assert/strict';
import { LspClient } from '../helpers/lspClient';
import { SEED_TEXT } from './seed';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function openToTokens(
  client: LspClient,
  uri: string,
  text: string,
): Promise<{ ms: number; count: number }> {
  const t0 = process.hrtime.bigint();
  client.open(uri, text, 'plaintext');
  const r = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', {
    textDocument: { uri },
  });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, count: r.data.length / 5 };
}

describe('server latency: didOpen → semantic tokens for the seed', function () {
  this.timeout(120_000);

  it('p50 of 20 opens in one server (new document each time, edited first paragraph) is under 300 ms', async () => {
    const client = new LspClient();
    await client.initialize();
    const times: number[] = [];
    try {
      for (let i = 0; i < 21; i++) {
        // A different first paragraph each time, so at least one block is recognised afresh.
        const text = SEED_TEXT.replace('solidified', `solidified (${i})`);
        const { ms, count } = await openToTokens(client, `untitled:latency-${i}`, text);
        assert.ok(count > 0);
        if (i > 0) times.push(ms); // the first open also loads the lexicon: reported separately below
      }
    } finally {
      await client.stop();
    }
    const p50 = percentile(times, 50);
    console.log(
      `      warm didOpen→tokens: p50 ${p50.toFixed(1)} ms, p90 ${percentile(times, 90).toFixed(1)} ms (n=${times.length})`,
    );
    assert.ok(p50 < 300, `p50 ${p50} ms`);
  });

  it('a cold server (spawn, initialize, didOpen, tokens) answers within 3 s', async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = process.hrtime.bigint();
      const client = new LspClient();
      try {
        await client.initialize();
        await openToTokens(client, 'untitled:cold', SEED_TEXT);
      } finally {
        await client.stop();
      }
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const p50 = percentile(times, 50);
    console.log(`      cold spawn→tokens: p50 ${p50.toFixed(1)} ms (n=${times.length})`);
    assert.ok(p50 < 3000, `p50 ${p50} ms`);
  });
});
