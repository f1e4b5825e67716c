// The seed article and its gold annotation, as the protocol tests use them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEED_TYPES } from '../../scripts/eval/corpus';
import { readGold, type GoldMention } from '../helpers/gold';

export const SEED_PATH = resolve('seeds/000_b25a24690d4f76d1.txt');
export const SEED_TEXT = readFileSync(SEED_PATH, 'utf8');
export const SEED_URI = pathToFileURL(SEED_PATH).href;

export type { GoldMention, GoldEntity } from '../helpers/gold';

const gold = readGold(resolve('seeds/000_b25a24690d4f76d1.gold.json'));

/**
 * The types every mention of which is required (nationality is an optional type): the seed's
 * annotated types, as the evaluation scores them.
 */
export const GOLD_TYPES = SEED_TYPES;
export const GOLD_ARTICLE_DATE = gold.articleDate;
export const GOLD_MENTIONS = gold.mentions;
export const GOLD_REQUIRED = gold.mentions.filter(
  (m) => !m.optional && (GOLD_TYPES as readonly string[]).includes(m.type),
);
export const GOLD_ENTITIES = gold.entities;

/** A gold mention by its text and type (the n-th occurrence), failing loudly if the gold changed. */
export function goldMention(text: string, type: string, nth = 0): GoldMention {
  const found = gold.mentions.filter((m) => m.text === text && m.type === type)[nth];
  if (!found) throw new Error(`The gold has no ${type} mention "${text}" #${nth}`);
  return found;
}

/** Line/character of a UTF-16 offset in `text` (LF or CRLF). */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
