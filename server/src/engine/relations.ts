// Relations an editor wants in the hover and the outline: person → rank, title, organization,
// country; title → organization; organization → parent, country. They are read from how news
// writes them: a rank or title right before a name ("Minister of Defense, Colonel General Ruslan
// Zhaksylykov"), an appositive after it ("Haluk Gergün, the head of …"), and "of"/"at" chains
// ("head of the Department of International Cooperation at the Ministry of Defense").
import type { ArticleMeta, Entity, Mention, RankInfo } from './types';
import { normalizeKey, type Lexicon, type RankRow } from './lexicon';
import { isOrgHead } from './organizations';

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

export function addRelations(
  text: string,
  mentions: Mention[],
  entities: Entity[],
  lexicon: Lexicon,
  meta: ArticleMeta,
): void {
  void meta;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const placeByName = new Map(
    entities.filter((e) => e.type === 'place').map((e) => [normalizeKey(e.name), e]),
  );
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
    const e = entityOf(m);
    if (!e) continue;
    if (m.type === 'title' || m.type === 'organization') {
      // A country written just before: "Kazakh Minister", "Türkiye's Minister", "Turkish … Industries".
      const prev = mentions[i - 1];
      if (prev && isCountry(prev) && /^(\s*|['’]s\s+)$/.test(gap(prev, m))) {
        const c = countryId(prev);
        if (c && m.type === 'title') titleCountry.set(i, c);
        if (c && m.type === 'organization') orgCountryExplicit.set(e.id, c);
      }
      if (m.type === 'organization') {
        const first = normalizeKey(m.text.split(/\s+/)[0]);
        const country = lexicon.demonyms.get(first);
        if (country && !orgCountryExplicit.has(e.id)) {
          const place = placeByName.get(normalizeKey(country.name));
          if (place) orgCountryExplicit.set(e.id, place.id);
        }
      }
      // The "of/at" chain after it: organization, parent, country.
      let k = i;
      let owner = m;
      while (k + 1 < mentions.length) {
        const next = mentions[k + 1];
        if (!/^\s+(of|at|in|within|under)\s+(the\s+)?$/.test(gap(mentions[k], next))) break;
        const ownerEntity = entityOf(owner);
        if (!ownerEntity) break;
        if (next.type === 'organization') {
          if (owner.type === 'title') titleOrg.set(i, next.entity as string);
          else if (ownerEntity.id !== next.entity) ownerEntity.parent ??= next.entity;
          owner = next;
        } else if (isCountry(next)) {
          const c = countryId(next);
          if (c && owner.type === 'organization') orgCountryExplicit.set(ownerEntity.id, c);
          if (c && owner.type === 'title') titleCountry.set(i, c);
          break;
        } else break;
        k++;
      }
    }
  }

  // A title "Minister of X" names the organization "Ministry of X" where the article has it.
  const orgByName = new Map(
    entities.filter((e) => e.type === 'organization').map((e) => [normalizeKey(e.name), e]),
  );
  const ministryFor = (title: string): Entity | undefined => {
    const t = normalizeKey(title);
    const m = /^(?:deputy |vice |acting |first deputy )?minister (of .+)$/.exec(t);
    if (m) return orgByName.get(`ministry ${m[1]}`);
    const pre = /^(.+) minister$/.exec(t);
    if (pre) return orgByName.get(`ministry of ${pre[1]}`) ?? orgByName.get(`${pre[1]} ministry`);
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

  // Ranks and titles become one entity per (name, holder).
  const replaced = new Set<string>();
  const rankTitleByKey = new Map<string, Entity>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'rank' && m.type !== 'title') continue;
    const holder = holderOf.get(i);
    const old = entityOf(m);
    if (old) replaced.add(old.id);
    const rows = m.type === 'rank' ? lexicon.rankForms.get(normalizeKey(m.text)) : undefined;
    const name = rows ? rows[0].name : m.text;
    const key = `${m.type}\u0000${normalizeKey(name)}\u0000${holder ?? ''}`;
    let e = rankTitleByKey.get(key);
    if (!e) {
      const id = `${m.type === 'rank' ? 'R' : 'T'}-${rankTitleByKey.size + 1}`;
      e = { id, type: m.type, name, aliases: [], mentions: [] };
      if (holder) e.holder = holder;
      rankTitleByKey.set(key, e);
    }
    e.mentions.push(i);
    if (m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    m.entity = e.id;
    if (holder) m.holder = holder;
    if (m.type === 'title') {
      const org = titleOrg.get(i) ?? ministryFor(m.text)?.id;
      if (org) e.organization ??= org;
      const c = titleCountry.get(i);
      if (c) e.country ??= c;
      // The ministry a minister heads belongs to the minister's country.
      if (org && c && !orgCountryExplicit.has(org)) orgCountryExplicit.set(org, c);
    }
  }
  // Filter in place: the caller holds this array.
  const kept = entities.filter((e) => !replaced.has(e.id));
  entities.length = 0;
  for (const e of kept) entities.push(e);
  for (const e of rankTitleByKey.values()) entities.push(e);
  for (const e of rankTitleByKey.values()) byId.set(e.id, e);

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
  for (const t of rankTitleByKey.values()) {
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
      const rows = lexicon.rankForms.get(normalizeKey(person.rank));
      const iso = person.country
        ? lexicon.countryNames.get(normalizeKey(byId.get(person.country)?.name ?? ''))?.iso2
        : undefined;
      if (rows) person.rankInfo = toRankInfo(pickRank(rows, iso));
    }
  }
  // A rank entity shows the table row of its holder's tradition.
  for (const t of rankTitleByKey.values()) {
    if (t.type !== 'rank') continue;
    const rows = lexicon.rankForms.get(normalizeKey(t.name));
    const holder = t.holder ? byId.get(t.holder) : undefined;
    const iso = holder?.country
      ? lexicon.countryNames.get(normalizeKey(byId.get(holder.country)?.name ?? ''))?.iso2
      : undefined;
    if (rows) t.rankInfo = toRankInfo(pickRank(rows, iso));
  }
}
