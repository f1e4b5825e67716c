// Newsmark in a real VS Code: code-server 4.100.3 (VS Code 1.100.3) on the loopback interface,
// driven by Debian's Chromium through playwright-core. The freshly packaged newsmark.vsix is
// installed into a throw-away profile, a scratch copy of seeds/ is opened, and everything is
// checked the way a person sees it, against the seed's gold annotation. Afterwards the test-runner
// extension (test/exthost) runs the same checks inside the extension host through VS Code's own
// commands. Screenshots go to artifacts/e2e/.
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
  installExtension,
  makeProfile,
  startCodeServer,
  type Profile,
  type RunningCodeServer,
} from '../../scripts/editor/code-server';
import { pollFor } from '../../scripts/editor/poll';
import { artifactsDir, chromiumPath, codeServerPrefix, repoRoot, vsixPath } from '../../scripts/editor/paths';
import type { ExtHostConfig, ExtHostResults } from '../exthost/protocol';
import {
  SEED_NAME,
  expectedDateValues,
  expectedEntities,
  loadSeed,
  mentionByText,
  orderProblems,
  personHoverProblems,
  positionAt,
  requiredMentions,
  requiredTypes,
  dateHoverProblems,
  type GoldMention,
} from './gold';
import {
  expectedTypeColour,
  manifestThemeRules,
  hexToCssRgb,
  loadBuiltInTheme,
  manifestTokenScopes,
} from './themes';
import {
  coloursAt,
  dismissHover,
  errorNotifications,
  focusEditor,
  hoverText,
  logIn,
  outlineGroup,
  outputChannelLines,
  quickOpen,
  modelLines,
  pickColorTheme,
  screenPosition,
  runCommand,
  showOutline,
  waitForText,
  type ModelLine,
} from './workbench';

const DARK_THEME = 'Default Dark Modern';
const LIGHT_THEME = 'Default Light Modern';
const TYPED = 'General John Smith met ';

/** User settings of the test profile: word wrap so the whole article is on screen, no distractions. */
function settings(theme: string): Record<string, unknown> {
  return {
    'workbench.colorTheme': theme,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'editor.wordWrap': 'on',
    'editor.wrappingIndent': 'none',
    'editor.minimap.enabled': false,
    // The checks below read the rendered lines as the article's text; an inlay hint ("Nov. 7"
    // 2023-11-07) is text on screen that the article does not have. The extension-host suite checks
    // the hints themselves.
    'editor.inlayHints.enabled': 'off',
    'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
    'editor.wordBasedSuggestions': 'off',
    'editor.hover.delay': 150,
    'editor.unicodeHighlight.ambiguousCharacters': false,
    'editor.unicodeHighlight.invisibleCharacters': false,
    'editor.unicodeHighlight.nonBasicASCII': false,
    'outline.collapseItems': 'alwaysCollapse',
    'files.autoSave': 'off',
  };
}

