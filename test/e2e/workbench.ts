// Drives VS Code's workbench (code-server in Chromium) through what a person sees and does:
// the rendered editor lines and their colours, the hover widget, the Outline view, the Output
// panel and notifications. DOM facts used here: Monaco renders each screen line as `.view-line`
// holding `span > span` text runs (spaces as U+00A0); with word wrap on, a document line is one or
// more consecutive screen lines whose texts join up to it, so a short article fits on one screen.
import type { Page } from 'playwright-core';
import { pollFor } from '../../scripts/editor/poll';

// The functions passed to page.evaluate run in the browser. The project compiles without the DOM
// library (it is Node code), so this module declares, for itself only, the few browser globals
// those functions use.
interface PageNode {
  textContent: string | null;
}
interface PageElement extends PageNode {
  style: { top: string };
  value?: string;
  classList: { contains(name: string): boolean };
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}
interface PageRange {
  setStart(node: PageNode, offset: number): void;
  setEnd(node: PageNode, offset: number): void;
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
}
declare const document: {
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
  createRange(): PageRange;
  createTreeWalker(root: PageElement, whatToShow: number): { nextNode(): PageNode | null };
};
declare const NodeFilter: { SHOW_TEXT: number };
declare function getComputedStyle(element: PageElement): { color: string };

export interface RenderedSpan {
  text: string;
  color: string;
}

export interface RenderedLine {
  top: number;
  text: string;
  spans: RenderedSpan[];
}

/** CSS of the active text editor in the editor area (not the Output panel's editor). */
const EDITOR = '.part.editor .editor-group-container.active .editor-instance .monaco-editor';

export function normalise(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

/** The active editor's rendered lines, top to bottom, with each text run's computed colour. */
export async function renderedLines(page: Page): Promise<RenderedLine[]> {
  return page.evaluate((selector) => {
    const editor = document.querySelector(selector);
    if (!editor) return [];
    const lines = [...editor.querySelectorAll('.view-lines .view-line')].map((line) => {
      const spans = [...line.querySelectorAll(':scope > span > span')].map((span) => ({
        text: span.textContent ?? '',
        color: getComputedStyle(span).color,
      }));
      return { top: parseFloat(line.style.top), text: spans.map((s) => s.text).join(''), spans };
    });
    return lines.sort((a, b) => a.top - b.top);
  }, EDITOR);
}

/** A document line as rendered: its screen lines joined, and where each screen line starts. */
export interface ModelLine {
  text: string;
  spans: RenderedSpan[];
  parts: { view: number; start: number; length: number }[];
}

/**
 * Groups screen lines into the document lines `expected`; undefined unless the editor shows exactly
 * that text (e.g. still loading, or an edit not rendered yet).
 */
export function groupLines(rendered: RenderedLine[], expected: string[]): ModelLine[] | undefined {
  const out: ModelLine[] = [];
  let view = 0;
  for (const want of expected) {
    const line: ModelLine = { text: '', spans: [], parts: [] };
    do {
      const screen = rendered[view];
      if (!screen) return undefined;
      const text = normalise(screen.text);
      line.parts.push({ view, start: line.text.length, length: text.length });
      line.text += text;
      line.spans.push(...screen.spans);
      view++;
    } while (line.text.length < want.length);
    if (line.text !== want) return undefined;
    out.push(line);
  }
  return view === rendered.length ? out : undefined;
}

/** Screen line and column of character `character` of a document line. */
export function screenPosition(line: ModelLine, character: number): { view: number; column: number } {
  const part =
    line.parts.find((p) => character >= p.start && character < p.start + p.length) ?? line.parts[0];
  return { view: part.view, column: character - part.start };
}

/** Colours of the characters [from, to) of a document line (one entry per character). */
export function coloursAt(line: ModelLine | RenderedLine, from: number, to: number): string[] {
  const out: string[] = [];
  let offset = 0;
  for (const span of line.spans) {
    for (let i = 0; i < span.text.length; i++, offset++)
      if (offset >= from && offset < to) out.push(span.color);
  }
  return out;
}

/** The editor's document lines once it shows exactly `expected`, or undefined. */
export async function modelLines(page: Page, expected: string[]): Promise<ModelLine[] | undefined> {
  return groupLines(await renderedLines(page), expected);
}

/** Waits until the active editor shows exactly the document lines `expected`. */
export async function waitForText(page: Page, expected: string[], timeoutMs = 30_000): Promise<ModelLine[]> {
  return pollFor('the editor to show the document', () => modelLines(page, expected), timeoutMs);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Logs in on code-server's login page, as a person does, and waits for the workbench. */
export async function logIn(page: Page, password: string): Promise<void> {
  const field = page.locator('input[name="password"]');
  await field.waitFor({ state: 'visible', timeout: 60_000 });
  await field.fill(password);
  await page.locator('input[type="submit"]').click();
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
}

/**
 * Opens the command palette and runs the command whose label is exactly `label` (clicking its row:
 * Enter would run whichever row is first, e.g. a recently used one). Waits for the palette to close
 * unless the command opens a picker of its own.
 */
export async function runCommand(page: Page, label: string, waitClosed = true): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(`>${label}`);
  const exact = page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) });
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({ has: exact }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  await row.click();
  if (waitClosed) await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 15_000 });
}

