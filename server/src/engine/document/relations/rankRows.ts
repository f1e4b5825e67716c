// A rank's table row (server/data/ranks.json): "Colonel General" is one row per tradition, and a
// person's rank shows the row of the tradition their country's forces follow.
import type { Entity, RankInfo } from '../../model/types';
import type { RankRow } from '../../data/lexicon';
import { keyMemo } from '../../cache/memo';
import { normalizeKey } from '../../text/keys';
import type { RelationDocument } from './document';

/** Traditions by the ISO code of the country whose forces use them. */
const SOVIET_STYLE = new Set(['RU', 'KZ', 'BY', 'KG', 'TJ', 'UZ', 'AM', 'AZ', 'TM', 'UA', 'MD', 'GE', 'MN']);

function pickRank(rows: readonly RankRow[], countryIso: string | undefined): RankRow {
  const want =
    countryIso === undefined
      ? undefined
      : SOVIET_STYLE.has(countryIso)
        ? 'soviet-style'
        : countryIso === 'TR'
          ? 'türkiye'
          : countryIso === 'GB'
            ? 'uk'
            : countryIso === 'US'
              ? 'us'
              : undefined;
  return (
    (want && rows.find((r) => r.tradition.toLowerCase() === want)) ||
    rows.find((r) => r.tradition === 'US') ||
    rows[0]
  );
}

function toRankInfo(row: RankRow): RankInfo {
  const info: RankInfo = { name: row.name, branch: row.branch, tradition: row.tradition, source: row.source };
  if (row.nato) info.nato = row.nato;
  if (row.natoBasis) info.natoBasis = row.natoBasis;
  return info;
}

/** The row of rank `name` for a holder of country entity `countryId` (or none). */
function rankInfo(doc: RelationDocument, name: string, countryId: string | undefined): RankInfo | undefined {
  const { lexicon, byId } = doc;
  const rows = lexicon.rankForms.get(keyMemo.get(name));
  if (!rows) return undefined;
  const iso = countryId
    ? lexicon.countryNames.get(normalizeKey(byId.get(countryId)?.name ?? ''))?.iso2
    : undefined;
  doc.fired('rank-row');
  return toRankInfo(pickRank(rows, iso));
}

/** People of a known rank, and rank entities, get the row of the holder's tradition. */
export function rankRows(doc: RelationDocument, rankTitles: readonly Entity[]): void {
  for (const person of doc.entities) {
    if (person.type !== 'person' || !person.rank) continue;
    const info = rankInfo(doc, person.rank, person.country);
    if (info) person.rankInfo = info;
  }
  for (const t of rankTitles) {
    if (t.type !== 'rank') continue;
    const holder = t.holder ? doc.byId.get(t.holder) : undefined;
    const info = rankInfo(doc, t.name, holder?.country);
    if (info) t.rankInfo = info;
  }
}