describe('Newsmark in VS Code (code-server + Chromium)', function () {
  this.timeout(300_000);
  const seed = loadSeed(join(repoRoot, 'seeds'));
  const seedLines = seed.text.split(/\r\n|\r|\n/);
  const required = requiredMentions(seed.gold);
  const tokenScopes = manifestTokenScopes(join(repoRoot, 'package.json'));
  const codeServerPackage = join(codeServerPrefix, 'node_modules', 'code-server');
  const shots = join(artifactsDir, 'e2e');
  let scratch: string;
  let profile: Profile;
  let server: RunningCodeServer | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let extHost: ExtHostConfig;
  const errorsSeen: string[] = [];

  /** Colour of each character of a mention, read from the rendered lines. */
  function mentionColours(lines: ModelLine[], m: GoldMention): string[] {
    const start = positionAt(seed.text, m.start);
    const end = positionAt(seed.text, m.end);
    assert.equal(start.line, end.line, `${m.text} spans lines`);
    return coloursAt(lines[start.line], start.character, end.character);
  }

  /** The colour of plain prose (a word no annotation covers). */
  function plainColour(lines: ModelLine[]): string {
    const offset = seed.text.indexOf('solidified');
    assert.ok(required.every((m) => m.end <= offset || m.start >= offset + 10));
    const p = positionAt(seed.text, offset);
    return coloursAt(lines[p.line], p.character, p.character + 10)[0];
  }

  /** Problems with the painted colours of the required mentions (empty when all is right). */
  function colourProblems(lines: ModelLine[], theme: string): string[] {
    const themeColours = loadBuiltInTheme(codeServerPackage, theme);
    const plain = plainColour(lines);
    const problems: string[] = [];
    const expected = new Map<string, string>();
    for (const type of requiredTypes(seed.gold)) {
      const hex =
        manifestThemeRules(join(repoRoot, 'package.json'), theme)[type] ??
        expectedTypeColour(themeColours, type, tokenScopes[type] ?? []);
      if (!hex)
        problems.push(`${theme} gives type ${type} no colour (manifest scopes: ${tokenScopes[type]})`);
      else expected.set(type, hexToCssRgb(hex));
    }
    const byColour = new Map<string, string[]>();
    for (const [type, colour] of expected) byColour.set(colour, [...(byColour.get(colour) ?? []), type]);
    for (const [colour, types] of byColour) {
      if (types.length > 1) problems.push(`${theme}: types ${types.join(', ')} share the colour ${colour}`);
      if (colour === plain)
        problems.push(`${theme}: type ${types.join(', ')} has the plain-text colour ${plain}`);
    }
    for (const m of required) {
      const painted = new Set(mentionColours(lines, m));
      const want = expected.get(m.type);
      if (painted.size !== 1 || !want || !painted.has(want)) {
        problems.push(
          `"${m.text}" @${m.start} (${m.type}) painted ${[...painted].join('+')}, expected ${want}`,
        );
      }
    }
    return problems;
  }

  async function shot(name: string): Promise<void> {
    await page.screenshot({ path: join(shots, `${name}.png`) });
  }

  async function noteErrors(): Promise<void> {
    for (const e of await errorNotifications(page)) if (!errorsSeen.includes(e)) errorsSeen.push(e);
  }

  before(async function () {
    assert.ok(existsSync(vsixPath), `${vsixPath} is missing: run \`npm run package\` first`);
    assert.ok(existsSync(chromiumPath), `${chromiumPath} is missing (apt-get install -y chromium)`);
    mkdirSync(shots, { recursive: true });
    scratch = mkdtempSync(join(tmpdir(), 'newsmark-e2e-'));
    // A scratch copy of the article, so typing in the editor can never touch seeds/.
    const workspace = join(scratch, 'workspace');
    mkdirSync(workspace);
    cpSync(join(repoRoot, 'seeds', `${SEED_NAME}.txt`), join(workspace, `${SEED_NAME}.txt`));
    profile = makeProfile(join(scratch, 'profile'), settings(DARK_THEME));
    installExtension(profile, vsixPath);

    // The extension-host test runner (test/exthost), configured through a file named in its env.
    installExtension(profile, join(repoRoot, 'out', 'exthost', 'newsmark-exthost-tests.vsix'));
    const extHostDir = join(scratch, 'exthost');
    mkdirSync(extHostDir);
    extHost = {
      repoRoot,
      triggerPath: join(extHostDir, 'start'),
      resultsPath: join(extHostDir, 'results.json'),
      articlePath: join(extHostDir, `${SEED_NAME}.txt`),
      factsPath: join(extHostDir, 'facts.json'),
    };
    cpSync(join(repoRoot, 'seeds', `${SEED_NAME}.txt`), extHost.articlePath);
    const extHostConfig = join(extHostDir, 'config.json');
    writeFileSync(extHostConfig, JSON.stringify(extHost, null, 2));

    const launched = Date.now();
    server = await startCodeServer(profile, workspace, {
      extraEnv: { NEWSMARK_EXTHOST_CONFIG: extHostConfig },
    });
    context = await chromium.launchPersistentContext(join(scratch, 'chromium'), {
      executablePath: chromiumPath,
      headless: true,
      viewport: { width: 1700, height: 1000 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      env: profile.env,
    });
    page = context.pages()[0] ?? (await context.newPage());
    // code-server asks for the password of this start first (scripts/editor/code-server.ts).
    await page.goto(server.url);
    await logIn(page, server.password);
    const workbenchMs = Date.now() - launched;
    await quickOpen(page, `${SEED_NAME}.txt`);
    await waitForText(page, seedLines, 60_000);
    // Cold start ends when a required mention shows a colour other than plain prose. If none ever
    // does, the colour tests below fail with the details; hover and Outline are still checked.
    try {
      await pollFor(
        'the first semantic colour',
        async () => {
          const lines = await modelLines(page, seedLines);
          if (!lines) return undefined;
          const plain = plainColour(lines);
          return required.some((m) => mentionColours(lines, m).some((c) => c !== plain)) ? true : undefined;
        },
        120_000,
      );
      console.log(
        `      cold start: workbench ${(workbenchMs / 1000).toFixed(1)} s, ` +
          `coloured text ${((Date.now() - launched) / 1000).toFixed(1)} s after launching code-server`,
      );
    } catch {
      console.log(
        `      cold start: workbench ${(workbenchMs / 1000).toFixed(1)} s, no coloured text within 120 s`,
      );
    }
  });

  after(async function () {
    if (page && !page.isClosed()) await shot('last-state').catch(() => undefined);
    await context?.close().catch(() => undefined);
    if (server) {
      writeFileSync(join(shots, 'code-server.log'), server.output());
      await server.stop();
    }
    // code-server may still be flushing logs into the profile for a moment after it stopped.
    try {
      if (scratch) rmSync(scratch, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      // Leftover scratch files are worth a warning, not a failed editor test.
      console.warn(`      could not remove ${scratch}: ${error instanceof Error ? error.message : error}`);
    }
  });

  it('opens the seed article with a language Newsmark analyses', async () => {
    const language = await page.locator('#status\\.editor\\.mode').innerText();
    console.log(`      language of ${SEED_NAME}.txt in VS Code: ${language.trim()}`);
    assert.match(language, /Plain Text|News Article/);
  });

  /** Waits (briefly) for the theme's colours on every required mention, then asserts them. */
  async function checkColours(theme: string, screenshot: string): Promise<void> {
    const lines = await pollFor(
      `all required mentions in ${theme} colours`,
      async () => {
        const now = await modelLines(page, seedLines);
        return now && colourProblems(now, theme).length === 0 ? now : undefined;
      },
      30_000,
    ).catch(() => waitForText(page, seedLines));
    await shot(screenshot);
    assert.deepEqual(colourProblems(lines, theme), []);
  }

  it(`paints every required mention in its type's colour (${DARK_THEME})`, async () => {
    await checkColours(DARK_THEME, 'editor-dark');
  });

  /** Hovers the middle of a gold mention until the hover shows `expect`; returns the hover's text. */
  async function hoverMention(m: GoldMention, expect: RegExp): Promise<string> {
    const lines = await waitForText(page, seedLines);
    const p = positionAt(seed.text, Math.floor((m.start + m.end) / 2));
    const at = screenPosition(lines[p.line], p.character);
    return hoverText(page, at.view, at.column, at.column + 1, expect);
  }

  it('hover on "Ruslan Zhaksylykov" shows rank, title and mention count', async () => {
    const m = mentionByText(seed.gold, 'Ruslan Zhaksylykov');
    const text = await hoverMention(m, /Zhaksylykov/);
    await shot('hover-person');
    assert.deepEqual(personHoverProblems(seed.gold, m, text), []);
    await dismissHover(page);
  });

  it('hover on "Nov. 7" shows 2023-11-07 and its weekday', async () => {
    const m = mentionByText(seed.gold, 'Nov. 7');
    const text = await hoverMention(m, /\d{4}/);
    await shot('hover-date');
    assert.deepEqual(dateHoverProblems(m, text), []);
    await dismissHover(page);
  });

  it('the Outline lists the people, organizations and dates in order', async () => {
    await showOutline(page);
    const people = await outlineGroup(page, 'People');
    await shot('outline-people');
    const organizations = await outlineGroup(page, 'Organizations');
    await shot('outline-organizations');
    const dates = await outlineGroup(page, 'Dates');
    await shot('outline-dates');
    const expectedPeople = expectedEntities(seed.gold, 'person');
    assert.equal(expectedPeople.length, 5);
    assert.deepEqual(orderProblems(seed.gold, expectedPeople, people), []);
    assert.deepEqual(
      orderProblems(seed.gold, expectedEntities(seed.gold, 'organization'), organizations),
      [],
    );
    assert.deepEqual(
      dates.filter((d) => expectedDateValues(seed.gold).includes(d)),
      expectedDateValues(seed.gold),
    );
  });

  it(`typing "${TYPED}" colours the rank and name and adds the person; undo removes them`, async () => {
    const theme = loadBuiltInTheme(codeServerPackage, DARK_THEME);
    const own = manifestThemeRules(join(repoRoot, 'package.json'), DARK_THEME);
    const rankColour = hexToCssRgb(
      own.rank ?? expectedTypeColour(theme, 'rank', tokenScopes.rank ?? []) ?? '#000',
    );
    const personColour = hexToCssRgb(
      own.person ?? expectedTypeColour(theme, 'person', tokenScopes.person ?? []) ?? '#000',
    );
    await focusEditor(page);
    // Control+End can be lost while the editor takes focus: press it until the status bar says the
    // cursor is on the last line, so the text is typed where the check below expects it.
    await pollFor(
      'the cursor on the last line of the article',
      async () => {
        await page.keyboard.press('Control+End');
        const position = await page
          .locator('.statusbar-item')
          .filter({ hasText: /Ln \d+, Col \d+/ })
          .first()
          .innerText()
          .catch(() => '');
        return new RegExp(`Ln ${seedLines.length},`).test(position) ? true : undefined;
      },
      15_000,
      300,
    );
    // One input event for the two line breaks and the words: a refresh of the Outline (or a late
    // hover) can move the caret between separate key presses, and the words then land elsewhere.
    await page.keyboard.insertText(`\n\n${TYPED}`);
    const typedLines = [...seedLines, '', TYPED];
    try {
      await pollFor(
        'the typed rank and name to be coloured',
        async () => {
          const line = (await modelLines(page, typedLines))?.[typedLines.length - 1];
          if (!line) return undefined;
          const rank = new Set(coloursAt(line, 0, 'General'.length));
          const person = new Set(coloursAt(line, 'General '.length, 'General John Smith'.length));
          const ok = rank.size === 1 && rank.has(rankColour) && person.size === 1 && person.has(personColour);
          return ok ? true : undefined;
        },
        20_000,
      ).finally(() => shot('typed'));
      await pollFor(
        'John Smith in the Outline',
        async () => ((await outlineGroup(page, 'People')).includes('John Smith') ? true : undefined),
        20_000,
      ).finally(() => shot('typed-outline'));
      await noteErrors();
    } finally {
      // Undo even after a failure, so the checks that follow see the article as it was.
      await focusEditor(page);
      await pollFor(
        'undo to restore the article',
        async () => {
          if (await modelLines(page, seedLines)) return true;
          await page.keyboard.press('Control+Z');
          return undefined;
        },
        20_000,
        300,
      );
    }
    await pollFor(
      'John Smith to leave the Outline',
      async () => ((await outlineGroup(page, 'People')).includes('John Smith') ? undefined : true),
      20_000,
    );
  });

  it(`paints every required mention in its type's colour (${LIGHT_THEME})`, async () => {
    await pickColorTheme(page, LIGHT_THEME, true);
    await checkColours(LIGHT_THEME, 'editor-light');
  });

  it('shows no error notification and no error line in the Newsmark output', async () => {
    await noteErrors();
    await runCommand(page, 'Notifications: Show Notifications');
    await noteErrors();
    await shot('notifications');
    await runCommand(page, 'Notifications: Hide Notifications').catch(() => undefined);
    const lines = await outputChannelLines(page, 'Newsmark');
    await shot('output');
    assert.deepEqual(errorsSeen, [], 'error notifications');
    assert.deepEqual(
      lines.filter((l) => /\[Error\b|\berror\b/i.test(l)),
      [],
      'error lines in the Newsmark output channel',
    );
  });

  it('the extension-host suite (VS Code commands: hover, symbols, semantic tokens) passes', async () => {
    writeFileSync(extHost.triggerPath, new Date().toISOString());
    const results = await pollFor(
      'extension-host test results',
      () =>
        existsSync(extHost.resultsPath)
          ? (JSON.parse(readFileSync(extHost.resultsPath, 'utf8')) as ExtHostResults)
          : undefined,
      240_000,
      500,
    );
    if (existsSync(extHost.factsPath)) {
      console.log(`      extension host: document language ${readFileSync(extHost.factsPath, 'utf8')}`);
    }
    for (const title of results.passed) console.log(`      ✔ [exthost] ${title}`);
    for (const f of results.failed) console.log(`      ✘ [exthost] ${f.title}\n${f.message}`);
    writeFileSync(join(shots, 'exthost-results.json'), JSON.stringify(results, null, 2));
    assert.ok(
      results.passed.length + results.failed.length >= 6,
      'the extension-host suite ran too few tests',
    );
    assert.deepEqual(
      results.failed.map((f) => f.title),
      [],
    );
    assert.deepEqual(results.pending, []);
  });
});
