// Every entity type must get its own colour in VS Code's built-in themes. This resolves each
// contributed semantic token type the way VS Code does when a theme has no semantic rule for it:
// the first scope in `semanticTokenScopes` that the theme colours, else the superType's standard
// scopes, else the editor foreground. Themes: the built-in ones shipped as JSON by tm-themes.
// (Dark Modern / Light Modern take their token colours from Dark+ / Light+.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LEGEND } from '../../server/src/features/semanticTokens';
import { GOLD_TYPES } from '../server/seed';

interface Manifest {
  contributes: {
    semanticTokenTypes: { id: string; superType: string; description: string }[];
    semanticTokenScopes: { language?: string; scopes: Record<string, string[]> }[];
    configurationDefaults: Record<string, Record<string, unknown>>;
  };
}
interface Theme {
  displayName: string;
  colors?: Record<string, string>;
  tokenColors: { scope?: string | string[]; settings: { foreground?: string } }[];
  semanticTokenColors?: Record<string, string | { foreground?: string }>;
}

const manifest = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as Manifest;
const THEMES = ['dark-plus', 'light-plus', 'monokai', 'solarized-dark', 'solarized-light', 'red'];

// VS Code's standard scopes for the standard types used as superTypes (tokenClassificationRegistry).
const SUPER_SCOPES: Record<string, string[]> = {
  variable: ['variable.other.readwrite', 'entity.name.variable'],
  class: ['entity.name.type.class'],
  namespace: ['entity.name.namespace'],
  number: ['constant.numeric'],
  keyword: ['keyword.control'],
  function: ['entity.name.function', 'support.function'],
  enumMember: ['variable.other.enummember'],
};

function loadTheme(name: string): Theme {
  return JSON.parse(readFileSync(resolve(`node_modules/tm-themes/themes/${name}.json`), 'utf8')) as Theme;
}

/** The theme's colour for one scope: the rule with the longest matching selector (later rules win ties). */
function colourOfScope(theme: Theme, scope: string): string | undefined {
  let best: { depth: number; colour: string } | undefined;
  for (const rule of theme.tokenColors) {
    const colour = rule.settings.foreground;
    if (!colour || !rule.scope) continue;
    const selectors = Array.isArray(rule.scope) ? rule.scope : rule.scope.split(',');
    for (const raw of selectors) {
      const selector = raw.trim();
      // Selectors with a parent path need ancestor scopes that a semantic token does not have.
      if (selector === '' || selector.includes(' ')) continue;
      if (scope === selector || scope.startsWith(`${selector}.`)) {
        const depth = selector.split('.').length;
        if (!best || depth >= best.depth) best = { depth, colour };
      }
    }
  }
  return best?.colour.toLowerCase().slice(0, 7);
}

function colourOfType(theme: Theme, type: string): string {
  const contributed = manifest.contributes.semanticTokenTypes.find((t) => t.id === type);
  assert.ok(contributed, `no semanticTokenTypes entry for ${type}`);
  const semantic = theme.semanticTokenColors?.[type] ?? theme.semanticTokenColors?.[contributed.superType];
  if (semantic)
    return (typeof semantic === 'string' ? semantic : (semantic.foreground ?? '')).toLowerCase().slice(0, 7);
  const scopes = manifest.contributes.semanticTokenScopes[0].scopes[type] ?? [];
  for (const scope of [...scopes, ...(SUPER_SCOPES[contributed.superType] ?? [])]) {
    const colour = colourOfScope(theme, scope);
    if (colour) return colour;
  }
  return (theme.colors?.['editor.foreground'] ?? '').toLowerCase().slice(0, 7);
}

