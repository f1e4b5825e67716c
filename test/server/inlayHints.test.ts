// Inlay hints through a real server over stdio: the capability, the value after the seed's
// year-less date (from the gold), none after its full header date, and the rank hints turned on
// by a settings change, which also asks the editor to fetch the hints again.
import assert from 'node:assert/strict';
import { defaultCapabilities, LspClient, type InitializeResultLike } from '../helpers/lspClient';
import { goldMention, positionOf, SEED_TEXT, SEED_URI } from './seed';

interface Hint {
  position: { line: number; character: number };
  label: string;
  paddingLeft?: boolean;
}

describe('server: inlay hints', function () {
  this.timeout(30_000);
  let client: LspClient;
  let init: InitializeResultLike;
  const whole = { start: positionOf(SEED_TEXT, 0), end: positionOf(SEED_TEXT, SEED_TEXT.length) };
  const hints = () =>
    client.request<Hint[]>('textDocument/inlayHint', { textDocument: { uri: SEED_URI }, range: whole });

  before(async () => {
    client = new LspClient({ settings: {} });
    const capabilities = defaultCapabilities() as { workspace: Record<string, unknown> };
    capabilities.workspace.inlayHint = { refreshSupport: true };
    init = await client.initialize(capabilities);
    client.open(SEED_URI, SEED_TEXT, 'plaintext');
  });

  after(async () => {
    await client.stop();
  });

  it('advertises inlay hints', () => {
    assert.equal(init.capabilities.inlayHintProvider, true);
  });

  it('shows 2023-11-07 right after "Nov. 7", and nothing after the header date written in full', async () => {
    const nov7 = goldMention('Nov. 7', 'date');
    const header = goldMention('2023-11-08', 'date');
    const got = await hints();
    const at = (offset: number) =>
      got.filter((h) => JSON.stringify(h.position) === JSON.stringify(positionOf(SEED_TEXT, offset)));
    assert.deepEqual(
      at(nov7.end).map((h) => h.label),
      ['2023-11-07'],
    );
    assert.deepEqual(at(header.end), []);
    assert.ok(
      got.every((h) => /^\d{4}-\d{2}(-\d{2})?/.test(h.label)),
      JSON.stringify(got),
    );
  });

  it('adds the NATO code of "Colonel General" once newsmark.inlayHints.ranks is on, and asks for a refresh', async () => {
    const rank = goldMention('Colonel General', 'rank');
    client.settings = { inlayHints: { ranks: true } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitForServerRequest('workspace/inlayHint/refresh');
    const got = await hints();
    const atRank = got.filter(
      (h) => JSON.stringify(h.position) === JSON.stringify(positionOf(SEED_TEXT, rank.end)),
    );
    assert.deepEqual(
      atRank.map((h) => h.label),
      ['≈OF-8'],
    );
  });
});
