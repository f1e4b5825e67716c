// Random edit sequences checked against a fresh analysis. Each sequence edits an article as a
// user would (typing, deleting, pasting, splitting and joining paragraphs, CRLF, emoji, and edits
// that fall between the two halves of a surrogate pair); after every edit the engine's analysis
// (which reuses the unchanged paragraphs) must equal a fresh analyzer's, and at the end the
// server, which was sent the same edits as LSP changes, must colour the text exactly as a server
// that is sent the final text at once.
import { AnalysisCancelled, Analyzer } from '../../server/src/engine/pipeline';
import type { Analysis } from '../../server/src/engine/model/types';
import type { Tally } from './findings';
import type { Random } from './random';
import { Session } from './session';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver';

/** What a user types or pastes. */
const SNIPPETS = [
  'x',
  ' ',
  'e',
  '.',
  '\n',
  '\n\n',
  '\r\n',
  '\r\n\r\n',
  'General Aibek Sadykov',
  ' Minister of Defense Dana Omarova said on Monday',
  'on 3 March 2024',
  'last week',
  'ASTANA — ',
  'date 2024-02-29\n',
  '👍🏽',
  '🇰🇿 ',
  '👨‍👩‍👧',
  'é',
  'ё',
  'الرئيس',
  '\u202e',
  '\ud83d',
  '\ude00',
  '\u0000',
  '\t',
];

interface Edit {
  start: number;
  end: number;
  text: string;
  /** The edit falls between the halves of a surrogate pair. */
  splitsPair: boolean;
}

/** Offsets between the two halves of a surrogate pair in `text`. */
function pairMiddles(text: string): number[] {
  const middles: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const hi = text.charCodeAt(i - 1);
    const lo = text.charCodeAt(i);
    if (hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) middles.push(i);
  }
  return middles;
}

/** An offset an LSP position can name: not between the CR and LF of a line break. */
function nameable(text: string, offset: number): number {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10
    ? offset - 1
    : offset;
}

function randomEdit(random: Random, text: string): Edit {
  const middles = random.chance(0.15) ? pairMiddles(text) : [];
  const at = middles.length > 0 ? random.pick(middles) : random.int(text.length + 1);
  const start = nameable(text, at);
  const roll = random.float();
  let end = start;
  let inserted = '';
  if (roll < 0.45) inserted = random.pick(SNIPPETS);
  else if (roll < 0.75) end = Math.min(text.length, start + random.between(1, 20));
  else if (roll < 0.85) end = Math.min(text.length, start + random.between(20, 2000));
  else {
    end = Math.min(text.length, start + random.between(1, 10));
    inserted = random.pick(SNIPPETS);
  }
  end = nameable(text, end);
  const splitsPair = middles.includes(start) || pairMiddles(text).includes(end);
  return { start, end, text: inserted, splitsPair };
}

/** LSP's position of `offset` in `text` (lines end at CR LF, CR or LF; characters are UTF-16 units). */
function positionAt(text: string, offset: number): Position {
  return TextDocument.create('fuzz:edit', 'news', 0, text).positionAt(offset);
}

/** Problems with an analysis on its own: each mention's offsets and text, its order, its entity. */
function invalidAnalysis(text: string, a: Analysis): string | undefined {
  const ids = new Set(a.entities.map((e) => e.id));
  let last = 0;
  for (const m of a.mentions) {
    if (!(m.start >= 0 && m.start < m.end && m.end <= text.length))
      return `mention at ${m.start}-${m.end} outside the text`;
    if (text.slice(m.start, m.end) !== m.text)
      return `mention ${JSON.stringify(m.text)} is not the text at ${m.start}`;
    if (m.start < last) return `mentions out of order at ${m.start}`;
    if (m.entity !== undefined && !ids.has(m.entity))
      return `mention ${JSON.stringify(m.text)} refers to no entity`;
    last = m.start;
  }
  return undefined;
}

/** Checks an analysis made after edits against a fresh analysis of the same text (and on its own). */
export function checkAnalysis(tally: Tally, what: string, text: string, incremental: Analysis): void {
  const fresh = new Analyzer().analyze(text);
  const invalid = invalidAnalysis(text, fresh);
  if (invalid) tally.add('mismatch', `${what}: ${invalid}`);
  if (JSON.stringify(incremental) !== JSON.stringify(fresh))
    tally.add('mismatch', `${what}: the incremental analysis differs from a fresh one`);
}

export async function fuzzEdits(
  random: Random,
  deadline: number,
  texts: readonly string[],
  tally: Tally,
): Promise<void> {
  let server = new Session(tally, { analyzePlainText: 'always' });
  await server.client.initialize();
  try {
    for (let sequence = 1; Date.now() < deadline; sequence++) {
      if (!server.alive()) {
        server.crashed(`edit sequence ${sequence}`);
        server = new Session(tally, { analyzePlainText: 'always' });
        await server.client.initialize();
      }
      await oneSequence(random, deadline, texts, tally, server, sequence);
      server.checkLog(`edit sequence ${sequence}`);
    }
  } finally {
    server.kill();
  }
}

async function oneSequence(
  random: Random,
  deadline: number,
  texts: readonly string[],
  tally: Tally,
  server: Session,
  sequence: number,
): Promise<void> {
  tally.count('sequences');
  let text = Array.from({ length: random.between(1, 3) }, () => random.pick(texts)).join('\n\n');
  if (random.chance(0.3)) text = text.replace(/\n/g, '\r\n');
  const analyzer = new Analyzer();
  analyzer.analyze(text);
  const uri = `untitled:edited-${sequence}.news`;
  server.client.open(uri, text, 'news');
  const edits = random.between(5, 40);
  for (let e = 1; e <= edits && Date.now() < deadline; e++) {
    const edit = randomEdit(random, text);
    const range = { start: positionAt(text, edit.start), end: positionAt(text, edit.end) };
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    server.client.change(uri, e + 1, [{ range, text: edit.text }]);
    tally.cases++;
    tally.count('edits');
    if (edit.splitsPair) tally.count('edits splitting a surrogate pair');
    const what = `edit sequence ${sequence}, edit ${e}`;
    try {
      // Now and then stopped part-way (as the server does), then analysed again.
      if (random.chance(0.1)) {
        let asked = 0;
        try {
          analyzer.analyze(text, { isCancelled: () => ++asked > 1 });
        } catch (error) {
          if (!(error instanceof AnalysisCancelled)) throw error;
        }
      }
      checkAnalysis(tally, what, text, analyzer.analyze(text));
    } catch (error) {
      tally.add('crash', `${what}: the engine threw ${error instanceof Error ? error.stack : String(error)}`);
      return;
    }
  }
  // The server's text after the changes is coloured as the same text sent whole.
  const fresh = `untitled:fresh-${sequence}.news`;
  server.client.open(fresh, text, 'news');
  tally.cases++;
  try {
    const [edited, whole] = await Promise.all(
      [uri, fresh].map((u) =>
        server.client.request<{ data: number[] }>('textDocument/semanticTokens/full', {
          textDocument: { uri: u },
        }),
      ),
    );
    if (JSON.stringify(edited.data) !== JSON.stringify(whole.data))
      tally.add(
        'mismatch',
        `edit sequence ${sequence}: the server's tokens after the edits differ from those of the text sent whole`,
      );
  } catch (error) {
    await server.expect(`edit sequence ${sequence}: tokens`, Promise.reject(error), ['ok']);
  }
  server.client.close(uri);
  server.client.close(fresh);
}
