// A bad setting value is told in a notification by count only: the value itself, which a
// workspace may have written as a `[label](command:…)` link, goes to the output (log) alone.
import assert from 'node:assert/strict';
import { LspClient } from '../helpers/lspClient';

describe('server: ignored settings in notifications', function () {
  this.timeout(60_000);
  let client: LspClient;

  afterEach(async () => {
    await client.stop();
  });

  it('shows no setting value in the notification, and logs it in the output', async () => {
    const link = '[Open a terminal](command:workbench.action.terminal.new)';
    client = new LspClient({ settings: { analyzePlainText: link, lexicon: [link] } });
    await client.initialize();
    const shown = await client.waitForServerRequest('window/showMessageRequest');
    const message = (shown.params as { message: string }).message;
    assert.match(message, /2 setting values were ignored; see the Newsmark output/);
    assert.ok(!message.includes('command:') && !message.includes(']('), message);
    const logged = await client.waitFor(
      (n) =>
        n.method === 'window/logMessage' &&
        (n.params as { message: string }).message.includes('newsmark.analyzePlainText'),
    );
    assert.ok((logged.params as { message: string }).message.includes(link));
  });
});