/** Clicks the row of the open picker whose text contains `text`, failing if there is none. */
async function pick(page: Page, text: string): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.fill(text);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: text }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 15_000 });
}

/** Switches the colour theme the way a person does (Preferences: Color Theme), then waits for it. */
export async function pickColorTheme(page: Page, theme: string, light: boolean): Promise<void> {
  await runCommand(page, 'Preferences: Color Theme', false);
  await pick(page, theme);
  await pollFor(
    `the ${theme} theme`,
    async () => ((await isLightTheme(page)) === light ? true : undefined),
    30_000,
  );
}

/** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor tab. */
export async function quickOpen(page: Page, fileName: string): Promise<void> {
  // Quick Open lists files from a search of the folder, which a busy machine may not finish in
  // one try (seen on a loaded 2-core machine): ask again, at most three times, before failing.
  const input = page.locator('.quick-input-widget .quick-input-box input');
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(fileName);
    try {
      await row.waitFor({ state: 'visible', timeout: 30_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
  await input.press('Enter');
  await page
    .locator('.part.editor .tab.active', { hasText: fileName })
    .waitFor({ state: 'visible', timeout: 30_000 });
}

/** Screen rectangle of characters [from, to) of rendered line `index` (top to bottom). */
export async function rectOf(
  page: Page,
  index: number,
  from: number,
  to: number,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const rect = await page.evaluate(
    ({ selector, index, from, to }) => {
      const editor = document.querySelector(selector);
      if (!editor) return undefined;
      const lines = [...editor.querySelectorAll('.view-lines .view-line')].sort(
        (a, b) => parseFloat(a.style.top) - parseFloat(b.style.top),
      );
      const line = lines[index];
      if (!line) return undefined;
      const range = document.createRange();
      let offset = 0;
      let started = false;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (!started && from < offset + length) {
          range.setStart(node, from - offset);
          started = true;
        }
        if (started && to <= offset + length) {
          range.setEnd(node, to - offset);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
        offset += length;
      }
      return undefined;
    },
    { selector: EDITOR, index, from, to },
  );
  if (!rect) throw new Error(`no rendered text at line ${index + 1}, characters ${from}-${to}`);
  return rect;
}

/** Hovers the middle of a text range until the hover widget shows text matching `expect`. */
export async function hoverText(
  page: Page,
  index: number,
  from: number,
  to: number,
  expect: RegExp,
): Promise<string> {
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
  let attempt = 0;
  return pollFor(
    `a hover matching ${expect}`,
    async () => {
      const r = await rectOf(page, index, from, to);
      // Moving onto the text from just beside it is what makes the hover appear reliably.
      const dx = attempt++ % 2;
      await page.mouse.move(r.x + r.width / 2 - 3 + dx, r.y + r.height / 2);
      await page.mouse.move(r.x + r.width / 2 + dx, r.y + r.height / 2);
      const visible = await hover.isVisible();
      if (!visible) return undefined;
      const text = normalise((await hover.innerText()) ?? '');
      return expect.test(text) ? text : undefined;
    },
    20_000,
    500,
  );
}

/** Moves the mouse away and waits until no hover is shown. */
export async function dismissHover(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5);
  await page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').waitFor({ state: 'hidden' });
}

export interface OutlineRow {
  label: string;
  level: number;
  expanded?: boolean;
}

/** The Outline view's rendered rows, top to bottom. */
export async function outlineRows(page: Page): Promise<OutlineRow[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('.outline-pane');
    if (!pane) return [];
    return [...pane.querySelectorAll('.monaco-list-row')]
      .map((row) => ({
        top: parseFloat(row.style.top),
        label: (row.querySelector('.label-name')?.textContent ?? '').replace(/\u00a0/g, ' '),
        level: Number(row.getAttribute('aria-level')),
        expanded: row.hasAttribute('aria-expanded')
          ? row.getAttribute('aria-expanded') === 'true'
          : undefined,
      }))
      .sort((a, b) => a.top - b.top)
      .map(({ label, level, expanded }) => ({ label, level, expanded }));
  });
}

