// A rank's table row (server/data/ranks.json): "Lieutenant General" is one row per tradition, and a
// person's rank shows the row of the tradition their country's forces follow (traditionByCountry
// in ranks.json). The country is the one the article gives the holder (a demonym, their
// organization, "of Sweden"), else the dateline's; none is guessed. Where that country has no row
// for the rank, the row shown is another tradition's, and says it is there for comparison only.
import type { Entity, Mention, RankInfo } from '../../model/types';
import type { CountryRow, Lexicon, RankRow } from '../../data/lexicon';
import { keyMemo } from '../../cache/memo';
import { normalizeKey } from '../../text/keys';
import type { RelationDocument } from './document';

/** The tradition whose row a rank shows when its holder's country has none (or is unknown). */
const FALLBACK_TRADITION = 'US';

/** The holder's country and where the article says it. */
interface HolderCountry {
  country: CountryRow;
  from: 'text' | 'dateline';
}

function toRankInfo(row: RankRow): RankInfo {
  const info: RankInfo = { name: row.name, branch: row.branch, tradition: row.tradition, source: row.source };
  if (row.nato) info.nato = row.nato;
  if (row.natoBasis) info.natoBasis = row.natoBasis;
  return info;
}

/**
 * The row of the tradition the country's forces follow; else, for comparison, the US row or the
 * first. A borrowed table's NATO code (Australia's ranks are the UK's) is only comparable there.
 */
function pickRank(
  name: string,
  rows: readonly RankRow[],
  holder: HolderCountry | undefined,
  lexicon: Lexicon,
): RankInfo {
  const iso = holder?.country.iso2;
  const tradition = iso === undefined ? undefined : lexicon.rankTraditions.get(iso);
  const own =
    tradition === undefined
      ? undefined
      : (rows.find((r) => r.tradition === tradition) ?? branchAndRank(name, tradition, lexicon));
  const row = own ?? rows.find((r) => r.tradition === FALLBACK_TRADITION) ?? rows[0];
  const info = toRankInfo(row);
  if (!holder) return info;
  info.country = holder.country.name;
  info.countryFrom = holder.from;
  if (!own) info.otherTradition = true;
  if (info.nato && (!own || lexicon.borrowedRankTraditions.has(holder.country.iso2)))
    info.natoBasis = 'comparable';
  return info;
}

/**
 * "Army General" where the holder's tradition has no such rank (a US general): a branch word and
 * the rank, whose row is that branch's.
 */
function branchAndRank(name: string, tradition: string, lexicon: Lexicon): RankRow | undefined {
  const space = name.indexOf(' ');
  if (space < 0) return undefined;
  const branch = lexicon.rankBranchWords.get(keyMemo.get(name.slice(0, space)));
  const rows = branch === undefined ? undefined : lexicon.rankForms.get(keyMemo.get(name.slice(space + 1)));
  const mine = rows?.filter((r) => r.tradition === tradition);
  return mine?.find((r) => r.branch === branch || r.branch === 'any') ?? mine?.[0];
}

/** The country row of a country entity. */
function countryRow(doc: RelationDocument, id: string | undefined): CountryRow | undefined {
  const e = id === undefined ? undefined : doc.byId.get(id);
  return e ? doc.lexicon.countryNames.get(normalizeKey(e.name)) : undefined;
}

/**
 * The country an organization's own name or entity gives ("Indian Army", "Pakistan Navy"), read
 * from the name itself where the article names no country entity for it.
 */
function organizationCountry(doc: RelationDocument, id: string | undefined): CountryRow | undefined {
  const org = id === undefined ? undefined : doc.byId.get(id);
  if (!org) return undefined;
  const written = countryRow(doc, org.country);
  if (written) return written;
  const first = keyMemo.get(org.name.split(' ')[0]);
  return doc.lexicon.demonyms.get(first) ?? doc.lexicon.countryNames.get(first);
}

/** The country of the story's dateline ("RAWALPINDI, Sept 6 (APP) -"), if the dateline names a place. */
function datelineCountry(doc: RelationDocument): CountryRow | undefined {
  const dateline = doc.mentions.find((m: Mention) => m.source === 'dateline' && m.type === 'place');
  const place = doc.entityOf(dateline);
  if (!place) return undefined;
  return place.placeKind === 'country' ? countryRow(doc, place.id) : countryRow(doc, place.country);
}

/** The row of rank `name` for a holder `person` (or none). */
function rankInfo(
  doc: RelationDocument,
  name: string,
  person: Entity | undefined,
  dateline: () => CountryRow | undefined,
): RankInfo | undefined {
  const rows = doc.lexicon.rankForms.get(keyMemo.get(name));
  if (!rows) return undefined;
  const own = countryRow(doc, person?.country) ?? organizationCountry(doc, person?.organization);
  let holder: HolderCountry | undefined = own ? { country: own, from: 'text' } : undefined;
  if (!holder && person) {
    const c = dateline();
    if (c) {
      holder = { country: c, from: 'dateline' };
      doc.fired('dateline-country');
    }
  }
  doc.fired('rank-row');
  return pickRank(name, rows, holder, doc.lexicon);
}

/** People of a known rank, and rank entities, get the row of the holder's tradition. */
export function rankRows(doc: RelationDocument, rankTitles: readonly Entity[]): void {
  let dateline: CountryRow | null | undefined;
  const datelineOnce = (): CountryRow | undefined => {
    if (dateline === undefined) dateline = datelineCountry(doc) ?? null;
    return dateline ?? undefined;
  };
  for (const person of doc.entities) {
    if (person.type !== 'person' || !person.rank) continue;
    const info = rankInfo(doc, person.rank, person, datelineOnce);
    if (info) person.rankInfo = info;
  }
  for (const t of rankTitles) {
    if (t.type !== 'rank') continue;
    const holder = t.holder ? doc.byId.get(t.holder) : undefined;
    const info = rankInfo(doc, t.name, holder, datelineOnce);
    if (info) t.rankInfo = info;
  }
}
