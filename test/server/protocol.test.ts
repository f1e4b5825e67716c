// The language server as a real process over stdio: lifecycle, capabilities, and what it answers
// for the seed article, compared with the hand-made gold annotation.
import assert from 'node:assert/strict';
import { decodeTokens, LspClient, type DecodedToken, type InitializeResultLike } from '../helpers/lspClient';
import {
  GOLD_ARTICLE_DATE,
  GOLD_ENTITIES,
  GOLD_MENTIONS,
  GOLD_REQUIRED,
  GOLD_TYPES,
  goldMention,
  positionOf,
  SEED_TEXT,
  SEED_URI,
} from './seed';

type Legend = { tokenTypes: string[]; tokenModifiers: string[] };
interface HoverResult {
  contents: { kind: string; value: string };
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface Symbol {
  name: string;
  detail?: string;
  kind: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  selectionRange: { start: { line: number; character: number }; end: { line: number; character: number } };
  children?: Symbol[];
}

describe('server protocol (dist/server.js --stdio)', function () {
  this.timeout(30_000);
  let client: LspClient;
  let init: InitializeResultLike;
  let legend: Legend;

  async function fullTokens(uri: string, text: string): Promise<DecodedToken[]> {
    const result = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', {
      textDocument: { uri },
    });
    return decodeTokens(result.data, text, legend);
  }