/** Opens the Outline (in the Explorer), with the folder section collapsed so it has room. */
export async function showOutline(page: Page): Promise<void> {
  await runCommand(page, 'Explorer: Focus on Outline View');
  await page.locator('.outline-pane').waitFor({ state: 'visible', timeout: 15_000 });
  // The Outline draws only the rows that fit, so give it the room of the folder section. The
  // sections settle after the focus command, so keep collapsing until the Outline is tall.
  const folderHeader = page.locator('.pane-header:has(.codicon-explorer-view-icon)');
  await pollFor(
    'the Outline to get the height of the Explorer',
    async () => {
      if ((await folderHeader.getAttribute('aria-expanded', { timeout: 2000 })) === 'true') {
        await folderHeader.click();
        return undefined;
      }
      const box = await page.locator('.outline-pane').boundingBox();
      return box && box.height >= 400 ? true : undefined;
    },
    15_000,
    500,
  );
}

/**
 * Labels of the children of the top-level Outline group `group` ("People"), expanding it and
 * collapsing the other groups first. Empty when the group is missing.
 */
export async function outlineGroup(page: Page, group: string): Promise<string[]> {
  const rows = await outlineRows(page);
  for (const row of rows) {
    if (row.level === 1 && row.expanded && row.label !== group) {
      await page
        .locator('.outline-pane .monaco-list-row[aria-level="1"]', { hasText: row.label })
        .first()
        .click();
      await page.keyboard.press('ArrowLeft');
    }
  }
  const target = page.locator('.outline-pane .monaco-list-row[aria-level="1"]', { hasText: group }).first();
  if ((await target.count()) === 0) return [];
  if ((await target.getAttribute('aria-expanded')) !== 'true') {
    await target.click();
    await page.keyboard.press('ArrowRight');
  }
  return pollFor(
    `the Outline group ${group} to expand`,
    async () => {
      const now = await outlineRows(page);
      const at = now.findIndex((r) => r.level === 1 && r.label === group);
      if (at < 0 || !now[at].expanded) return undefined;
      const children: string[] = [];
      for (const row of now.slice(at + 1)) {
        if (row.level <= 1) break;
        if (row.level === 2) children.push(row.label);
      }
      return children.length > 0 ? children : undefined;
    },
    15_000,
  );
}

/** Texts of error notifications currently shown (toasts and the notification centre). */
export async function errorNotifications(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.notification-list-item')]
      .filter((item) => item.querySelector('.codicon-error, .codicon-notifications-error, .severity-error'))
      .map((item) => (item.textContent ?? '').trim()),
  );
}

/** Lines of the Output panel's channel `channel`, as rendered. Throws if there is no such channel. */
export async function outputChannelLines(page: Page, channel: string): Promise<string[]> {
  await runCommand(page, 'Output: Show Output Channels...', false);
  await pick(page, channel);
  return pollFor(
    `the ${channel} output channel`,
    () =>
      page.evaluate((name) => {
        const panel = document.querySelector('.part.panel');
        const shown = [...(panel?.querySelectorAll('select') ?? [])].map((select) => select.value);
        const editor = panel?.querySelector('.monaco-editor');
        if (!editor || !shown.includes(name)) return undefined;
        return [...editor.querySelectorAll('.view-lines .view-line')]
          .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
          .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' '));
      }, channel),
    15_000,
  );
}

/** Clicks near the top left of the editor's text, so key presses and typing go to the editor. */
export async function focusEditor(page: Page): Promise<void> {
  await page
    .locator('.part.editor .monaco-editor .view-lines')
    .first()
    .click({ position: { x: 20, y: 10 } });
}

/** True once the workbench shows a light theme (VS Code puts the class `vs` on the workbench). */
export async function isLightTheme(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('.monaco-workbench')?.classList.contains('vs') === true);
}
