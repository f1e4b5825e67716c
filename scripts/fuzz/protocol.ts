// Protocol fuzzing over stdio: sessions of random messages to a real server process, well-formed
// and malformed, each checked against what LSP says it must get. A session starts with requests
// before `initialize` (-32002), then mixes document events, requests on open and unknown
// documents, malformed params (-32602), malformed notifications (dropped), malformed messages
// (-32600, -32700), unknown methods (-32601), bursts of requests with cancellations (-32800) and
// settings changes (a hostile lexicon among them); it ends with shutdown and exit (requests after
// shutdown: -32600), with broken framing or with its input closed, each of which must end it.
import type { Tally } from './findings';
import {
  malformedMessage,
  malformedNotification,
  malformedParams,
  randomSettings,
  REQUESTS,
  type OpenDoc,
} from './messages';
import type { Random } from './random';
import { Session, type Outcome } from './session';

/** Ids the fuzzer chooses itself for raw messages, far from the client's own. */
let rawId = 1_000_000;

export async function fuzzProtocol(
  random: Random,
  deadline: number,
  texts: readonly string[],
  tally: Tally,
): Promise<void> {
  while (Date.now() < deadline) await session(random, deadline, texts, tally);
}

async function session(
  random: Random,
  deadline: number,
  texts: readonly string[],
  tally: Tally,
): Promise<void> {
  tally.count('sessions');
  const s = new Session(tally, random.chance(0.3) ? randomSettings(random) : {});
  const docs = new Map<string, OpenDoc>();
  let label = `session ${tally.figures.get('sessions')}`;
  try {
    for (let i = random.int(3); i > 0; i--) {
      const spec = random.pick(REQUESTS);
      tally.cases++;
      await s.expect(
        `${label}: ${spec.method} before initialize`,
        s.client.request(spec.method, spec.params(random, 'untitled:early', undefined)),
        [-32002],
      );
    }
    tally.cases++;
    if ((await s.expect(`${label}: initialize`, s.client.initialize(), ['ok'])) !== 'ok') return;
    const steps = random.between(20, 300);
    for (let step = 0; step < steps && Date.now() < deadline && s.alive(); step++) {
      label = `session ${tally.figures.get('sessions')} step ${step}`;
      await oneStep(random, s, docs, texts, tally, label);
      s.checkLog(label);
    }
    if (!s.alive()) return s.crashed(label);
    await end(random, s, tally, label);
  } finally {
    s.checkLog(label);
    s.kill();
  }
}

/** One case (or one burst of requests), chosen by weight. */
async function oneStep(
  random: Random,
  s: Session,
  docs: Map<string, OpenDoc>,
  texts: readonly string[],
  tally: Tally,
  label: string,
): Promise<void> {
  const roll = random.float();
  tally.cases++;
  if (roll < 0.2) return documentEvent(random, s, docs, texts);
  if (roll < 0.5) {
    const { method, params, allowed } = validRequest(random, docs);
    await s.expect(`${label}: ${method}`, s.client.request(method, params), allowed);
    return;
  }
  if (roll < 0.65) {
    const spec = random.pick(REQUESTS);
    const params = malformedParams(random, spec, spec.params(random, anyUri(random, docs), undefined));
    await s.expect(
      `${label}: ${spec.method} ${JSON.stringify(params).slice(0, 120)}`,
      s.client.request(spec.method, params),
      [-32602],
    );
    return;
  }
  if (roll < 0.73) {
    const bad = malformedNotification(
      random,
      random.chance(0.5) ? anyUri(random, docs) : `untitled:bad-${random.int(1000)}`,
    );
    s.client.notify(bad.method, bad.params);
    // A malformed didOpen never opens its document; the server goes on answering.
    const { method, params, allowed } = validRequest(random, docs);
    await s.expect(
      `${label}: ${method} after a malformed ${bad.method}`,
      s.client.request(method, params),
      allowed,
    );
    return;
  }
  if (roll < 0.81) return malformed(random, s, tally, label);
  if (roll < 0.85) {
    const method = random.pick([
      'textDocument/implementation',
      'textDocument/typeDefinition',
      '$/unknown',
      'newsmark/nothing',
      'constructor',
      '__proto__',
    ]);
    await s.expect(`${label}: unknown ${method}`, s.client.request(method, {}), [-32601]);
    return;
  }
  if (roll < 0.95) return burst(random, s, docs, tally, label);
  s.client.settings = randomSettings(random);
  s.client.notify('workspace/didChangeConfiguration', { settings: null });
}

