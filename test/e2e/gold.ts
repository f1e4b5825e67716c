// The seed article and its hand-made gold annotation, as the editor tests use them: the required
// mentions (those not marked optional), the people in order, and the expected hover facts.
// Everything expected here is read from seeds/*.gold.json, never from the engine's output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGold, type Gold, type GoldMention } from '../helpers/gold';
export type { Gold, GoldEntity, GoldMention } from '../helpers/gold';

export const SEED_NAME = '000_b25a24690d4f76d1';

export interface Seed {
  text: string;
  gold: Gold;
}

/** Reads the seed from a seeds/ folder (the repository's, or a copy of it). */
export function loadSeed(seedsDir: string): Seed {
  return {
    text: readFileSync(join(seedsDir, `${SEED_NAME}.txt`), 'utf8'),
    gold: readGold(join(seedsDir, `${SEED_NAME}.gold.json`)),
  };
}

export function requiredMentions(gold: Gold): GoldMention[] {
  return gold.mentions.filter((m) => m.optional !== true);
}

/** The mention types the gold requires (nationality is optional throughout). */
export function requiredTypes(gold: Gold): string[] {
  return [...new Set(requiredMentions(gold).map((m) => m.type))].sort();
}

/** (line, character) of a UTF-16 offset; lines split at \n, \r\n or \r like LSP and VS Code. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** All names an entity may be listed under: its gold name, aliases and the texts of its mentions. */
export function namesOf(gold: Gold, entityId: string): string[] {
  const entity = gold.entities.find((e) => e.id === entityId);
  // Only mentions of the entity's own type: a person's rank and title carry the person's id too.
  const texts = gold.mentions
    .filter((m) => m.entity === entityId && m.type === entity?.type)
    .map((m) => m.text);
  return [...new Set([entity?.name, ...(entity?.aliases ?? []), ...texts].filter((n): n is string => !!n))];
}

export interface ExpectedEntity {
  id: string;
  name: string;
  /** Offset of the first required mention. */
  firstRequired: number;
  /** Offset of the first mention of any kind (an optional one may legitimately come earlier). */
  firstAny: number;
}

/**
 * Entities of `type` that have at least one required mention of that type, in order of first
 * required mention — the order the Outline lists them in.
 */
export function expectedEntities(gold: Gold, type: string): ExpectedEntity[] {
  const out: ExpectedEntity[] = [];
  for (const entity of gold.entities.filter((e) => e.type === type)) {
    const own = gold.mentions.filter((m) => m.entity === entity.id && m.type === type);
    const required = own.filter((m) => m.optional !== true);
    if (required.length === 0) continue;
    out.push({
      id: entity.id,
      name: entity.name,
      firstRequired: Math.min(...required.map((m) => m.start)),
      firstAny: Math.min(...own.map((m) => m.start)),
    });
  }
  return out.sort((a, b) => a.firstRequired - b.firstRequired);
}

/**
 * Checks that `listed` (labels as an editor shows them) holds every expected entity, in order.
 * Two entities may swap only when an optional mention of the later one precedes the earlier one's
 * first required mention. Returns the problems found (empty when all is well).
 */
export function orderProblems(gold: Gold, expected: ExpectedEntity[], listed: string[]): string[] {
  const problems: string[] = [];
  const position = new Map<string, number>();
  for (const e of expected) {
    const names = namesOf(gold, e.id);
    const at = listed.findIndex((label) => names.includes(label));
    if (at < 0) problems.push(`missing ${e.name} (any of ${names.join(' | ')}) in [${listed.join(', ')}]`);
    else position.set(e.id, at);
  }
  for (let i = 0; i < expected.length; i++) {
    for (let j = i + 1; j < expected.length; j++) {
      const a = expected[i];
      const b = expected[j];
      const pa = position.get(a.id);
      const pb = position.get(b.id);
      if (pa === undefined || pb === undefined || pa < pb) continue;
      if (b.firstAny < a.firstRequired) continue;
      problems.push(`${a.name} should be listed before ${b.name} in [${listed.join(', ')}]`);
    }
  }
  return problems;
}

/**
 * Values of the dates the gold requires, in order of first appearance. VS Code's Outline sorts
 * symbols by position (outline.sortOrder "position", the default), so that is the order it shows.
 */
export function expectedDateValues(gold: Gold): string[] {
  const dates = requiredMentions(gold)
    .filter((m) => m.type === 'date' && m.value)
    .sort((a, b) => a.start - b.start);
  return [...new Set(dates.map((m) => m.value as string))];
}

/** Number of gold mentions of a person (required or not, all of the person type). */
export function personMentionCount(gold: Gold, entityId: string): number {
  return gold.mentions.filter((m) => m.entity === entityId && m.type === 'person').length;
}

/** The gold mention with this text (first one), failing loudly if the gold has none. */
export function mentionByText(gold: Gold, text: string): GoldMention {
  const found = gold.mentions.find((m) => m.text === text);
  if (!found) throw new Error(`the gold has no mention "${text}"`);
  return found;
}

/**
 * What a hover on a person's mention must say, by the gold: the person's rank, title and "N
 * mentions" (every gold mention of the person). Returns what is missing (empty when all is there).
 */
export function personHoverProblems(gold: Gold, mention: GoldMention, hover: string): string[] {
  const entity = gold.entities.find((e) => e.id === mention.entity);
  if (!entity?.rank || !entity.title)
    throw new Error(`the gold gives "${mention.text}" no entity with a rank and a title`);
  const count = personMentionCount(gold, entity.id);
  const checks: [string, boolean][] = [
    [entity.rank, hover.includes(entity.rank)],
    [entity.title, hover.includes(entity.title)],
    [`${count} mentions`, new RegExp(`\\b${count} mentions\\b`).test(hover)],
  ];
  return checks.filter(([, found]) => !found).map(([what]) => `expected "${what}" in:\n${hover}`);
}

/** What a hover on a date's mention must say: the gold's value and its weekday. */
export function dateHoverProblems(mention: GoldMention, hover: string): string[] {
  if (!mention.value) throw new Error(`the gold gives "${mention.text}" no value`);
  return [mention.value, weekdayOf(mention.value)]
    .filter((what) => !hover.includes(what))
    .map((what) => `expected "${what}" in:\n${hover}`);
}

/** English weekday of an ISO date (computed in UTC so the machine's zone cannot shift it). */
export function weekdayOf(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][
    new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  ];
}
