// The shape of a gold annotation file (seeds/*.gold.json), shared by every test that reads one.
// Expected values come from these hand-made files, never from the engine's output.
import { readFileSync } from 'node:fs';

export interface GoldMention {
  start: number;
  end: number;
  type: string;
  text: string;
  value?: string;
  entity?: string;
  optional?: boolean;
}

export interface GoldEntity {
  id: string;
  type: string;
  name: string;
  rank?: string;
  title?: string;
  organization?: string;
  parent?: string;
  country?: string;
  aliases?: string[];
}

export interface Gold {
  articleDate: string;
  dateline: string;
  mentions: GoldMention[];
  entities: GoldEntity[];
}

export function readGold(path: string): Gold {
  return JSON.parse(readFileSync(path, 'utf8')) as Gold;
}
