// Who holds each rank and title: the person named right after it ("Minister of Defense, Colonel
// General Ruslan Zhaksylykov"), or before it in apposition ("Haluk Gergün, the head of …"). Ranks
// and titles become one entity per name and holder, and people take what theirs say.
import { TYPE_FACTS, type Entity } from '../../model/types';
import { keyMemo, Memo } from '../../cache/memo';
import type { ChainFacts } from './chains';
import type { RelationDocument } from './document';

const BEFORE_NAME = /^[\s,]*$/;
const APPOSITION = /^\s*,\s*(the\s+)?$/i;

/**
 * The holder (a person's entity id) of each rank and title mention, by mention index. A
 * nationality among the words before a name is the person's country.
 */
export function findHolders(doc: RelationDocument): Map<number, string> {
  const { mentions } = doc;
  const holderOf = new Map<number, string>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'person') continue;
    const person = doc.entityOf(m);
    if (!person) continue;
    let end = i;
    for (let j = i - 1; j >= 0; j--) {
      const p = mentions[j];
      const g = doc.gap(p, mentions[end]);
      if (!BEFORE_NAME.test(g) || g.length > 3) break;
      if (p.type === 'rank' || p.type === 'title') {
        holderOf.set(j, person.id);
        doc.fired('before-name');
      } else if (p.type === 'nationality' && !person.country) {
        person.country = p.entity;
        doc.fired('nationality-before-name');
      } else break;
      end = j;
    }
    // "Haluk Gergün, the head of …" / "Yashar Guler, Türkiye's defense minister"
    const after = mentions[i + 1];
    if (after && (after.type === 'title' || after.type === 'rank') && APPOSITION.test(doc.gap(m, after))) {
      holderOf.set(i + 1, person.id);
      doc.fired('apposition');
    }
  }
  return holderOf;
}

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

/**
 * Makes the rank and title entities, which linking leaves to this step: one per (type, name,
 * holder), numbered in order of appearance, and adds them to the document's entities. A title
 * takes the organization and country its chain names, or the ministry a "Minister of X" heads
 * where the article names it; that ministry is then in the minister's country.
 */
export function rankTitleEntities(
  doc: RelationDocument,
  holderOf: Map<number, string>,
  chains: ChainFacts,
): Entity[] {
  const { mentions, keys, lexicon } = doc;
  const orgByName = new Map<string, Entity>();
  for (const e of doc.entities) if (e.type === 'organization') orgByName.set(keyMemo.get(e.name), e);
  const ministryFor = (titleKey: string): Entity | undefined => {
    for (const key of ministryKeys.get(titleKey)) {
      const org = orgByName.get(key);
      if (org) return org;
    }
    return undefined;
  };
  const rankTitles: Entity[] = [];
  const byKey = {
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
    const byHolder = byKey[m.type];
    let byName = byHolder.get(holder ?? '');
    if (!byName) {
      byName = new Map();
      byHolder.set(holder ?? '', byName);
    }
    let e = byName.get(nameKey);
    if (!e) {
      const id = `${TYPE_FACTS[m.type].idPrefix}-${rankTitles.length + 1}`;
      e = { id, type: m.type, name, aliases: [], mentions: [] };
      if (holder) e.holder = holder;
      byName.set(nameKey, e);
      rankTitles.push(e);
    }
    e.mentions.push(i);
    if (m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    m.entity = e.id;
    if (holder) m.holder = holder;
    if (m.type !== 'title') continue;
    let org = chains.titleOrg.get(i);
    if (org === undefined) {
      org = ministryFor(keys[i])?.id;
      if (org) doc.fired('ministry-of-minister');
    }
    if (org) e.organization ??= org;
    const c = chains.titleCountry.get(i);
    if (c) e.country ??= c;
    if (org && c && !chains.orgCountry.has(org)) {
      chains.orgCountry.set(org, c);
      doc.fired('minister-country');
    }
  }
  for (const e of rankTitles) doc.entities.push(e);
  for (const e of rankTitles) doc.byId.set(e.id, e);
  return rankTitles;
}

/** People take the title (its organization and country) and the rank they hold. */
export function holdersTake(doc: RelationDocument, rankTitles: readonly Entity[]): void {
  for (const t of rankTitles) {
    const person = t.holder ? doc.byId.get(t.holder) : undefined;
    if (!person) continue;
    if (t.type === 'title') {
      person.title ??= t.name;
      if (t.organization) person.organization ??= t.organization;
      if (t.country) person.country ??= t.country;
      doc.fired('holder-takes-title');
    } else {
      person.rank ??= t.name;
      doc.fired('holder-takes-rank');
    }
  }
}