  const seedHover = (offset: number) =>
    client.request<HoverResult | null>('textDocument/hover', {
      textDocument: { uri: SEED_URI },
      position: positionOf(SEED_TEXT, offset),
    });
  const seedSymbols = () =>
    client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } });
  /** The LSP range of a span of the seed. */
  const spanRange = (m: { start: number; end: number }) => ({
    start: positionOf(SEED_TEXT, m.start),
    end: positionOf(SEED_TEXT, m.end),
  });

  before(async () => {
    client = new LspClient();
    init = await client.initialize();
    legend = init.capabilities.semanticTokensProvider?.legend as Legend;
    client.open(SEED_URI, SEED_TEXT, 'plaintext');
  });

  after(async () => {
    await client.stop();
  });

  it('advertises incremental sync, tokens (full, delta, range), hover, outline and folding', () => {
    const caps = init.capabilities;
    assert.equal(init.serverInfo?.name, 'newsmark');
    assert.equal(caps.textDocumentSync, 2);
    assert.deepEqual(legend.tokenTypes.slice(0, 6), [...GOLD_TYPES]);
    assert.deepEqual(legend.tokenModifiers, ['declaration']);
    assert.deepEqual(caps.semanticTokensProvider?.full, { delta: true });
    assert.equal(caps.semanticTokensProvider?.range, true);
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.documentSymbolProvider);
    assert.equal(caps.foldingRangeProvider, true);
  });

  it('asks the client for the newsmark settings after initialized', async () => {
    // The helper answers workspace/configuration for the newsmark section.
    const pull = await client.waitForServerRequest('workspace/configuration');
    assert.deepEqual((pull.params as { items: { section?: string }[] }).items, [{ section: 'newsmark' }]);
    const status = await client.waitFor((n) => n.method === 'newsmark/status');
    assert.equal((status.params as { uri: string }).uri, SEED_URI);
  });

  it('reports the seed as analysed (status ok with the article date) for a plaintext document', async () => {
    const status = await client.waitFor(
      (n) => n.method === 'newsmark/status' && (n.params as { state: string }).state === 'ok',
    );
    const params = status.params as { state: string; articleDate?: string; message: string };
    assert.equal(params.articleDate, GOLD_ARTICLE_DATE);
    assert.match(params.message, /2023-11-08/);
  });

  it('colours the header date and the dateline exactly', async () => {
    const tokens = await fullTokens(SEED_URI, SEED_TEXT);
    const date = goldMention('2023-11-08', 'date');
    const dateline = goldMention('ASTANA', 'place');
    const find = (start: number, end: number) => tokens.find((t) => t.start === start && t.end === end);
    assert.equal(find(date.start, date.end)?.type, 'date');
    assert.equal(find(dateline.start, dateline.end)?.type, 'place');
  });

  it('returns well-formed tokens: sorted, inside the text, one line each, no overlap', async () => {
    const tokens = await fullTokens(SEED_URI, SEED_TEXT);
    assert.ok(tokens.length > 0);
    let previousEnd = 0;
    for (const t of tokens) {
      assert.ok(t.length > 0, `empty token at ${t.start}`);
      assert.ok(t.start >= previousEnd, `token at ${t.start} overlaps the previous one`);
      assert.ok(t.end <= SEED_TEXT.length);
      assert.ok(!/[\r\n]/.test(t.text), `token "${t.text}" crosses a line`);
      assert.ok(legend.tokenTypes.includes(t.type));
      previousEnd = t.end;
    }
  });

  for (const type of GOLD_TYPES) {
    it(`finds every required gold ${type} mention with its exact span, and no spurious ${type}`, async () => {
      const tokens = await fullTokens(SEED_URI, SEED_TEXT);
      const key = (m: { start: number; end: number }) => `${m.start}-${m.end}`;
      const gold = GOLD_REQUIRED.filter((m) => m.type === type);
      const anyGold = new Set(GOLD_MENTIONS.filter((m) => m.type === type).map(key));
      const got = tokens.filter((t) => t.type === type);
      const gotKeys = new Set(got.map(key));
      const missing = gold.filter((m) => !gotKeys.has(key(m))).map((m) => `"${m.text}"@${m.start}`);
      const spurious = got.filter((t) => !anyGold.has(key(t))).map((t) => `"${t.text}"@${t.start}`);
      assert.deepEqual({ missing, spurious }, { missing: [], spurious: [] });
    });
  }

  it('marks the first mention of a person with the declaration modifier, and only the first', async () => {
    const tokens = await fullTokens(SEED_URI, SEED_TEXT);
    const mentions = GOLD_MENTIONS.filter((m) => m.entity === 'P-zhaksylykov' && m.type === 'person');
    const at = (m: { start: number; end: number }) =>
      tokens.find((t) => t.start === m.start && t.end === m.end);
    assert.deepEqual(
      mentions.map((m) => at(m)?.modifiers),
      mentions.map((_, i) => (i === 0 ? ['declaration'] : [])),
    );
  });

  it('answers semanticTokens/range with exactly the full tokens inside the range', async () => {
    const full = await fullTokens(SEED_URI, SEED_TEXT);
    const range = { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } };
    const result = await client.request<{ data: number[] }>('textDocument/semanticTokens/range', {
      textDocument: { uri: SEED_URI },
      range,
    });
    const got = decodeTokens(result.data, SEED_TEXT, legend);
    const endOffset = SEED_TEXT.indexOf('\n', SEED_TEXT.indexOf('\n') + 1) + 1;
    const expected = full.filter((t) => t.start < endOffset);
    assert.ok(expected.length >= 2);
    assert.deepEqual(got, expected);
  });

  it('colours the seed the same when it is opened as a news document', async () => {
    const uri = 'untitled:seed-as-news';
    client.open(uri, SEED_TEXT, 'news');
    const asNews = await fullTokens(uri, SEED_TEXT);
    const asText = await fullTokens(SEED_URI, SEED_TEXT);
    assert.deepEqual(asNews, asText);
    client.close(uri);
  });

  it('hovers the header date with its ISO value, weekday and distance, over the mention range', async () => {
    const date = goldMention('2023-11-08', 'date');
    const hover = await seedHover(date.start + 3);
    assert.ok(hover, 'no hover over the header date');
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /2023-11-08/);
    assert.match(hover.contents.value, /Wednesday/);
    assert.match(hover.contents.value, /on the publication date/);
    assert.deepEqual(hover.range, spanRange(date));
  });

  it('hovers "Nov. 7" with 2023-11-07, Tuesday, one day before publication', async () => {
    const date = goldMention('Nov. 7', 'date');
    const hover = await seedHover(date.start + 1);
    assert.ok(hover, 'no hover over "Nov. 7"');
    assert.match(hover.contents.value, /2023-11-07/);
    assert.match(hover.contents.value, /Tuesday/);
    assert.match(hover.contents.value, /1 day before publication/);
    assert.deepEqual(hover.range.start, positionOf(SEED_TEXT, date.start));
    assert.deepEqual(hover.range.end, positionOf(SEED_TEXT, date.end));
  });

  it('hovers a later "Zhaksylykov" with the full name, rank, title and organization from the gold', async () => {
    const m = goldMention('Zhaksylykov', 'person', 1);
    const person = GOLD_ENTITIES.find((e) => e.id === 'P-zhaksylykov');
    const org = GOLD_ENTITIES.find((e) => e.id === person?.organization);
    assert.ok(person && org);
    const hover = await seedHover(m.start + 2);
    assert.ok(hover, 'no hover over "Zhaksylykov"');
    const text = hover.contents.value.replace(/\\/g, '');
    for (const expected of [person.name, person.rank, person.title, org.name])
      assert.ok(text.includes(expected as string), `hover lacks "${expected}":\n${text}`);
    assert.match(text, /4 mentions/);
  });

  it('hovers "Colonel General" with the rank, its NATO code and its holder', async () => {
    const m = goldMention('Colonel General', 'rank');
    const hover = await seedHover(m.start + 1);
    assert.ok(hover, 'no hover over "Colonel General"');
    const text = hover.contents.value.replace(/\\/g, '');
    assert.match(text, /comparable to OF-8/);
    assert.match(text, /Ruslan Zhaksylykov/);
  });

  it('gives no hover outside any mention', async () => {
    const offset = SEED_TEXT.indexOf('have solidified') + 2;
    const hover = await seedHover(offset);
    assert.equal(hover, null);
  });

  it('outlines the article node with its date and dateline first', async () => {
    const symbols = await seedSymbols();
    assert.equal(symbols[0].name, 'Article');
    assert.deepEqual(
      symbols[0].children?.map((c) => c.name),
      ['Date 2023-11-08', 'Dateline ASTANA'],
    );
  });

  it('outlines every gold person once under People, with rank and title in the detail', async () => {
    const symbols = await seedSymbols();
    const people = symbols.find((s) => s.name === 'People');
    assert.ok(people, 'no People group');
    const names = (people.children ?? []).map((c) => c.name).sort();
    const gold = GOLD_ENTITIES.filter((e) => e.type === 'person');
    assert.deepEqual(names, gold.map((e) => e.name).sort());
    const zh = people.children?.find((c) => c.name === 'Ruslan Zhaksylykov');
    assert.match(zh?.detail ?? '', /Colonel General/);
    assert.match(zh?.detail ?? '', /Minister of Defense/);
    // The row selects the first gold mention; the rows under it are the later ones (three, all shown).
    const mentions = GOLD_MENTIONS.filter((m) => m.entity === 'P-zhaksylykov' && m.type === 'person').sort(
      (a, b) => a.start - b.start,
    );
    assert.deepEqual(zh?.selectionRange, spanRange(mentions[0]));
    assert.deepEqual(
      zh?.children?.map((c) => c.selectionRange),
      mentions.slice(1).map(spanRange),
    );
  });

  it('outlines groups with distinct symbol kinds and ranges that contain their children', async () => {
    const symbols = await seedSymbols();
    const groups = symbols.slice(1);
    assert.ok(groups.length >= 2, `only ${groups.map((g) => g.name).join(', ')}`);
    assert.equal(new Set(groups.map((g) => g.kind)).size, groups.length);
    const before = (a: Symbol['range']['start'], b: Symbol['range']['start']) =>
      a.line < b.line || (a.line === b.line && a.character <= b.character);
    const check = (s: Symbol): void => {
      for (const c of s.children ?? []) {
        assert.ok(
          before(s.range.start, c.range.start) && before(c.range.end, s.range.end),
          `${c.name} outside ${s.name}`,
        );
        check(c);
      }
    };
    symbols.forEach(check);
  });

  it('keeps the groups in a fixed order when an editor sorts the Outline by position', async () => {
    const symbols = await seedSymbols();
    const byPosition = [...symbols].sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
    assert.deepEqual(
      byPosition.map((s) => s.name),
      ['Article', 'People', 'Organizations', 'Places', 'Nationalities', 'Dates', 'Ranks & Titles'].filter(
        (n) => symbols.some((s) => s.name === n),
      ),
    );
    assert.ok(symbols.length >= 6, symbols.map((s) => s.name).join(', '));
  });

  it('lists the dates chronologically', async () => {
    const symbols = await seedSymbols();
    const dates = symbols.find((s) => s.name === 'Dates');
    assert.ok(dates);
    const expected = [
      ...new Set(GOLD_REQUIRED.filter((m) => m.type === 'date').map((m) => m.value as string)),
    ].sort();
    assert.deepEqual(
      dates.children?.map((c) => c.name),
      expected,
    );
  });

  it('advertises Find All References and document highlights', () => {
    assert.equal(init.capabilities.referencesProvider, true);
    assert.equal(init.capabilities.documentHighlightProvider, true);
  });

  const goldOf = (entity: string, type: string) =>
    GOLD_MENTIONS.filter((m) => m.entity === entity && m.type === type).sort((a, b) => a.start - b.start);

  it('references on "Zhaksylykov" are the gold mentions of the person, with or without the first', async () => {
    const gold = goldOf('P-zhaksylykov', 'person');
    assert.equal(gold.length, 4);
    const ask = (includeDeclaration: boolean) =>
      client.request<{ uri: string; range: Symbol['range'] }[]>('textDocument/references', {
        textDocument: { uri: SEED_URI },
        position: positionOf(SEED_TEXT, gold[2].start + 3),
        context: { includeDeclaration },
      });
    const all = await ask(true);
    assert.deepEqual(
      all.map((l) => l.uri),
      gold.map(() => SEED_URI),
    );
    assert.deepEqual(
      all.map((l) => l.range),
      gold.map(spanRange),
    );
    assert.deepEqual(
      (await ask(false)).map((l) => l.range),
      gold.slice(1).map(spanRange),
    );
  });

  it('highlights every gold mention of Türkiye, the first as Write (3) and the rest as Text (1)', async () => {
    const gold = goldOf('L-turkiye', 'place');
    assert.equal(gold.length, 6);
    const highlights = await client.request<{ range: Symbol['range']; kind?: number }[]>(
      'textDocument/documentHighlight',
      { textDocument: { uri: SEED_URI }, position: positionOf(SEED_TEXT, gold[4].start) },
    );
    assert.deepEqual(
      highlights,
      gold.map((m, i) => ({ range: spanRange(m), kind: i === 0 ? 3 : 1 })),
    );
  });

  it('answers null for references and highlights off any mention', async () => {
    const position = positionOf(SEED_TEXT, SEED_TEXT.indexOf('have solidified') + 2);
    const params = { textDocument: { uri: SEED_URI }, position };
    assert.equal(
      await client.request('textDocument/references', { ...params, context: { includeDeclaration: true } }),
      null,
    );
    assert.equal(await client.request('textDocument/documentHighlight', params), null);
  });

  it('updates tokens after an incremental edit ("General John Smith met " inserted)', async () => {
    const uri = 'untitled:edited';
    client.open(uri, SEED_TEXT, 'news', 1);
    const before = await fullTokens(uri, SEED_TEXT);
    const at = SEED_TEXT.indexOf('Zhaksylykov’s visit');
    const insert = 'General John Smith met ';
    client.change(uri, 2, [
      { range: { start: positionOf(SEED_TEXT, at), end: positionOf(SEED_TEXT, at) }, text: insert },
    ]);
    const text = SEED_TEXT.slice(0, at) + insert + SEED_TEXT.slice(at);
    const after = await fullTokens(uri, text);
    const smith = after.find((t) => t.text === 'John Smith');
    assert.equal(
      smith?.type,
      'person',
      `tokens near the edit: ${JSON.stringify(after.filter((t) => t.start >= at - 5 && t.start < at + 40))}`,
    );
    assert.equal(after.find((t) => t.start === at)?.text, 'General');
    assert.equal(after.find((t) => t.start === at)?.type, 'rank');
    // Tokens before the edit are unchanged; tokens after it moved by the inserted length.
    const shifted = before.map((t) =>
      t.start >= at
        ? { s: t.start + insert.length, x: t.text, y: t.type }
        : { s: t.start, x: t.text, y: t.type },
    );
    for (const t of shifted)
      assert.ok(
        after.some((a) => a.start === t.s && a.text === t.x),
        `lost "${t.x}"`,
      );
    client.close(uri);
  });

  it('answers full/delta with edits that turn the previous result into the new full result', async () => {
    const uri = 'untitled:delta';
    client.open(uri, SEED_TEXT, 'news', 1);
    const first = await client.request<{ resultId: string; data: number[] }>(
      'textDocument/semanticTokens/full',
      {
        textDocument: { uri },
      },
    );
    const at = SEED_TEXT.indexOf('Coinciding');
    const insert = 'In Ankara, ';
    client.change(uri, 2, [
      { range: { start: positionOf(SEED_TEXT, at), end: positionOf(SEED_TEXT, at) }, text: insert },
    ]);
    const delta = await client.request<{
      resultId: string;
      edits: { start: number; deleteCount: number; data?: number[] }[];
    }>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: first.resultId });
    assert.ok(Array.isArray(delta.edits), 'expected a delta, got a full result');
    const patched = [...first.data];
    for (const e of [...delta.edits].sort((a, b) => b.start - a.start))
      patched.splice(e.start, e.deleteCount, ...(e.data ?? []));
    const full = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', {
      textDocument: { uri },
    });
    assert.deepEqual(patched, full.data);
    assert.notDeepEqual(patched, first.data);
    client.close(uri);
  });

  it('folds multi-line paragraphs', async () => {
    const uri = 'untitled:folding';
    const text =
      'date 2024-01-02\nASTANA — One line\nand its second line.\n\nAnother\nparagraph\nhere.\n\nSingle.';
    client.open(uri, text, 'news');
    const ranges = await client.request<{ startLine: number; endLine: number }[]>(
      'textDocument/foldingRange',
      {
        textDocument: { uri },
      },
    );
    assert.deepEqual(
      ranges.map((r) => [r.startLine, r.endLine]),
      [
        [0, 2],
        [4, 6],
      ],
    );
    client.close(uri);
  });

  it('shuts down cleanly on shutdown + exit', async () => {
    const other = new LspClient();
    await other.initialize();
    assert.equal(await other.stop(), 0);
  });
});
