// Document-wide stage: turns the document's candidates into mentions and groups them into
// entities. Cheap by design (it runs on every edit over the whole document): no tokenizing, only
// maps keyed by names, and no string built per mention: each candidate's text and key were
// computed once with its (cached) block, and derived names, keys and ids are memoised (memo.ts).
// One sense per document: a name found with evidence in one place types its bare uses elsewhere
// ("Zhaksylykov" after "Colonel General Ruslan Zhaksylykov").
import type { Entity, Mention, MentionType } from '../model/types';
import { PRIORITY, type Candidate } from '../model/candidate';
import type { Lexicon } from '../data/lexicon';
import type { DocumentItems } from '../cache/blockCache';
import { placeByKey } from '../recognizers/names/places';
import { isTeamSource } from '../recognizers/names/teams';
import { keyMemo, Memo } from '../cache/memo';
import { normalizeKey } from '../text/keys';
import { EntityTable, words } from './entityTable';
import { shortForms } from './shortNames';
import { meansTeam, readTeams, weakTeamElsewhere } from './teams';

/** What linking hands the later document stages (appositions, relations), which add to it. */
export interface Linked {
  /** In document order. Ranks and titles have no entity yet: relations give them one. */
  mentions: Mention[];
  /** normalizeKey of each mention's text. */
  mentionKeys: string[];
  /** Every entity, in the order it was first mentioned. */
  entities: Entity[];
  /** Every entity by its id. */
  byId: Map<string, Entity>;
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

const titleCaseMemo = new Memo((text) => (text === text.toUpperCase() ? titleCase(text) : ''));

/** shortForms of each organization name, per lexicon (the user's entries may add names). */
const shortFormMemos = new WeakMap<Lexicon, Memo<string[]>>();
function shortFormsOf(name: string, lexicon: Lexicon): string[] {
  let memo = shortFormMemos.get(lexicon);
  if (memo === undefined) shortFormMemos.set(lexicon, (memo = new Memo((n) => shortForms(n, lexicon))));
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

/** What the whole document says a name is, read before any mention is made. */
interface Senses {
  /** A person's last name, or a given first name, → the key of their full name. */
  personWords: Map<string, string>;
  /** A name's key → the type it was found as with evidence (the first such). */
  strongType: Map<string, MentionType>;
  /** In a match report, the names read as teams (teams.ts); empty in any other article. */
  teams: Set<string>;
  /**
   * The short forms of the organizations named in full ("Schwab" of "Charles Schwab Corp",
   * shortNames.ts) → the full name. A form two organizations share, or a surname of a person
   * named in full here, is no short form.
   */
  shortNames: Map<string, string>;
  /**
   * Acronyms the article expands ("Bangladesh Nationalist Party (BNP)"), or whose gazetteer
   * organization it names in full, → the candidate of that expansion: every mention of the
   * acronym is that organization.
   */
  acronyms: Map<string, Readonly<Candidate>>;
}

/**
 * The acronyms the article itself explains: bracketed after their expansion (lists.ts's
 * acronym-of), or read by the acronym rule where the article names the gazetteer's organization
 * of those letters in full.
 */
function articleAcronyms(items: DocumentItems, lexicon: Lexicon): Map<string, Readonly<Candidate>> {
  const acronyms = new Map<string, Readonly<Candidate>>();
  const named = new Map<string, Readonly<Candidate>>();
  for (let i = 0; i < items.length; i++) {
    const c = items.candidate(i);
    if (c.source === 'names:acronym-of' && c.key !== undefined) {
      if (!acronyms.has(items.key(i))) acronyms.set(items.key(i), c);
    } else if (c.priority === PRIORITY.knownOrganization && c.key !== undefined) named.set(c.key, c);
  }
  for (let i = 0; i < items.length; i++) {
    const c = items.candidate(i);
    if (c.source !== 'names:acronym' || acronyms.has(items.key(i))) continue;
    const row = lexicon.organizations.get(items.key(i));
    const full = row && named.get(row.name);
    if (full) acronyms.set(items.key(i), full);
  }
  return acronyms;
}

/**
 * The short forms of the organizations the document names with evidence, longest names first, so a
 * name that is itself a short form of a longer one ("Delmont Logistics" of "Delmont Logistics
 * Holding Inc") gives its own forms to the longer one.
 */
function organizationShortNames(items: DocumentItems, lexicon: Lexicon): Map<string, string> {
  const names = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const c = items.candidate(i);
    if (c.type === 'organization' && !c.weak) names.add(c.key ?? items.surface(i));
  }
  const byLength = [...names].sort((a, b) => b.length - a.length);
  const full = new Map<string, string>();
  const shared = new Set<string>();
  for (const name of byLength) {
    const owner = full.get(keyMemo.get(name)) ?? name;
    for (const form of shortFormsOf(name, lexicon)) {
      const before = full.get(form);
      if (before === undefined) full.set(form, owner);
      else if (before !== owner) shared.add(form);
    }
  }
  for (const form of shared) full.delete(form);
  return full;
}

function readSenses(items: DocumentItems, lexicon: Lexicon): Senses {
  const teams = readTeams(items);
  const shortNames = organizationShortNames(items, lexicon);
  const acronyms = articleAcronyms(items, lexicon);
  // People with a full name first: their words type the bare and weak mentions elsewhere.
  const personWords = new Map<string, string>();
  const strongType = new Map<string, MentionType>();
  for (let i = 0; i < items.length; i++) {
    const c = items.candidate(i);
    if (c.weak || c.type === 'date' || c.type === 'rank' || c.type === 'title') continue;
    const key = items.key(i);
    if (!isTeamSource(c.source) && !strongType.has(key)) strongType.set(key, c.type);
    // "Charles Schwab" after "Charles Schwab Corp" is the company, unless a title names the person.
    if (c.type !== 'person' || (shortNames.has(key) && c.source !== 'names:cue')) continue;
    const parts = personPartsMemo.get(items.surface(i));
    if (!parts) continue;
    // News refers back to people by surname; a bare first word ("NASA Bill Ingalls") is not one.
    const last = parts.last;
    if (!personWords.has(last) && !lexicon.organizations.has(last) && !lexicon.countryNames.has(last))
      personWords.set(last, parts.full);
    // A first name alone refers back too when it is a given name ("Gloria" after "Gloria Thomas").
    if (lexicon.givenNames.has(parts.first) && !personWords.has(parts.first))
      personWords.set(parts.first, parts.full);
  }
  for (const word of personWords.keys()) shortNames.delete(word);
  return { personWords, strongType, teams, shortNames, acronyms };
}

/** Candidate `c` read as the organization whose short form it is, unless a title or rank names a person. */
function asShortName(c: Readonly<Candidate>, full: string): Readonly<Candidate> {
  if (c.type === 'person' && c.source === 'names:cue') return c;
  if (c.type === 'organization') return { ...c, key: full, weak: false };
  return {
    ...c,
    type: 'organization',
    key: full,
    country: undefined,
    weak: false,
    source: 'linking:short-name',
  };
}

/**
 * Candidate `i` as the document's senses type it, or undefined when it is not marked: a
 * capitalised word typed by default only ("Dreamliner", "Homeopathy") is not marked unless the
 * document says what it is elsewhere (a guess is worse than nothing to a fact-checker).
 */
function retyped(
  text: string,
  items: DocumentItems,
  i: number,
  senses: Senses,
  lexicon: Lexicon,
): Readonly<Candidate> | undefined {
  const c = items.candidate(i);
  if (c.type === 'date' || c.type === 'rank' || c.type === 'title' || c.type === 'nationality') return c;
  const key = items.key(i);
  let r: Readonly<Candidate> = c;
  const full = senses.shortNames.get(key);
  const expansion = senses.acronyms.get(key);
  // personWords holds single words only (a name's first or last), so a key found there is one word.
  if (expansion !== undefined && expansion !== c)
    r = { ...c, type: expansion.type, key: expansion.key, country: expansion.country, weak: false };
  else if (full !== undefined) r = asShortName(c, full);
  else if (senses.personWords.has(key)) r = { ...c, type: 'person', weak: false };
  else if (meansTeam(c, key, items.start(i), text, senses.teams))
    r = { ...c, type: 'organization', source: 'names:team', weak: false, country: undefined };
  else if (c.weak && isTeamSource(c.source)) return weakTeamElsewhere(c, key, lexicon);
  else if (c.weak && senses.strongType.has(key))
    r = { ...c, type: senses.strongType.get(key) as MentionType, weak: false };
  return r.weak && r.source === 'names:default' ? undefined : r;
}

/** The capitalised words no candidate took that are a known name here, as candidates. */
function namedLooseWords(text: string, items: DocumentItems, senses: Senses): Candidate[] {
  const { personWords, strongType, teams } = senses;
  const loose = items.loose;
  const named: Candidate[] = [];
  // A block's loose word may lie under the article's metadata (a dateline's agency, "(dpa)"),
  // which is settled after the blocks: both lists are in document order, so one walk finds them.
  let c = 0;
  for (let i = 0; i < loose.length; i++) {
    while (c < items.length && items.end(c) <= loose.start(i)) c++;
    if (c < items.length && items.start(c) < loose.end(i)) continue;
    const key = loose.key(i);
    const full = senses.shortNames.get(key);
    const type =
      full !== undefined
        ? 'organization'
        : personWords.has(key)
          ? 'person'
          : teams.has(key) && strongType.get(key) !== 'nationality'
            ? 'organization'
            : strongType.get(key);
    if (!type || type === 'nationality') continue;
    // "US$14 billion": a currency's country prefix, not a mention of the country. (Read only for
    // the few words named: a character here and there over a large document is slow to fetch.)
    if (text.charCodeAt(loose.end(i)) === 0x24) continue;
    named.push({
      start: loose.start(i),
      end: loose.end(i),
      type,
      source: 'linking',
      priority: 0,
      value: undefined,
      resolution: undefined,
      rangeEnd: undefined,
      key: full,
      country: undefined,
      weak: undefined,
      suppress: undefined,
      surface: loose.text(i),
      surfaceKey: key,
    });
  }
  return named;
}

/**
 * The entity a person, date, nationality, organization or place candidate refers to (ranks and
 * titles get theirs per holder from relations). Places and organizations take the gazetteer's
 * name and country, and each country is an entity of its own.
 */
function entityOf(
  c: Readonly<Candidate>,
  surface: string,
  skey: string,
  senses: Senses,
  table: EntityTable,
  lexicon: Lexicon,
): Entity | undefined {
  switch (c.type) {
    case 'person':
      // A user entry's alias ("Zhaksylikov", recorded as another name of "Ruslan Zhaksylykov") is
      // the entry's person, as a gazetteer's alias is its organization or place.
      if (c.source === 'lexicon:user' && c.key !== undefined)
        return table.entityFor('person', keyMemo.get(c.key), surface);
      return table.entityFor('person', senses.personWords.get(skey) ?? skey, surface);
    case 'date':
      return table.entityFor('date', c.value ?? skey, c.value ?? surface);
    case 'rank':
    case 'title':
      return undefined;
    case 'nationality': {
      const country = c.key ?? surface;
      const e = table.entityFor('place', keyMemo.get(country), country);
      e.placeKind ??= 'country';
      return e;
    }
  }
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
  const e = table.entityFor(c.type, key, name ?? surface);
  const countryKey = country ? keyMemo.get(country) : undefined;
  if (c.type === 'place' && country && countryKey !== key) {
    e.country = table.entityFor('place', countryKey as string, country).id;
  }
  if (c.type === 'place')
    e.placeKind ??= country && countryKey === key ? 'country' : (placeByKey(skey, lexicon)?.kind ?? 'site');
  if (c.type === 'organization' && country)
    e.country = table.entityFor('place', countryKey as string, country).id;
  if (c.priority === PRIORITY.knownOrganization) e.source = 'gazetteer';
  else if (c.source !== 'names' && c.source !== 'linking') e.source ??= c.source;
  return e;
}

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

/** Makes the document's mentions, in order, and links each to its entity. */
export function linkEntities(text: string, items: DocumentItems, lexicon: Lexicon): Linked {
  const senses = readSenses(items, lexicon);
  const named = namedLooseWords(text, items, senses);
  const table = new EntityTable();
  // Room for every candidate and named word at once (some candidates are dropped): growing arrays
  // of tens of thousands a push at a time costs more than filling them.
  const room = items.length + named.length;
  const mentions = new Array<Mention>(room);
  const mentionKeys = new Array<string>(room);
  let count = 0;
  const order = items.inOrder(named, (i) => retyped(text, items, i, senses, lexicon));
  while (order.next()) {
    const c = order.candidate as Readonly<Candidate>;
    // Every candidate (from a block, the metadata or a named word) carries its text and key.
    const surface = c.surface as string;
    const skey = c.surfaceKey as string;
    const index = count++;
    mentionKeys[index] = skey;
    const e = entityOf(c, surface, skey, senses, table, lexicon);
    mentions[index] = mentionOf(c, order.start, order.end, surface, e?.id);
    if (e !== undefined) table.addMention(e, index, c.type, surface);
  }
  mentions.length = count;
  mentionKeys.length = count;
  return { mentions, mentionKeys, entities: table.list, byId: table.byId };
}
