// What the client's Entities view lists: per type, the entities of the workspace by the number
// of articles naming them (a filter on the name keeps some), then one entity's articles, earliest
// first, each with the ranges of its mentions.
import type { EntityArticle, EntityRow, EntityViewType, LineRange } from '../protocol';
import type { WorkspaceIndex } from '../workspace/index';
import { keyName, mentionCount, rangeAt } from '../workspace/keys';

/** At most this many entities per type: a view to browse, not an export. */
export const MAX_ENTITY_ROWS = 500;

/** The entities of `type`, most articles first, whose name holds `filter` (any case). */
export function entityRows(
  index: WorkspaceIndex,
  type: EntityViewType,
  filter = '',
  limit = MAX_ENTITY_ROWS,
): EntityRow[] {
  const wanted = filter.trim().toLowerCase();
  const counted: { key: string; articles: number }[] = [];
  for (const key of index.keys(new Set([type]))) {
    if (wanted !== '' && !keyName(key).includes(wanted)) continue;
    counted.push({ key, articles: index.articleCount(key) });
  }
  counted.sort((a, b) => b.articles - a.articles || (a.key < b.key ? -1 : 1));
  const rows: EntityRow[] = [];
  for (const { key } of counted.slice(0, limit)) {
    const totals = index.totals(key);
    if (totals) rows.push({ key, name: totals.name, articles: totals.articles, mentions: totals.mentions });
  }
  return rows;
}

/** The articles naming the entity of `key`, earliest first, with their mentions. */
export function entityArticles(index: WorkspaceIndex, key: string): EntityArticle[] {
  return index.postingsOf(key).map(({ uri, date, posting }) => {
    const mentions: LineRange[] = [];
    for (let i = 0; i < mentionCount(posting); i++) mentions.push(rangeAt(posting, i));
    return date === undefined
      ? { uri, name: posting.name, mentions }
      : { uri, date, name: posting.name, mentions };
  });
}
