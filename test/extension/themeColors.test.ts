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
