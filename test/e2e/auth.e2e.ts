// `npm start` and the editor tests serve VS Code, terminal included, on 127.0.0.1: nothing may get
// in without the password of that start. Checked with raw requests against a started code-server:
// the workbench redirects to the login page, a wrong password sets no session, and a WebSocket
// upgrade is refused without the session cookie (also with a foreign Host and Origin, as a page
// using DNS rebinding would send them) and with a foreign Origin even with the cookie.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  makeProfile,
  newPassword,
  startCodeServer,
  type RunningCodeServer,
} from '../../scripts/editor/code-server';
import { fetchPage, tryUpgrade, type UpgradeAnswer } from './httpProbe';

const WS_PATH = '/?reconnectionToken=probe&reconnection=false&skipWebSocketFrames=false';

function refused(answer: UpgradeAnswer, what: string): void {
  assert.equal(answer.upgraded, false, `${what}: the upgrade was accepted`);
}

describe('code-server behind a password (npm start, editor tests)', function () {
  this.timeout(120_000);
  let scratch: string;
  let server: RunningCodeServer;
  let port: number;
  let session: string;

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'newsmark-auth-'));
    const workspace = join(scratch, 'workspace');
    mkdirSync(workspace);
    server = await startCodeServer(makeProfile(join(scratch, 'profile'), {}), workspace);
    port = Number(new URL(server.baseUrl).port);
  });

  after(async () => {
    await server?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  });

  it('makes a new random password for every start', () => {
    assert.match(server.password, /^[A-Za-z0-9_-]{32}$/);
    assert.notEqual(newPassword(), newPassword());
    assert.ok(!server.output().includes(server.password), 'code-server printed the password');
  });

  it('redirects the workbench to the login page without a session', async () => {
    const page = await fetchPage(server.url);
    assert.equal(page.status, 302);
    assert.match(page.location ?? '', /^\.\/login\b/);
    const login = await fetchPage(`${server.baseUrl}/login`);
    assert.equal(login.status, 200);
    assert.match(login.body, /type="password"/);
  });

  it('sets no session for a wrong password, and one for the right password', async () => {
    const form = { base: '.', href: `${server.baseUrl}/login` };
    const wrong = await fetchPage(`${server.baseUrl}/login`, { form: { ...form, password: 'wrong' } });
    assert.equal(wrong.sessionCookie, undefined);
    const right = await fetchPage(`${server.baseUrl}/login`, {
      form: { ...form, password: server.password },
    });
    assert.equal(right.status, 302);
    assert.ok(right.sessionCookie, `no session cookie after the right password (status ${right.status})`);
    session = right.sessionCookie;
    const page = await fetchPage(server.url, { cookie: session });
    assert.equal(page.status, 200);
    assert.match(page.body, /workbench/);
  });

  it('refuses a WebSocket upgrade without the session cookie', async () => {
    refused(await tryUpgrade(port, WS_PATH, {}), 'no Origin');
    refused(await tryUpgrade(port, WS_PATH, { origin: server.baseUrl }), 'own Origin');
  });

  it('refuses a WebSocket upgrade with a foreign Host and Origin (DNS rebinding)', async () => {
    const origin = `http://rebound.example:${port}`;
    refused(await tryUpgrade(port, WS_PATH, { host: `rebound.example:${port}`, origin }), 'rebinding');
  });

  it('refuses a WebSocket upgrade with a foreign Origin even with the session cookie', async () => {
    const answer = await tryUpgrade(port, WS_PATH, { origin: 'http://elsewhere.example', cookie: session });
    refused(answer, 'foreign Origin with cookie');
  });

  it('accepts the upgrade with the session cookie from its own Origin (the checks above can pass)', async () => {
    const answer = await tryUpgrade(port, WS_PATH, { origin: server.baseUrl, cookie: session });
    assert.deepEqual(answer, { upgraded: true });
  });
});