/** Opens, edits or closes a document as an editor would. */
function documentEvent(
  random: Random,
  s: Session,
  docs: Map<string, OpenDoc>,
  texts: readonly string[],
): void {
  const open = [...docs.values()];
  if (open.length === 0 || (open.length < 6 && random.chance(0.4))) {
    const uri = `untitled:doc-${random.int(1_000_000)}.${random.pick(['news', 'txt', 'md'])}`;
    const text = random.pick(texts);
    const languageId = random.pick(['news', 'plaintext', 'markdown']);
    docs.set(uri, { uri, text, version: 1, languageId });
    s.client.open(uri, text, languageId);
    return;
  }
  const doc = random.pick(open);
  if (random.chance(0.15)) {
    docs.delete(doc.uri);
    s.client.close(doc.uri);
    return;
  }
  // An edit as LSP sends it: a range of the current text and its new text.
  const lines = doc.text.split(/\r\n|\r|\n/);
  const line = random.int(lines.length);
  const character = random.int(lines[line].length + 1);
  const inserted = random.pick(['x', ' General Aibek Sadykov ', '\n\n', '👍🏽', 'on 3 March 2024', '']);
  const start = { line, character };
  const end = { line, character: Math.min(lines[line].length, character + random.int(4)) };
  doc.version++;
  doc.text = replaceLine(lines, line, character, end.character, inserted, doc.text);
  s.client.change(doc.uri, doc.version, [{ range: { start, end }, text: inserted }]);
}

/** The text after replacing characters [from, to) of line `line` (the line breaks kept as they were). */
function replaceLine(
  lines: string[],
  line: number,
  from: number,
  to: number,
  inserted: string,
  text: string,
): string {
  let offset = 0;
  const breaks = /\r\n|\r|\n/g;
  for (let i = 0; i < line; i++) {
    breaks.lastIndex = offset;
    const m = breaks.exec(text) as RegExpExecArray;
    offset = m.index + m[0].length;
  }
  return text.slice(0, offset + from) + inserted + text.slice(offset + to);
}

function anyUri(random: Random, docs: Map<string, OpenDoc>): string {
  const open = [...docs.keys()];
  return open.length > 0 && random.chance(0.8) ? random.pick(open) : `untitled:never-${random.int(1000)}`;
}

/** A well-formed request on an open (or unknown) document, and the outcomes LSP allows it. */
function validRequest(
  random: Random,
  docs: Map<string, OpenDoc>,
): { method: string; params: unknown; allowed: Outcome[] } {
  const spec = random.pick(REQUESTS);
  const uri = anyUri(random, docs);
  const allowed: Outcome[] = spec.mayRefuseLarge ? ['ok', -32802] : ['ok'];
  return { method: spec.method, params: spec.params(random, uri, docs.get(uri)), allowed };
}

/** A raw message that is no valid request; the answer's id and code are checked. */
async function malformed(random: Random, s: Session, tally: Tally, label: string): Promise<void> {
  const id = rawId++;
  const m = malformedMessage(random, id);
  s.client.sendBody(m.body);
  const what = `${label}: ${JSON.stringify(m.body.slice(0, 100))}`;
  try {
    const answer = await s.client.waitForRawResponse(m.id, 5000);
    s.client.rawResponses.splice(s.client.rawResponses.indexOf(answer), 1);
    if (answer.error?.code !== m.code)
      tally.add('wrong error code', `${what}: got ${answer.error?.code ?? 'a result'}, expected ${m.code}`);
    else s.checkMessage(what, answer.error.message);
  } catch {
    if (s.alive()) tally.add('hang', `${what}: no answer`);
    else s.crashed(what);
  }
}

