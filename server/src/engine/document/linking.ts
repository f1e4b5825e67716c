// Document-wide step: turns resolved candidates into mentions and groups them into entities.
// Cheap by design (it runs on every edit over the whole document): no tokenizing, only maps keyed by
// names, and no string built per mention: each candidate's text and key were computed once with its
// (cached) block, and derived names, keys and ids are memoised (memo.ts). One sense per document: a
// name found with evidence in one place types its bare uses elsewhere ("Zhaksylykov" after
// "Colonel General Ruslan Zhaksylykov").
import type { Entity, Mention, MentionType } from '../model/types';
import { PRIORITY, type Candidate } from '../model/candidate';
import type { Lexicon } from '../data/lexicon';
import { addRelations } from './relations';
import { placeByKey } from '../recognizers/names/places';
import { keyMemo, Memo } from '../cache/memo';
import { normalizeKey } from '../text/keys';
import type { DocumentItems } from '../cache/blockCache';

export interface Linked {
  mentions: Mention[];
  entities: Entity[];
}

const PREFIX: Record<MentionType, string> = {
  person: 'P',
  organization: 'O',
  place: 'L',
  date: 'D',
  rank: 'R',
  title: 'T',
  nationality: 'L',
};

function slug(text: string): string {
  // Plain ASCII has nothing to decompose or strip: skip the two costly Unicode passes.
  const folded = /^\p{ASCII}*$/u.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
  return (
    folded
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 48) || 'x'
  );
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function words(text: string): string[] {
  return text.split(/[\s]+/).filter((w) => /\p{L}/u.test(w));
}

const titleCaseMemo = new Memo((text) => (text === text.toUpperCase() ? titleCase(text) : ''));
/** Each entity type's id base ("P-ruslan-zhaksylykov") by name. */
const idBaseMemo = new Map<MentionType, Memo<string>>();
function idBase(type: MentionType, name: string): string {
  let memo = idBaseMemo.get(type);
  if (!memo) {
    memo = new Memo((text) => `${PREFIX[type]}-${slug(text)}`);
    idBaseMemo.set(type, memo);
  }
  return memo.get(name);
}

/** What a person's full name tells linking: its key and the keys of its last and first words. */
interface PersonParts {
  full: string;
  last: string;
  first: string;
}
const personPartsMemo = new Memo<PersonParts | null>((surface) => {
  const ws = words(surface);
  if (ws.length < 2) return null;
  return {
    full: normalizeKey(ws.join(' ')),
    last: normalizeKey(ws[ws.length - 1]),
    first: normalizeKey(ws[0]),
  };
});

/**
 * The mention of candidate `c` at `start`–`end` in the document, with its properties in the order
 * clients have always received them. Built in one piece where it can be: an object given more
 * properties after it is made grows a second object to hold them, and a large document has tens
 * of thousands.
 */
function mentionOf(
  c: Readonly<Candidate>,
  start: number,
  end: number,
  text: string,
  entity: string | undefined,
): Mention {
  const { type, source, value, resolution, rangeEnd } = c;
  if (value === undefined && resolution === undefined && rangeEnd === undefined)
    return entity === undefined
      ? { start, end, type, text, source }
      : { start, end, type, text, source, entity };
  if (value !== undefined && resolution !== undefined && rangeEnd === undefined && entity !== undefined)
    return { start, end, type, text, source, value, resolution, entity };
  const m: Mention = { start, end, type, text, source };
  if (value !== undefined) m.value = value;
  if (resolution !== undefined) m.resolution = resolution;
  if (rangeEnd !== undefined) m.rangeEnd = rangeEnd;
  if (entity !== undefined) m.entity = entity;
  return m;
}

