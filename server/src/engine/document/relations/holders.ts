// Who holds each rank and title: the person named right after it ("Minister of Defense, Colonel
// General Ruslan Zhaksylykov"), or before it in apposition ("Haluk Gergün, the head of …"). Ranks
// and titles become one entity per name and holder, and people take what theirs say.
import { TYPE_FACTS, type Entity } from '../../model/types';
import { keyMemo, Memo } from '../../cache/memo';
import { derive } from '../../data/derived';
import type { ChainFacts } from './chains';
import type { RelationDocument } from './document';

/** Between a title or rank and the name: spaces, commas, an acronym's brackets ("Chief of Army Staff (COAS) General X"). */
const BEFORE_NAME = /^[\s,()]*$/;
const APPOSITION = /^\s*,\s*(the\s+)?$/i;
/** "Rasmus Lindqvist of Sweden", "Saima Tariq of the ISPR": "of" after a name. */
const OF = /^\s+of\s+(the\s+)?$/;
/** Names listed one after another: "A and B", "A, B and C". */
const LIST_JOIN = /^\s*(,|and|,\s*and)\s*$/;
/** The opening bracket between an office and its acronym: "General Officer Commanding (GOC)". */
const ACRONYM_OPENS = /^\s*\(\s*$/;
/**
 * Words before an office that say when it was held ("former Prime Minister", "ex-minister"): they
 * stand outside the title's span, as "Kazakh" does, and are kept in the office its holder is given.
 */
const WHEN_HELD =
  /(?:^|[\s("'“])(former|ex|then|late|outgoing|incoming|retired|erstwhile|one-time|onetime)[\s-]+$/i;
/** How a qualifier is written in the office's name: "ex-" and "one-time" say "former". */
const QUALIFIER_NAME: Record<string, string> = {
  ex: 'former',
  erstwhile: 'former',
  'one-time': 'former',
  onetime: 'former',
};

/** "spokeswoman Begum Shahnaz Qureshi": only an honorific stands between an office and the name. */
function honorificBetween(doc: RelationDocument, gap: string): boolean {
  const words = gap.trim();
  return words.length > 0 && words.length < 20 && derive(doc.lexicon).honorifics.has(keyMemo.get(words));
}

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
      if (!(BEFORE_NAME.test(g) && g.length <= 3) && !(end === i && honorificBetween(doc, g))) break;
      if (p.type === 'rank' || p.type === 'title') {
        holderOf.set(j, person.id);
        doc.fired('before-name');
      } else if (p.type === 'nationality' && !person.country) {
        person.country = p.entity;
        doc.fired('nationality-before-name');
      } else if (end !== i && p.type === 'organization' && p.entity && mentions[end].type === 'rank') {
        // "Pakistan Army Colonel Saima Tariq": the force before the rank is the person's.
        person.organization ??= p.entity;
        doc.fired('organization-before-rank');
        break;
      } else if (end !== i && !person.country && doc.isCountry(p)) {
        // "U.S. Army General Mark Reyes": a country before the person's rank or office.
        person.country = doc.countryId(p);
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
    // "Rasmus Lindqvist of Sweden", "Jonas Petrauskas of the Lithuanian Armed Forces"
    if (after && OF.test(doc.gap(m, after))) {
      if (!person.country && doc.isCountry(after)) {
        person.country = doc.countryId(after);
        doc.fired('person-of-country');
      } else if (!person.organization && after.type === 'organization' && after.entity) {
        person.organization = after.entity;
        doc.fired('person-of-organization');
      }
    }
  }
  return holderOf;
}

/**
 * "Defense Ministers Rasmus Lindqvist of Sweden and Juhani Mäkelä of Finland": the people listed
 * after a plural office all hold it. By mention index of the office, the holders after its first.
 */
export function findCoHolders(
  doc: RelationDocument,
  holderOf: ReadonlyMap<number, string>,
): Map<number, string[]> {
  const { mentions, keys } = doc;
  const plurals = derive(doc.lexicon).titles.plurals;
  const coHolders = new Map<number, string[]>();
  for (const [j, first] of holderOf) {
    if (mentions[j].type !== 'title' || !plurals.has(keys[j])) continue;
    let k = j + 1;
    while (k < mentions.length && mentions[k].entity !== first) k++;
    const others: string[] = [];
    while (k + 1 < mentions.length) {
      const next = mentions[k + 1];
      const gap = doc.gap(mentions[k], next);
      if (doc.isCountry(next) && OF.test(gap)) k++;
      else if (next.type === 'person' && next.entity && LIST_JOIN.test(gap)) {
        others.push(next.entity);
        k++;
      } else break;
    }
    if (others.length === 0) continue;
    coHolders.set(j, others);
    doc.fired('plural-title-holders');
  }
  return coHolders;
}

/** "former Prime Minister": the office as its holder is given it, with the words saying when it was held. */
function heldAs(doc: RelationDocument, start: number, title: string): string {
  const when = WHEN_HELD.exec(doc.text.slice(Math.max(0, start - 16), start));
  if (!when) return title;
  doc.fired('when-held');
  const word = when[1].toLowerCase();
  return `${QUALIFIER_NAME[word] ?? word} ${title}`;
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
  const { fullNames } = derive(lexicon).titles;
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
    const before = mentions[i - 1];
    // "General Officer Commanding (GOC)": the acronym is the office before it again.
    if (
      m.type === 'title' &&
      before?.type === 'title' &&
      before.entity !== undefined &&
      ACRONYM_OPENS.test(doc.gap(before, m)) &&
      doc.text[m.end] === ')'
    ) {
      const office = doc.byId.get(before.entity) as Entity;
      office.mentions.push(i);
      if (!office.aliases.includes(m.text)) office.aliases.push(m.text);
      m.entity = office.id;
      if (before.holder) m.holder = before.holder;
      doc.fired('office-acronym');
      continue;
    }
    const holder = holderOf.get(i);
    // "Brig." is the table's "Brig" with its full stop.
    const rows =
      m.type === 'rank'
        ? (lexicon.rankForms.get(keys[i]) ?? lexicon.rankForms.get(keys[i].replace(/\.$/, '')))
        : undefined;
    // A title's entity is named as written; the office in full ("Senator" for "Sen.") is its `title`.
    const full = rows ? undefined : fullNames.get(keys[i]);
    const name = rows ? rows[0].name : heldAs(doc, m.start, m.text);
    const nameKey = rows || name !== m.text ? keyMemo.get(name) : keys[i];
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
      if (full !== undefined) e.title = name.replace(m.text, full);
      if (holder) e.holder = holder;
      byName.set(nameKey, e);
      rankTitles.push(e);
      doc.byId.set(id, e);
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
  return rankTitles;
}

/** A person takes the title (its organization and country). */
function takeTitle(person: Entity, t: Entity): void {
  person.title ??= t.title ?? t.name;
  if (t.organization) person.organization ??= t.organization;
  if (t.country) person.country ??= t.country;
}

/**
 * People take the title (its organization and country) and the rank they hold; the people listed
 * after a plural office (`coHolders`, by the office's mention index) take it too.
 */
export function holdersTake(
  doc: RelationDocument,
  rankTitles: readonly Entity[],
  coHolders: ReadonlyMap<number, readonly string[]>,
): void {
  for (const [j, people] of coHolders) {
    const office = doc.entityOf(doc.mentions[j]);
    if (!office) continue;
    for (const id of people) {
      const person = doc.byId.get(id);
      if (person) takeTitle(person, office);
    }
  }
  for (const t of rankTitles) {
    const person = t.holder ? doc.byId.get(t.holder) : undefined;
    if (!person) continue;
    if (t.type === 'title') {
      takeTitle(person, t);
      doc.fired('holder-takes-title');
    } else {
      person.rank ??= t.name;
      doc.fired('holder-takes-rank');
    }
  }
}
