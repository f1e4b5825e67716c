// Relations an editor wants in the hover and the outline: person → rank, title, organization,
// country; title → organization; organization → parent, country. They are read from how news
// writes them: a rank or title right before a name ("Minister of Defense, Colonel General Ruslan
// Zhaksylykov"), an appositive after it ("Haluk Gergün, the head of …"), and "of"/"at" chains
// ("head of the Department of International Cooperation at the Ministry of Defense").
import type { Entity, Mention, RankInfo } from '../model/types';
import { type Lexicon, type RankRow } from '../data/lexicon';
import { isOrgHead } from '../recognizers/names/organizations';
import { keyMemo, Memo } from '../cache/memo';
import { normalizeKey } from '../text/keys';
import type { Linked } from './linking';

/** The key of a name's first word (an organization's "Turkish …" names its country). */
const firstWordKey = new Memo((text) => normalizeKey(text.split(/\s+/)[0]));

/**
 * The organization keys a title's key names, best first: "minister of defense" → "ministry of
 * defense"; "defense minister" → "ministry of defense", "defense ministry".
 */
const ministryKeys = new Memo((title: string): string[] => {
  const m = /^(?:deputy |vice |acting |first deputy )?minister (of .+)$/.exec(title);
  if (m) return [`ministry ${m[1]}`];
  const pre = /^(.+) minister$/.exec(title);
  if (pre) return [`ministry of ${pre[1]}`, `${pre[1]} ministry`];
  return [];
});

/** Organizations of a state: where no country is written, the article's context supplies it. */
const STATE_HEADS =
  /\b(ministry|department|directorate|gendarmerie|forces|army|navy|police|agency|service|committee|council|parliament|school|academy|command|guard|office|bureau|administration|staff|corps|brigade|division|regiment|battalion|fleet)\b/i;

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

/**
 * Adds the relations to `entities` and makes the rank and title entities, which linking leaves
 * to this step. `keys` holds normalizeKey of each mention's text, computed once by linking;
 * `byId` every entity by its id (the new ones are added to it).
 */