/** Builds entities, links every mention to one, then adds relations (relations.ts). */
export function linkEntities(text: string, items: DocumentItems, lexicon: Lexicon): Linked {
  const loose = items.loose;
  // People with a full name first: their words type the bare and weak mentions elsewhere.
  const personWords = new Map<string, string>(); // word → full name key
  const strongType = new Map<string, MentionType>(); // surface key → type found with evidence
  // Places read as sports teams (teams.ts): in an article with at least two such readings (a match
  // report), every mention of a name read once as a team is the team.
  const teamReadings = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    if (items.candidate(i).source !== 'names:team') continue;
    const key = items.key(i);
    teamReadings.set(key, (teamReadings.get(key) ?? 0) + 1);
  }
  let readingsInAll = 0;
  for (const n of teamReadings.values()) readingsInAll += n;
  const isTeam = (key: string): boolean => readingsInAll >= 2 && teamReadings.has(key);
  for (let i = 0; i < items.length; i++) {
    const c = items.candidate(i);
    if (c.weak || c.type === 'date' || c.type === 'rank' || c.type === 'title') continue;
    const key = items.key(i);
    if (c.source !== 'names:team' && !strongType.has(key)) strongType.set(key, c.type);
    if (c.type === 'person') {
      const parts = personPartsMemo.get(items.surface(i));
      if (parts) {
        // News refers back to people by surname; a bare first word ("NASA Bill Ingalls") is not one.
        const last = parts.last;
        if (!personWords.has(last) && !lexicon.organizations.has(last) && !lexicon.countryNames.has(last))
          personWords.set(last, parts.full);
        // A first name alone refers back too when it is a given name ("Gloria" after "Gloria Thomas").
        if (lexicon.givenNames.has(parts.first) && !personWords.has(parts.first))
          personWords.set(parts.first, parts.full);
      }
    }
  }
  const retype = (i: number): Readonly<Candidate> => {
    const c = items.candidate(i);
    if (c.type === 'date' || c.type === 'rank' || c.type === 'title' || c.type === 'nationality') return c;
    const key = items.key(i);
    // personWords holds single words only (a name's first or last), so a key found there is one word.
    if (personWords.has(key)) return { ...c, type: 'person', weak: false };
    if (c.type === 'place' && isTeam(key))
      return { ...c, type: 'organization', source: 'names:team', country: undefined };
    if (c.weak && strongType.has(key)) return { ...c, type: strongType.get(key) as MentionType, weak: false };
    return c;
  };
  // A capitalised word typed by default only ("Dreamliner", "Homeopathy") is not marked unless
  // the document says what it is elsewhere: a guess is worse than nothing to a fact-checker.
  const keep = (i: number): Readonly<Candidate> | undefined => {
    const r = retype(i);
    return r.weak && r.source === 'names:default' ? undefined : r;
  };
  // Capitalised words nothing took, that are a known name here.
  const named: Candidate[] = [];
  for (let i = 0; i < loose.length; i++) {
    const key = loose.key(i);
    const type = personWords.has(key)
      ? 'person'
      : isTeam(key) && strongType.get(key) === 'place'
        ? 'organization'
        : strongType.get(key);
    if (!type || type === 'nationality') continue;
    // "US$14 billion": a currency's country prefix, not a mention of the country. (Read only for
    // the few words named: a character here and there over a large document is slow to fetch.)
    if (text.charCodeAt(loose.end(i)) !== 0x24)
      named.push({
        start: loose.start(i),
        end: loose.end(i),
        type,
        source: 'linking',
        priority: 0,
        value: undefined,
        resolution: undefined,
        rangeEnd: undefined,
        key: undefined,
        country: undefined,
        weak: undefined,
        suppress: undefined,
        surface: loose.text(i),
        surfaceKey: key,
      });
  }
  const resolved = items.inOrder(named, keep);

  const entities: Entity[] = [];
  // One map per entity type, keyed by the entity's key: no "type + key" string per mention.
  const byKey = new Map<MentionType, Map<string, Entity>>();
  const byId = new Map<string, Entity>(); // every entity by id: ids are unique
  const nextSuffix = new Map<string, number>(); // id base → next number to try, so ids stay O(1)
  const entityFor = (type: MentionType, key: string, name: string): Entity => {
    const entityType: MentionType = type === 'nationality' ? 'place' : type;
    let ofType = byKey.get(entityType);
    if (!ofType) {
      ofType = new Map();
      byKey.set(entityType, ofType);
    }
    let e = ofType.get(key);
    if (!e) {
      const base = idBase(entityType, name);
      let id = base;
      for (let n = nextSuffix.get(base) ?? 2; byId.has(id); n++) {
        id = `${base}-${n}`;
        nextSuffix.set(base, n + 1);
      }
      e = { id, type: entityType, name, aliases: [], mentions: [] };
      ofType.set(key, e);
      entities.push(e);
      byId.set(id, e);
    }
    return e;
  };

  // Each entity's names so far, as a set: an entity mentioned thousands of times in an archive
  // would otherwise search its alias list on every mention.
  const surfaces = new Map<Entity, Set<string>>();
  const knownSurfaces = (e: Entity): Set<string> => {
    let set = surfaces.get(e);
    if (!set) {
      set = new Set([e.name, ...e.aliases]);
      surfaces.set(e, set);
    }
    return set;
  };
  // Room for every candidate and named word at once (some candidates are dropped): growing arrays
  // of tens of thousands a push at a time costs more than filling them.
  const room = items.length + named.length;
  const mentions = new Array<Mention>(room);
  const mentionKeys = new Array<string>(room);
  let count = 0;
  while (resolved.next()) {
    const c = resolved.candidate as Readonly<Candidate>;
    // Every candidate (from a block, the metadata or a named word) carries its text and key.
    const surface = c.surface as string;
    const skey = c.surfaceKey as string;
    const index = count++;
    mentionKeys[index] = skey;
    let e: Entity | undefined;
    switch (c.type) {
      case 'person': {
        const full = personWords.get(skey) ?? skey;
        e = entityFor('person', full, surface);
        break;
      }
      case 'date':
        e = entityFor('date', c.value ?? skey, c.value ?? surface);
        break;
      case 'rank':
      case 'title':
        // Ranks and titles become entities per holder once relations are known (relations.ts).
        e = undefined;
        break;
      case 'nationality': {
        const country = c.key ?? surface;
        e = entityFor('place', keyMemo.get(country), country);
        e.placeKind ??= 'country';
        break;
      }
      default: {
        let name = c.key;
        let country = c.country;
        if (c.type === 'place' && country === undefined) {
          // Datelines and user entries arrive as written ("ASTANA"): take the gazetteer's form.
          const hit = placeByKey(skey, lexicon);
          if (hit) {
            name = hit.key;
            country = hit.country;
          } else {
            const titled = titleCaseMemo.get(surface);
            if (titled !== '') name = titled;
          }
        }
        const key = name === undefined ? skey : keyMemo.get(name);
        e = entityFor(c.type, key, name ?? surface);
        const countryKey = country ? keyMemo.get(country) : undefined;
        if (c.type === 'place' && country && countryKey !== key) {
          e.country = entityFor('place', countryKey as string, country).id;
        }
        if (c.type === 'place')
          e.placeKind ??=
            country && countryKey === key ? 'country' : (placeByKey(skey, lexicon)?.kind ?? 'site');
        if (c.type === 'organization' && country)
          e.country = entityFor('place', countryKey as string, country).id;
        if (c.priority === PRIORITY.knownOrganization) e.source = 'gazetteer';
        else if (c.source !== 'names' && c.source !== 'linking') e.source ??= c.source;
        break;
      }
    }
    mentions[index] = mentionOf(c, resolved.start, resolved.end, surface, e?.id);
    if (e === undefined) continue;
    e.mentions.push(index);
    if (surface !== e.name && !knownSurfaces(e).has(surface)) {
      knownSurfaces(e).add(surface);
      // People are named by their fullest form.
      if (c.type === 'person' && words(surface).length > words(e.name).length) {
        e.aliases.push(e.name);
        e.name = surface;
      } else e.aliases.push(surface);
    }
  }
  mentions.length = count;
  mentionKeys.length = count;
  mergeAppositions(text, mentions, entities, byId);
  addRelations(text, mentions, mentionKeys, entities, byId, lexicon);
  // Entities nobody mentions any more (a country only referred to by a dropped mention) go.
  const referenced = new Set<string>();
  for (const e of entities) {
    if (e.country) referenced.add(e.country);
    if (e.parent) referenced.add(e.parent);
    if (e.organization) referenced.add(e.organization);
    if (e.holder) referenced.add(e.holder);
  }
  const live = entities.filter((e) => e.mentions.length > 0 || referenced.has(e.id));
  return { mentions, entities: live };
}