/** Several requests at once, some cancelled at once or a moment later. */
async function burst(
  random: Random,
  s: Session,
  docs: Map<string, OpenDoc>,
  tally: Tally,
  label: string,
): Promise<void> {
  const sent = Array.from({ length: random.between(2, 6) }, () => {
    const { method, params, allowed } = validRequest(random, docs);
    return { method, allowed, cancel: random.chance(0.5), ...s.client.requestWithId(method, params) };
  });
  tally.cases += sent.length - 1;
  const cancelled = sent.filter((r) => r.cancel);
  const cancelAll = () => cancelled.forEach((r) => s.client.notify('$/cancelRequest', { id: r.id }));
  if (random.chance(0.5)) cancelAll();
  else setTimeout(cancelAll, random.int(50));
  for (const r of sent) {
    const allowed: Outcome[] = r.cancel ? [...r.allowed, -32800] : r.allowed;
    await s.expect(`${label}: ${r.method} in a burst${r.cancel ? ', cancelled' : ''}`, r.result, allowed);
  }
  // Cancelling what has been answered, or was never asked, changes nothing.
  s.client.notify('$/cancelRequest', { id: random.pick([rawId++, sent[0].id]) });
}

/** Ends the session one of three ways, each of which must end the process as LSP says. */
async function end(random: Random, s: Session, tally: Tally, label: string): Promise<void> {
  const roll = random.float();
  tally.cases++;
  if (roll < 0.6) {
    tally.count('ended by exit');
    await s.expect(`${label}: shutdown`, s.client.request('shutdown', null), ['ok']);
    for (let i = random.int(3); i > 0; i--) {
      const spec = random.pick(REQUESTS);
      tally.cases++;
      await s.expect(
        `${label}: ${spec.method} after shutdown`,
        s.client.request(spec.method, spec.params(random, 'untitled:late', undefined)),
        [-32600],
      );
    }
    s.ending = true;
    s.client.notify('exit', null);
    return s.ends(`${label}: exit after shutdown`, 0);
  }
  if (roll < 0.9) {
    tally.count('ended by broken framing');
    const breaker = random.pick(FRAMING_BREAKERS);
    s.ending = true;
    s.client.process.stdin.write(breaker.bytes);
    return s.ends(
      `${label}: ${breaker.name}`,
      1,
      /messages cannot be read: .*; exiting, so that the editor can start it again/,
    );
  }
  tally.count('ended by closed input');
  s.ending = true;
  s.client.process.stdin.end();
  return s.ends(`${label}: input closed`, 1, /the input stream ended; exiting/);
}

const body = JSON.stringify({ jsonrpc: '2.0', id: 424242, method: 'shutdown' });

/** Bytes that break LSP's framing, each of which must end the server with a reason. */
const FRAMING_BREAKERS: readonly { name: string; bytes: string }[] = [
  { name: 'a header ended by LF alone', bytes: `Content-Length: ${body.length}\n\n${body}` },
  {
    name: 'a Content-Length too short',
    bytes: `Content-Length: ${body.length - 7}\r\n\r\n${body}Content-Length: 2\r\n\r\n{}`,
  },
  {
    name: 'a Content-Length too long, then nothing',
    bytes: `Content-Length: ${body.length + 40}\r\n\r\n${body}`,
  },
  { name: 'no Content-Length', bytes: `Content-Type: application/json\r\n\r\n${body}` },
  { name: 'a Content-Length that is no number', bytes: `Content-Length: 1e3\r\n\r\n${body}` },
  { name: 'an HTTP request', bytes: 'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n' },
  { name: 'a header of 10 KB', bytes: `X-Padding: ${'p'.repeat(10_000)}` },
];
