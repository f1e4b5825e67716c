// A rank's table row (server/data/ranks.json): "Colonel General" is one row per tradition, and a
// person's rank shows the row of the tradition their country's forces follow (traditionByCountry
// in ranks.json).
import type { Entity, RankInfo } from '../../model/types';
import type { Lexicon, RankRow } from '../../data/lexicon';
import { keyMemo } from '../../cache/memo';
import { normalizeKey } from '../../text/keys';
import type { RelationDocument } from './document';

/** The tradition whose row a rank shows when its holder's country has none (or is unknown). */
const FALLBACK_TRADITION = 'US';

/** The row of the tradition the country's forces follow, else the US row, else the first. */
function pickRank(rows: readonly RankRow[], countryIso: string | undefined, lexicon: Lexicon): RankRow {
  const tradition = countryIso === undefined ? undefined : lexicon.rankTraditions.get(countryIso);
  return (
    (tradition !== undefined && rows.find((r) => r.tradition === tradition)) ||
    rows.find((r) => r.tradition === FALLBACK_TRADITION) ||
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
  return toRankInfo(pickRank(rows, iso, lexicon));
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
