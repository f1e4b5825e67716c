// Document-wide step: turns resolved candidates into mentions and groups them into entities.
import type { ArticleMeta, Entity, Mention } from './types';
import type { Candidate } from './candidate';
import type { Lexicon } from './lexicon';
import { toMention } from './analyze';

export interface Linked {
  mentions: Mention[];
  entities: Entity[];
}

export function linkEntities(
  text: string,
  candidates: Candidate[],
  _lexicon: Lexicon,
  _meta: ArticleMeta,
): Linked {
  const mentions = candidates.map((c) => toMention(text, c));
  return { mentions, entities: [] };
}
