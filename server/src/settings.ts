// The server's settings (`newsmark.*`), read from the client's configuration and checked here so
// that a malformed value becomes a warning the user can see, never an exception in a provider.
import type { LexiconEntry, MentionType } from './engine/model/types';
import { MENTION_TYPES } from './engine/model/types';
import { tooLong, USER_LEXICON_LIMITS as LIMITS } from './engine/recognizers/userLexicon';

export type AnalyzePlainText = 'auto' | 'always' | 'never';

export interface NewsmarkSettings {
  /** Whether plain-text and Markdown documents are analysed: when they look like an article, always, never. */
  analyzePlainText: AnalyzePlainText;
  /** Above this many UTF-16 units only the visible range is coloured (semanticTokens/range). */
  maxDocumentSize: number;
  /** Overrides the article date found in the text (`YYYY-MM-DD`). */
  articleDate?: string;
  /** The user's own lexicon entries, already checked. */
  lexicon: LexiconEntry[];
  /** Which inlay hints are shown: a relative or partial date's value, a rank's NATO code. */
  inlayHints: { dates: boolean; ranks: boolean };
}

export const DEFAULT_SETTINGS: NewsmarkSettings = {
  analyzePlainText: 'auto',
  maxDocumentSize: 500_000,
  lexicon: [],
  inlayHints: { dates: true, ranks: false },
};

export interface ParsedSettings {
  settings: NewsmarkSettings;
  /** One line per value that was ignored, for the output channel and the status item. */
  warnings: string[];
}

export const ENTRY_TYPES = new Set<string>([...MENTION_TYPES, 'none']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads one user lexicon entry (of the setting or of a workspace's `.newsmark/lexicon.json`);
 * returns a reason when it cannot be used.
 */
export function readLexiconEntry(raw: unknown): LexiconEntry | string {
  if (!isRecord(raw)) return 'is not an object';
  const { name, type, aliases, country } = raw;
  if (typeof name !== 'string' || name.trim() === '') return 'has no "name"';
  if (typeof type !== 'string' || !ENTRY_TYPES.has(type))
    return `has type ${JSON.stringify(type)}; expected one of ${[...ENTRY_TYPES].join(', ')}`;
  const entry: LexiconEntry = { name: name.trim(), type: type as MentionType | 'none' };
  const limit = `at most ${LIMITS.wordsPerName} words and ${LIMITS.charactersPerName} characters`;
  if (tooLong(entry.name)) return `has a name longer than a name may be (${limit})`;
  if (aliases !== undefined) {
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string'))
      return '"aliases" must be a list of strings';
    if (aliases.length > LIMITS.aliasesPerEntry)
      return `has ${aliases.length} aliases; an entry may have at most ${LIMITS.aliasesPerEntry}`;
    entry.aliases = (aliases as string[]).map((a) => a.trim()).filter((a) => a !== '');
    if (entry.aliases.some(tooLong)) return `has an alias longer than a name may be (${limit})`;
  }
  if (country !== undefined) {
    if (typeof country !== 'string') return '"country" must be a string';
    entry.country = country.trim();
  }
  return entry;
}

/** Checks the raw `newsmark` configuration section; anything unusable falls back to its default. */
export function parseSettings(raw: unknown): ParsedSettings {
  const warnings: string[] = [];
  const settings: NewsmarkSettings = {
    ...DEFAULT_SETTINGS,
    lexicon: [],
    inlayHints: { ...DEFAULT_SETTINGS.inlayHints },
  };
  if (raw === undefined || raw === null) return { settings, warnings };
  if (!isRecord(raw)) {
    warnings.push('The "newsmark" settings are not an object; the defaults are used.');
    return { settings, warnings };
  }
  const mode = raw.analyzePlainText;
  if (mode === 'auto' || mode === 'always' || mode === 'never') settings.analyzePlainText = mode;
  else if (mode !== undefined)
    warnings.push(
      `newsmark.analyzePlainText ${JSON.stringify(mode)} is not auto, always or never; "auto" is used.`,
    );

  const max = raw.maxDocumentSize;
  if (typeof max === 'number' && Number.isFinite(max) && max >= 0) settings.maxDocumentSize = Math.floor(max);
  else if (max !== undefined)
    warnings.push(
      `newsmark.maxDocumentSize ${JSON.stringify(max)} is not a number of characters; ${DEFAULT_SETTINGS.maxDocumentSize} is used.`,
    );

  const date = raw.articleDate;
  if (typeof date === 'string' && date.trim() !== '') settings.articleDate = date.trim();
  else if (date !== undefined && date !== null && date !== '')
    warnings.push(`newsmark.articleDate ${JSON.stringify(date)} is not a string; it is ignored.`);

  readInlayHints(raw.inlayHints, settings.inlayHints, warnings);

  const lexicon = raw.lexicon;
  if (Array.isArray(lexicon)) {
    const read = Math.min(lexicon.length, LIMITS.entries);
    for (let i = 0; i < read; i++) {
      const entry = readLexiconEntry(lexicon[i]);
      if (typeof entry === 'string') warnings.push(`newsmark.lexicon[${i}] ${entry}; the entry is ignored.`);
      else settings.lexicon.push(entry);
    }
    if (lexicon.length > read)
      warnings.push(
        `newsmark.lexicon has ${lexicon.length} entries; only the first ${LIMITS.entries} are used (the most it may have).`,
      );
  } else if (lexicon !== undefined && lexicon !== null) {
    warnings.push('newsmark.lexicon is not a list of entries; it is ignored.');
  }
  return { settings, warnings };
}

/** newsmark.inlayHints.dates and .ranks: each a boolean; anything else keeps its default. */
function readInlayHints(raw: unknown, into: NewsmarkSettings['inlayHints'], warnings: string[]): void {
  if (raw === undefined || raw === null) return;
  if (!isRecord(raw)) {
    warnings.push('newsmark.inlayHints is not an object; the defaults are used.');
    return;
  }
  for (const kind of ['dates', 'ranks'] as const) {
    const value = raw[kind];
    if (typeof value === 'boolean') into[kind] = value;
    else if (value !== undefined)
      warnings.push(
        `newsmark.inlayHints.${kind} ${JSON.stringify(value)} is not true or false; ${into[kind]} is used.`,
      );
  }
}
