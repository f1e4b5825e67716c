// Newsmark in another real editor: headless Neovim (0.7+) runs test/e2e/neovim-probe.lua, whose
// built-in LSP client starts `node dist/server.js --stdio` on a copy of the seed article. This test
// asserts on the responses the probe recorded, against the seed's gold annotation.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifactsDir, repoRoot } from '../../scripts/editor/paths';
import {
  SEED_NAME,
  expectedEntities,
  loadSeed,
  mentionByText,
  orderProblems,
  personHoverProblems,
  positionAt,
  requiredMentions,
  dateHoverProblems,
} from './gold';
import { tokenTypeProblems, type Legend } from './tokens';

interface SymbolNode {
  name: string;
  children?: SymbolNode[];
}

interface ProbeRecord {
  errors: string[];
  messages: { type: number; message: string }[];
  hovers: { position: { line: number; character: number }; result: { contents: unknown } | null }[];
  symbols: SymbolNode[] | null;
  semantic_tokens: { data: number[] } | null;
  legend: Legend | null;
  elapsed_ms?: number;
}

/** Markdown text of a hover's contents, whatever form (MarkupContent, MarkedString[]) it takes. */
function hoverText(contents: unknown): string {
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map(hoverText).join('\n');
  if (contents && typeof contents === 'object' && 'value' in contents) return String(contents.value);
  return '';
}

/** Symbol names depth-first, parents before children: the order an Outline shows them in. */
function flatten(symbols: SymbolNode[]): string[] {
  return symbols.flatMap((s) => [s.name, ...flatten(s.children ?? [])]);
}

describe('Neovim (headless, built-in LSP client) with the Newsmark server', function () {
  this.timeout(120_000);
  const seed = loadSeed(join(repoRoot, 'seeds'));
  const server = join(repoRoot, 'dist', 'server.js');
  const zhaksylykov = mentionByText(seed.gold, 'Ruslan Zhaksylykov');
  const nov7 = mentionByText(seed.gold, 'Nov. 7');
  let record: ProbeRecord;
  let scratch: string;

  before(function () {
    assert.ok(existsSync(server), `${server} is missing: run the build first`);
    const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.equal(nvim.status, 0, 'nvim is not installed (apt-get install -y neovim)');
    scratch = mkdtempSync(join(tmpdir(), 'newsmark-nvim-'));
    const article = join(scratch, `${SEED_NAME}.txt`);
    copyFileSync(join(repoRoot, 'seeds', `${SEED_NAME}.txt`), article);
    for (const dir of ['config', 'data', 'state', 'cache']) mkdirSync(join(scratch, dir));
    const hovers = [zhaksylykov, nov7].map((m) => {
      // The middle of the mention, so a hover that only covers part of it still answers.
      const p = positionAt(seed.text, Math.floor((m.start + m.end) / 2));
      return `${p.line}:${p.character}`;
    });
    const out = join(scratch, 'probe.json');
    const run = spawnSync(
      'nvim',
      [
        '--headless',
        '-u',
        'NONE',
        '-i',
        'NONE',
        '-n',
        '-c',
        `luafile ${join(repoRoot, 'test/e2e/neovim-probe.lua')}`,
        article,
      ],
      {
        cwd: scratch,
        encoding: 'utf8',
        timeout: 90_000,
        env: {
          ...process.env,
          NEWSMARK_SERVER: server,
          NEWSMARK_OUT: out,
          NEWSMARK_HOVERS: hovers.join(','),
          // Neovim's own files (LSP log, shada) go to the scratch folder, not $HOME.
          XDG_CONFIG_HOME: join(scratch, 'config'),
          XDG_DATA_HOME: join(scratch, 'data'),
          XDG_STATE_HOME: join(scratch, 'state'),
          XDG_CACHE_HOME: join(scratch, 'cache'),
        },
      },
    );
    assert.ok(
      existsSync(out),
      `neovim-probe.lua wrote no results (nvim exit ${run.status}, signal ${run.signal}):\n${run.stdout}\n${run.stderr}`,
    );
    record = JSON.parse(readFileSync(out, 'utf8')) as ProbeRecord;
    // Kept as evidence beside the VS Code screenshots.
    mkdirSync(artifactsDir, { recursive: true });
    copyFileSync(out, join(artifactsDir, 'neovim-probe.json'));
    console.log(`      Neovim: initialize + requests took ${Math.round(record.elapsed_ms ?? -1)} ms`);
  });

  after(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('talks to the server without errors', () => {
    assert.deepEqual(record.errors, []);
    const errors = record.messages.filter((m) => m.type === 1).map((m) => m.message);
    assert.deepEqual(errors, [], 'error messages from the server');
  });

  it(`hover on "${zhaksylykov.text}" shows his rank, title and mention count`, () => {
    const result = record.hovers[0]?.result;
    assert.ok(result, 'no hover result');
    const text = hoverText(result.contents);
    assert.deepEqual(personHoverProblems(seed.gold, zhaksylykov, text), []);
  });

  it(`hover on "${nov7.text}" shows ${nov7.value} and its weekday`, () => {
    const result = record.hovers[1]?.result;
    assert.ok(result, 'no hover result');
    const text = hoverText(result.contents);
    assert.deepEqual(dateHoverProblems(nov7, text), []);
  });

  it('document symbols list the five people in order', () => {
    assert.ok(Array.isArray(record.symbols), 'no document symbols');
    const people = expectedEntities(seed.gold, 'person');
    assert.equal(people.length, 5);
    assert.deepEqual(orderProblems(seed.gold, people, flatten(record.symbols)), []);
  });

  it('semantic tokens give every required gold mention its type', () => {
    assert.ok(record.legend, 'the server declares no semantic-token legend');
    assert.ok(record.semantic_tokens, 'no semantic tokens');
    const problems = tokenTypeProblems(
      seed.text,
      record.semantic_tokens.data,
      record.legend,
      requiredMentions(seed.gold),
    );
    assert.deepEqual(problems, []);
  });
});
