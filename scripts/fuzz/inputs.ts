// Huge and odd inputs, each through the engine (a valid analysis; after an edit, the same as a
// fresh one), the server (opened, then every request answered as LSP allows) and the CLI (every
// input extracted in one run: exit 0, one record each, in order).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Analyzer } from '../../server/src/engine/pipeline';
import { checkAnalysis } from './edits';
import { n, type Tally } from './findings';
import type { Random } from './random';
import { HANG_MS, Session } from './session';

interface OddInput {
  name: string;
  text: string;
}

/**
 * The inputs. `scale` (0 to 1) sizes the huge ones: at 1, 10 MB lines, 200 KB of binary junk and
 * 30,000 paragraphs (more than the block cache holds); a short run has smaller ones.
 */
export function oddInputs(random: Random, article: string, scale: number): OddInput[] {
  const hugeLength = Math.max(100_000, Math.round(10_000_000 * scale));
  const paragraphs = Math.max(1000, Math.round(30_000 * scale));
  const junk = Array.from({ length: Math.max(10_000, Math.round(200_000 * scale)) }, () =>
    String.fromCharCode(random.int(256)),
  ).join('');
  const loneSurrogates = Array.from({ length: 3000 }, (_, i) =>
    i % 3 === 0
      ? String.fromCharCode(0xd800 + random.int(0x800))
      : random.pick(['Astana ', 'General ', 'x', '. ']),
  ).join('');
  const zalgo = article.replace(
    /\p{L}/gu,
    (c) =>
      c +
      Array.from({ length: random.between(1, 12) }, () => String.fromCharCode(0x300 + random.int(0x70))).join(
        '',
      ),
  );
  return [
    { name: 'empty', text: '' },
    { name: 'only white space', text: ' \n\n\t\r\n\u2028\u00a0\n\n   ' },
    { name: `a ${n(hugeLength)}-character line of words`, text: 'word '.repeat(Math.ceil(hugeLength / 5)) },
    { name: `a ${n(hugeLength)}-character line without a space`, text: 'w'.repeat(hugeLength) },
    { name: `${n(junk.length)} bytes of binary junk`, text: junk },
    { name: 'the article with CRLF line ends', text: article.replace(/\n/g, '\r\n') },
    { name: 'the article with CR line ends', text: article.replace(/\n/g, '\r') },
    { name: 'lone surrogates', text: loneSurrogates },
    {
      name: 'right-to-left text with names and dates',
      text: `date 2024-03-05\n\nقال الرئيس قاسم جومارت توكاييف في أستانا يوم الاثنين 4 مارس 2024.\n\nהשר דנה עומרובה נפגשה עם General Aibek Sadykov ב-3 במרץ.\u202eASTANA\u202c — ${article.slice(0, 2000)}`,
    },
    { name: 'combining marks on every letter', text: zalgo },
    {
      name: 'emoji and joiners',
      text: `date 2024-03-05\n\n${'👨‍👩‍👧 General 👍🏽 Aibek 🇰🇿 Sadykov met in Astana. '.repeat(500)}`,
    },
    {
      name: `${n(paragraphs)} one-word paragraphs`,
      text: Array.from({ length: paragraphs }, (_, i) => `P${i}.`).join('\n\n'),
    },
    {
      name: 'control characters and a BOM inside',
      text: `\ufeffdate 2024-03-05\n\u0000\u0001\u000b\u000c${article}\ufeff\u0085\u001b[31m`,
    },
    { name: 'nested quotes and brackets', text: `«“(${'«“([ '.repeat(20_000)}General Aibek Sadykov` },
  ];
}

export async function fuzzInputs(inputs: readonly OddInput[], tally: Tally): Promise<void> {
  for (const input of inputs) {
    tally.cases++;
    try {
      const analyzer = new Analyzer();
      analyzer.analyze(input.text);
      const edited = `${input.text}\n\nGeneral Aibek Sadykov arrived on Monday.`;
      checkAnalysis(tally, `engine, ${input.name}`, edited, analyzer.analyze(edited));
    } catch (error) {
      tally.add(
        'crash',
        `engine, ${input.name}: threw ${error instanceof Error ? error.stack : String(error)}`,
      );
    }
  }
  await throughServer(inputs, tally);
  await throughCli(inputs, tally);
}

async function throughServer(inputs: readonly OddInput[], tally: Tally): Promise<void> {
  const s = new Session(tally, { analyzePlainText: 'always' });
  try {
    await s.client.initialize();
    for (const [i, input] of inputs.entries()) {
      const uri = `untitled:odd-${i}.txt`;
      s.client.open(uri, input.text, 'plaintext');
      const lastLine = input.text.split(/\r\n|\r|\n/).length;
      const at = (line: number, character: number) => ({
        textDocument: { uri },
        position: { line, character },
      });
      const requests: [string, unknown, number[]][] = [
        ['textDocument/semanticTokens/full', { textDocument: { uri } }, [-32802]],
        [
          'textDocument/semanticTokens/range',
          {
            textDocument: { uri },
            range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
          },
          [],
        ],
        ['textDocument/hover', at(0, 3), []],
        ['textDocument/hover', at(lastLine - 1, 2_000_000), []],
        ['textDocument/documentSymbol', { textDocument: { uri } }, []],
        ['textDocument/foldingRange', { textDocument: { uri } }, []],
        ['textDocument/references', { ...at(0, 1), context: { includeDeclaration: true } }, []],
        ['newsmark/summary', { uri }, []],
      ];
      for (const [method, params, codes] of requests) {
        tally.cases++;
        await s.expect(`server, ${input.name}: ${method}`, s.client.request(method, params), [
          'ok',
          ...codes,
        ]);
        if (!s.alive()) return;
      }
      s.client.close(uri);
      s.checkLog(`server, ${input.name}`);
    }
  } finally {
    s.kill();
  }
}

/** All the inputs in one `newsmark extract --format jsonl` run. */
async function throughCli(inputs: readonly OddInput[], tally: Tally): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-fuzz-'));
  try {
    const files = inputs.map((input, i) => {
      const file = join(dir, `${i}.txt`);
      writeFileSync(file, input.text);
      return file;
    });
    tally.cases++;
    const { code, stdout, stderr } = await runCli(['extract', '--format', 'jsonl', ...files]);
    if (code === null) return tally.add('hang', `cli: no end within ${HANG_MS * 4} ms`);
    if (code !== 0) return tally.add('crash', `cli: exit ${code}; stderr: ${stderr.slice(-500)}`);
    const records = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string });
    if (records.map((r) => r.file).join('\n') !== files.join('\n'))
      tally.add(
        'mismatch',
        `cli: records for ${records.length} files, expected one for each of ${files.length}`,
      );
  } catch (error) {
    tally.add('crash', `cli: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve('dist/cli.js'), ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => child.kill(), HANG_MS * 4);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      done({ code: signal ? null : code, stdout, stderr });
    });
  });
}