export function addRelations(text: string, linked: Linked, lexicon: Lexicon): void {
  const { mentions, mentionKeys: keys, entities, byId } = linked;
  const placeByName = new Map<string, Entity>();
  for (const e of entities) if (e.type === 'place') placeByName.set(keyMemo.get(e.name), e);
  const entityOf = (m: Mention | undefined): Entity | undefined =>
    m?.entity ? byId.get(m.entity) : undefined;
  // Every relation pattern joins mentions a few words apart; longer gaps are never sliced out
  // (on a large document most neighbours are sentences apart).
  const gap = (a: Mention, b: Mention): string =>
    b.start - a.end > 40 ? '\u0000' : text.slice(a.end, b.start);
  const isCountry = (m: Mention | undefined): boolean =>
    m !== undefined &&
    (m.type === 'nationality' || (m.type === 'place' && entityOf(m)?.placeKind === 'country'));
  const countryId = (m: Mention): string | undefined =>
    m.type === 'nationality' ? m.entity : entityOf(m)?.id;

  // Per-mention facts that become entity facts below.
  const titleOrg = new Map<number, string>();
  const titleCountry = new Map<number, string>();
  const orgCountryExplicit = new Map<string, string>();

  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type === 'title' || m.type === 'organization') {
      // Titles have no entity yet (they get one per holder below); organizations always have one.
      const e = entityOf(m);
      if (m.type === 'organization' && !e) continue;
      // A country written just before: "Kazakh Minister", "Türkiye's Minister", "Turkish … Industries".
      const prev = mentions[i - 1];
      if (prev && isCountry(prev) && /^(\s*|['’]s\s+)$/.test(gap(prev, m))) {
        const c = countryId(prev);
        if (c && m.type === 'title') titleCountry.set(i, c);
        if (c && e) orgCountryExplicit.set(e.id, c);
      }
      if (m.type === 'organization' && e) {
        const country = lexicon.demonyms.get(firstWordKey.get(m.text));
        if (country && !orgCountryExplicit.has(e.id)) {
          const place = placeByName.get(keyMemo.get(country.name));
          if (place) orgCountryExplicit.set(e.id, place.id);
        }
      }
      // The "of/at" chain after it: organization, parent, country.
      let k = i;
      let owner = m;
      while (k + 1 < mentions.length) {
        const next = mentions[k + 1];
        if (!/^\s+(of|at|in|within|under)\s+(the\s+)?$/.test(gap(mentions[k], next))) break;
        const ownerEntity = owner.type === 'title' ? undefined : entityOf(owner);
        if (owner.type !== 'title' && !ownerEntity) break;
        if (next.type === 'organization') {
          if (owner.type === 'title') titleOrg.set(i, next.entity as string);
          else if (ownerEntity && ownerEntity.id !== next.entity) ownerEntity.parent ??= next.entity;
          owner = next;
        } else if (isCountry(next)) {
          const c = countryId(next);
          if (c && ownerEntity && owner.type === 'organization') orgCountryExplicit.set(ownerEntity.id, c);
          if (c && owner.type === 'title') titleCountry.set(i, c);
          break;
        } else break;
        k++;
      }
    }
  }

  // A title "Minister of X" names the organization "Ministry of X" where the article has it.
  const orgByName = new Map<string, Entity>();
  for (const e of entities) if (e.type === 'organization') orgByName.set(keyMemo.get(e.name), e);
  const ministryFor = (titleKey: string): Entity | undefined => {
    for (const key of ministryKeys.get(titleKey)) {
      const org = orgByName.get(key);
      if (org) return org;
    }
    return undefined;
  };

  // People: rank and title before the name, or a title in apposition after it.
  const holderOf = new Map<number, string>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'person') continue;
    const person = entityOf(m);
    if (!person) continue;
    let end = i;
    for (let j = i - 1; j >= 0; j--) {
      const p = mentions[j];
      const g = gap(p, mentions[end]);
      if (!/^[\s,]*$/.test(g) || g.length > 3) break;
      if (p.type === 'rank' || p.type === 'title') holderOf.set(j, person.id);
      else if (p.type === 'nationality' && !person.country) person.country = p.entity;
      else break;
      end = j;
    }
    // "Haluk Gergün, the head of …" / "Yashar Guler, Türkiye's defense minister"
    const after = mentions[i + 1];
    if (
      after &&
      (after.type === 'title' || after.type === 'rank') &&
      /^\s*,\s*(the\s+)?$/i.test(gap(m, after))
    ) {
      holderOf.set(i + 1, person.id);
    }
  }

  // Ranks and titles become one entity per (type, name, holder), numbered in order of appearance.
  const rankTitles: Entity[] = [];
  const rankTitleByKey = {
    rank: new Map<string, Map<string, Entity>>(),
    title: new Map<string, Map<string, Entity>>(),
  };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'rank' && m.type !== 'title') continue;
    const holder = holderOf.get(i);
    const rows = m.type === 'rank' ? lexicon.rankForms.get(keys[i]) : undefined;
    const name = rows ? rows[0].name : m.text;
    const nameKey = rows ? keyMemo.get(name) : keys[i];
    const byHolder = rankTitleByKey[m.type];
    let byName = byHolder.get(holder ?? '');
    if (!byName) {
      byName = new Map();
      byHolder.set(holder ?? '', byName);
    }
    let e = byName.get(nameKey);
    if (!e) {
      const id = `${m.type === 'rank' ? 'R' : 'T'}-${rankTitles.length + 1}`;
      e = { id, type: m.type, name, aliases: [], mentions: [] };
      if (holder) e.holder = holder;
      byName.set(nameKey, e);
      rankTitles.push(e);
    }
    e.mentions.push(i);
    if (m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    m.entity = e.id;
    if (holder) m.holder = holder;
    if (m.type === 'title') {
      const org = titleOrg.get(i) ?? ministryFor(keys[i])?.id;
      if (org) e.organization ??= org;
      const c = titleCountry.get(i);
      if (c) e.country ??= c;
      // The ministry a minister heads belongs to the minister's country.
      if (org && c && !orgCountryExplicit.has(org)) orgCountryExplicit.set(org, c);
    }
  }
  // The caller holds this array: the new entities are added to it.
  for (const e of rankTitles) entities.push(e);
  for (const e of rankTitles) byId.set(e.id, e);

  // Organization countries: written > parent's > the country the article is about at that point.
  for (const [org, c] of orgCountryExplicit) {
    const e = byId.get(org);
    if (e) e.country = c;
  }
  const orgs = entities.filter((e) => e.type === 'organization');
  const parentCountry = (e: Entity, depth = 0): string | undefined =>
    e.country ?? (e.parent && depth < 8 ? parentCountry(byId.get(e.parent) as Entity, depth + 1) : undefined);
  for (const e of orgs) e.country ??= parentCountry(e);
  for (const e of orgs) {
    if (e.country || e.source === 'gazetteer' || e.mentions.length === 0) continue;
    if (
      !STATE_HEADS.test(e.name) ||
      (!isOrgHead(e.name.split(/\s+/).pop() ?? '', lexicon) && !/^\S+ (of|for) /.test(e.name))
    )
      continue;
    for (let j = e.mentions[0] - 1; j >= 0; j--) {
      const p = mentions[j];
      if (p.type === 'place' && entityOf(p)?.placeKind === 'country') {
        e.country = p.entity;
        break;
      }
    }
  }
  for (const e of orgs) e.country ??= parentCountry(e);

  // People take what their rank and title say.
  for (const t of rankTitles) {
    const person = t.holder ? byId.get(t.holder) : undefined;
    if (!person) continue;
    if (t.type === 'title') {
      person.title ??= t.name;
      if (t.organization) person.organization ??= t.organization;
      if (t.country) person.country ??= t.country;
    } else person.rank ??= t.name;
  }
  for (const person of entities.filter((e) => e.type === 'person')) {
    if (!person.country && person.organization) person.country = byId.get(person.organization)?.country;
    if (person.rank) {
      const rows = lexicon.rankForms.get(keyMemo.get(person.rank));
      const iso = person.country
        ? lexicon.countryNames.get(normalizeKey(byId.get(person.country)?.name ?? ''))?.iso2
        : undefined;
      if (rows) person.rankInfo = toRankInfo(pickRank(rows, iso));
    }
  }
  // A rank entity shows the table row of its holder's tradition.
  for (const t of rankTitles) {
    if (t.type !== 'rank') continue;
    const rows = lexicon.rankForms.get(keyMemo.get(t.name));
    const holder = t.holder ? byId.get(t.holder) : undefined;
    const iso = holder?.country
      ? lexicon.countryNames.get(normalizeKey(byId.get(holder.country)?.name ?? ''))?.iso2
      : undefined;
    if (rows) t.rankInfo = toRankInfo(pickRank(rows, iso));
  }
}
