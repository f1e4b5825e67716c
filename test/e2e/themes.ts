// The colour each Newsmark token type should get in a built-in VS Code theme, worked out from
// the two published inputs — the extension manifest's `semanticTokenScopes` and the theme's own
// JSON files shipped in code-server — rather than from what the editor paints. The e2e test then
// compares the computed CSS colour of the painted spans with this.
//
// Resolution follows VS Code's documented order, simplified to what these inputs use: a
// `semanticTokenColors` rule of the theme for the type wins; otherwise the type's TextMate scopes
// are tried in order and the first one the theme colours decides. A theme rule selector matches a
// scope when it equals it or is a dot-separated prefix of it; the longest selector wins, and among
// equals the later rule (themes are read include-first, so the including theme comes later).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface ThemeRule {
  selector: string;
  foreground: string;
}

export interface ThemeColours {
  /** The theme's UI type: vs (light), vs-dark, hc-black, hc-light. */
  uiTheme: string;
  editorForeground?: string;
  rules: ThemeRule[];
  semanticTokenColors: Record<string, string>;
}

interface ThemeFile {
  include?: string;
  colors?: Record<string, string>;
  tokenColors?: { scope?: string | string[]; settings?: { foreground?: string } }[];
  semanticTokenColors?: Record<string, string | { foreground?: string }>;
}

function readTheme(path: string, into: ThemeColours): void {
  const theme = JSON.parse(readFileSync(path, 'utf8')) as ThemeFile;
  if (theme.include) readTheme(join(dirname(path), theme.include), into);
  into.editorForeground = theme.colors?.['editor.foreground'] ?? into.editorForeground;
  for (const rule of theme.tokenColors ?? []) {
    const foreground = rule.settings?.foreground;
    if (!foreground || !rule.scope) continue;
    const scopes = Array.isArray(rule.scope) ? rule.scope : rule.scope.split(',');
    for (const raw of scopes) {
      const selector = raw.trim();
      // Descendant selectors ("source.css variable") never match a lone semantic-token scope.
      if (selector && !selector.includes(' ')) into.rules.push({ selector, foreground });
    }
  }
  for (const [key, value] of Object.entries(theme.semanticTokenColors ?? {})) {
    const foreground = typeof value === 'string' ? value : value.foreground;
    if (foreground) into.semanticTokenColors[key] = foreground;
  }
}

/** Loads a built-in theme by its id ("Default Dark Modern") from code-server's theme-defaults. */
export function loadBuiltInTheme(codeServerPackageDir: string, themeId: string): ThemeColours {
  const extensionDir = join(codeServerPackageDir, 'lib', 'vscode', 'extensions', 'theme-defaults');
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8')) as {
    contributes: { themes: { id: string; uiTheme: string; path: string }[] };
  };
  const entry = manifest.contributes.themes.find((t) => t.id === themeId);
  if (!entry) throw new Error(`code-server has no built-in theme "${themeId}"`);
  const colours: ThemeColours = { uiTheme: entry.uiTheme, rules: [], semanticTokenColors: {} };
  readTheme(join(extensionDir, entry.path), colours);
  return colours;
}

/** The theme's foreground for one TextMate scope, or undefined when no rule matches. */
export function colourOfScope(theme: ThemeColours, scope: string): string | undefined {
  let best: ThemeRule | undefined;
  for (const rule of theme.rules) {
    const matches = scope === rule.selector || scope.startsWith(`${rule.selector}.`);
    if (matches && (!best || rule.selector.length >= best.selector.length)) best = rule;
  }
  return best?.foreground;
}

/** The foreground a semantic token type should get, given the manifest's scopes for it. */
export function expectedTypeColour(theme: ThemeColours, type: string, scopes: string[]): string | undefined {
  if (theme.semanticTokenColors[type]) return theme.semanticTokenColors[type];
  for (const scope of scopes) {
    const colour = colourOfScope(theme, scope);
    if (colour) return colour;
  }
  return undefined;
}

/** "#RGB", "#RRGGBB" or "#RRGGBBAA" as the "rgb(r, g, b)" string getComputedStyle reports. */
export function hexToCssRgb(hex: string): string {
  let digits = hex.replace(/^#/, '');
  if (digits.length === 3 || digits.length === 4) digits = [...digits].map((d) => d + d).join('');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
  const alpha = digits.length === 8 ? parseInt(digits.slice(6, 8), 16) / 255 : 1;
  return alpha === 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Number(alpha.toFixed(3))})`;
}

/** The manifest's semanticTokenScopes merged into one map: token type -> TextMate scopes. */
export function manifestTokenScopes(manifestPath: string): Record<string, string[]> {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    contributes?: { semanticTokenScopes?: { scopes: Record<string, string[]> }[] };
  };
  const out: Record<string, string[]> = {};
  for (const group of manifest.contributes?.semanticTokenScopes ?? []) {
    for (const [type, scopes] of Object.entries(group.scopes)) out[type] = [...(out[type] ?? []), ...scopes];
  }
  return out;
}

/**
 * The colours the extension itself sets for a theme (configurationDefaults:
 * editor.semanticTokenColorCustomizations["[Theme]"].rules): token type -> colour. They win over
 * the theme's own, as a user's customizations do.
 */
export function manifestThemeRules(manifestPath: string, theme: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    contributes?: { configurationDefaults?: Record<string, unknown> };
  };
  const customizations = manifest.contributes?.configurationDefaults?.[
    'editor.semanticTokenColorCustomizations'
  ] as Record<string, { rules?: Record<string, string> }> | undefined;
  return customizations?.[`[${theme}]`]?.rules ?? {};
}
