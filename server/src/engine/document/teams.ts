// One sense per document for sports teams. In a match report a name read once as a team (a score,
// a result verb, "X striker Y", a results line: recognizers/names/teams.ts) is the team wherever
// else the report names it: "Denmark went ahead" after "Slovenia held Denmark to a 1-1 draw", the
// headline's "DENMARK HELD BY SLOVENIA", a club the name rules took for a person ("Feyenoord
// played well"). Not where the words say a place is meant ("a point in Denmark"), not the dateline,
// and not in an article with a single team reading: a news story that mentions a city is no match
// report, and its city stays a place.
import type { Candidate } from '../model/candidate';
import { PRIORITY } from '../model/candidate';
import type { DocumentItems } from '../cache/blockCache';
import type { Lexicon } from '../data/lexicon';
import { isTeamSource } from '../recognizers/names/teams';
import { placeByKey } from '../recognizers/names/places';

/** Team readings an article needs before its names are read as teams elsewhere. */
const MATCH_REPORT_READINGS = 2;

/**
 * The keys of the names read as teams in a match report; empty for any other article. Only
 * readings with evidence make an article a match report; weak ones ("Feyenoord drew with Vitesse",
 * no score) count as teams once it is one.
 */
export function readTeams(items: DocumentItems): Set<string> {
  const keys = new Set<string>();
  let readings = 0;
  for (let i = 0; i < items.length; i++) {
    const c = items.candidate(i);
    if (!isTeamSource(c.source)) continue;
    keys.add(items.key(i));
    if (!c.weak) readings++;
  }
  return readings >= MATCH_REPORT_READINGS ? keys : new Set<string>();
}

// Prepositions after which a team's name means the place: "a point in Denmark", "fans outside
// Syria". "at" and "to" are left out: "a 1-1 draw at Nantes" and "lost to Denmark" name the team.
const PLACE_MEANT_AFTER: ReadonlySet<string> = new Set([
  'in',
  'inside',
  'outside',
  'across',
  'throughout',
  'near',
  'into',
  'within',
  'around',
]);

/** The lower-case word right before `start` in `text` (at most a dozen letters back), or ''. */
function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  let begin = end;
  while (begin > 0 && end - begin < 12) {
    const c = text.charCodeAt(begin - 1) | 0x20; // ASCII letters in lower case
    if (c < 0x61 || c > 0x7a) break;
    begin--;
  }
  return text.slice(begin, end).toLowerCase();
}

/**
 * Is candidate `c`, at `start` in the document, the team its key names in this match report?
 * `teams` comes from readTeams. A place or a person is retyped, and a weak team reading kept; the
 * dateline, the article's other metadata, a place after "in", "outside", … and a country in
 * brackets stay as they are.
 */
export function meansTeam(
  c: Readonly<Candidate>,
  key: string,
  start: number,
  text: string,
  teams: ReadonlySet<string>,
): boolean {
  if (teams.size === 0 || !teams.has(key) || c.priority === PRIORITY.metadata) return false;
  // A weak reading (a guess, or a team read without a score) is the team here; organizations
  // found with evidence stay as they were found.
  if (c.type === 'organization') return c.weak === true;
  if (c.type !== 'place' && c.type !== 'person') return false;
  // "Chidi Okoro (Nigeria)": a country in brackets after an athlete is where the athlete is from.
  if (c.type === 'place' && text.charCodeAt(start - 1) === 0x28) return false;
  return !PLACE_MEANT_AFTER.has(wordBefore(text, start));
}

/**
 * A weak team reading (a result verb, no score) in an article that is no match report: the place
 * the gazetteer knows by its name ("China hosts Japan for talks"), or nothing ("Obama beat McCain").
 */
export function weakTeamElsewhere(
  c: Readonly<Candidate>,
  key: string,
  lexicon: Lexicon,
): Readonly<Candidate> | undefined {
  const place = placeByKey(key, lexicon);
  if (place === undefined) return undefined;
  return { ...c, type: 'place', source: 'names', weak: false, key: place.key, country: place.country };
}