/**
 * Two organization names side by side, joined by a dash or a bracket, name one organization:
 * "Turkish Aerospace Industries – TUSAŞ Aerospace Industries", "Defense Industry Agency (SSB)".
 */
function mergeAppositions(
  text: string,
  mentions: Mention[],
  entities: Entity[],
  byId: Map<string, Entity>,
): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (a.type !== 'organization' || b.type !== 'organization' || a.entity === b.entity) continue;
    const gap = text.slice(a.end, b.start);
    const bracketed = /^\s*\(\s*$/.test(gap) && /^\s*\)/.test(text.slice(b.end, b.end + 3));
    if (!/^\s+[–—-]\s+$/.test(gap) && !bracketed) continue;
    const keep = byId.get(a.entity as string);
    const drop = byId.get(b.entity as string);
    if (!keep || !drop) continue;
    for (const index of drop.mentions) mentions[index].entity = keep.id;
    keep.mentions = [...keep.mentions, ...drop.mentions].sort((x, y) => x - y);
    for (const alias of [drop.name, ...drop.aliases]) {
      if (alias !== keep.name && !keep.aliases.includes(alias)) keep.aliases.push(alias);
    }
    if (bracketed && /^[\p{Lu}\d&.-]{2,10}$/u.test(b.text)) keep.acronym ??= b.text;
    drop.mentions = [];
    byId.delete(drop.id);
  }
  // Merged-away entities have no mentions left; filter them out in place (the caller holds the array).
  const kept = entities.filter((e) => byId.has(e.id));
  entities.length = 0;
  for (const e of kept) entities.push(e);
}