describe('semantic token colours in the built-in themes', () => {
  it('contributes every legend type with a superType and scopes, for all languages', () => {
    assert.deepEqual(
      manifest.contributes.semanticTokenTypes.map((t) => t.id),
      LEGEND.tokenTypes,
    );
    const scopes = manifest.contributes.semanticTokenScopes;
    assert.equal(scopes.length, 1);
    assert.equal(scopes[0].language, undefined);
    for (const t of manifest.contributes.semanticTokenTypes) {
      assert.ok(
        SUPER_SCOPES[t.superType],
        `${t.id}: superType ${t.superType} is not a standard type used here`,
      );
      assert.ok((scopes[0].scopes[t.id] ?? []).length > 0, `${t.id} has no scopes`);
    }
  });

  it('opens news articles word-wrapped', () => {
    assert.equal(manifest.contributes.configurationDefaults['[news]']?.['editor.wordWrap'], 'on');
  });

  it('turns semantic highlighting on for news, plain text and Markdown (themes like Monokai leave it off)', () => {
    for (const language of ['[news]', '[plaintext]', '[markdown]'])
      assert.equal(
        manifest.contributes.configurationDefaults[language]?.['editor.semanticHighlighting.enabled'],
        true,
      );
  });

  // The six gold types must differ from one another; nationality (an optional type) must at least
  // stand out from plain text (no scope gives it a seventh colour in every theme; in Solarized
  // Light it shares the person colour).
  const REQUIRED: readonly string[] = GOLD_TYPES;
  for (const name of THEMES) {
    it(`${name}: each gold type has its own colour, none the plain text colour`, () => {
      const theme = loadTheme(name);
      const foreground = (theme.colors?.['editor.foreground'] ?? '').toLowerCase().slice(0, 7);
      const seen = new Map<string, string>();
      for (const type of LEGEND.tokenTypes) {
        const colour = colourOfType(theme, type);
        assert.notEqual(colour, foreground, `${type} has the plain text colour in ${theme.displayName}`);
        if (!REQUIRED.includes(type)) continue;
        assert.ok(
          !seen.has(colour),
          `${type} and ${seen.get(colour)} share ${colour} in ${theme.displayName}`,
        );
        seen.set(colour, type);
      }
      assert.equal(seen.size, REQUIRED.length);
    });
  }
});

// VS Code's own default themes are not in tm-themes: their background, body text and date
// (constant.numeric) colours are written here from the themes VS Code ships, and the extension's
// per-theme rules (configurationDefaults) are checked against them.
const DEFAULT_THEMES = [
  { name: 'Default Light Modern', background: '#ffffff', text: '#3b3b3b', date: '#098658', contrast: 4.5 },
  { name: 'Default Light+', background: '#ffffff', text: '#000000', date: '#098658', contrast: 4.5 },
  { name: 'Default Dark Modern', background: '#1f1f1f', text: '#cccccc', date: '#b5cea8', contrast: 4.5 },
  { name: 'Default Dark+', background: '#1e1e1e', text: '#d4d4d4', date: '#b5cea8', contrast: 4.5 },
  { name: 'Default High Contrast', background: '#000000', text: '#ffffff', date: '#b5cea8', contrast: 7 },
  {
    name: 'Default High Contrast Light',
    background: '#ffffff',
    text: '#292929',
    date: '#096d48',
    contrast: 7,
  },
];

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('semantic token colours in VS Code’s default themes (configurationDefaults)', () => {
  const rules = manifest.contributes.configurationDefaults[
    'editor.semanticTokenColorCustomizations'
  ] as Record<string, { rules: Record<string, string> }>;
  for (const theme of DEFAULT_THEMES) {
    it(`${theme.name}: person and nationality readable, person apart from body text, nationality not green like dates`, () => {
      const own = rules[`[${theme.name}]`]?.rules;
      assert.ok(own, `no rules for ${theme.name}`);
      for (const type of ['person', 'nationality']) {
        const colour = own[type];
        assert.ok(
          contrast(colour, theme.background) >= theme.contrast,
          `${type} ${colour} on ${theme.background}: ${contrast(colour, theme.background).toFixed(2)}`,
        );
      }
      // Navy beside near-black body text read as body text; a light theme's person must stand apart.
      if (theme.contrast < 7 && luminance(theme.background) > 0.5)
        assert.ok(contrast(own.person, theme.text) >= 1.9, `person ${own.person} too close to ${theme.text}`);
      const apart = Math.abs(hue(own.nationality) - hue(theme.date));
      assert.ok(
        Math.min(apart, 360 - apart) >= 60,
        `nationality ${own.nationality} beside date ${theme.date}`,
      );
    });
  }
});

describe('the news grammar’s quotations and numbers beside the entity colours', () => {
  const grammar = readFileSync(resolve('syntaxes/news.tmLanguage.json'), 'utf8');
  const scopes = (prefix: string) =>
    [...new Set([...grammar.matchAll(/"name": "([\w.-]+)"/g)].map((m) => m[1]))].filter((s) =>
      s.startsWith(prefix),
    );
  for (const name of THEMES) {
    it(`${name}: a quotation is not coloured like a place, a plain number not like a date`, () => {
      const theme = loadTheme(name);
      const quotes = scopes('meta.quote');
      assert.ok(quotes.length >= 4);
      for (const scope of [...quotes, 'meta.number.news']) {
        const colour = colourOfScope(theme, scope);
        const entity = colourOfType(theme, scope === 'meta.number.news' ? 'date' : 'place');
        assert.notEqual(
          colour,
          entity,
          `${scope} has the colour of ${scope === 'meta.number.news' ? 'dates' : 'places'}`,
        );
      }
    });
  }
});
