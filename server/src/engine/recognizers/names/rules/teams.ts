// Sports reports: teams are organizations, also when named after a country or a city, and the
// players in results lists, scorer lists and scorecards are people. Each rule reads the shape of a
// results line or the words of a match around the name (names/teams.ts); a place the gazetteer
// knows is read as a team by the `team` rule (gazetteer.ts) from the same evidence.
import { CONNECTORS } from '../../../text/grammarWords';
import { candidate, PRIORITY, type Candidate } from '../../../model/candidate';
import {
  DASHES,
  athlete,
  factsAt,
  fixtureSide,
  inMatchSentence,
  matchAdjacent,
  matchSentence,
  pluralVerbAfter,
  possessesMatchWord,
  resultsLineTeam,
  roleAfter,
  scorecardPlayer,
  scorer,
  standingsTeam,
  teamWordsBefore,
} from '../teams';
import type { BlockContext } from '../../context';
import type { NamePiece } from './namePiece';
import { pieceKey } from '../pieces';
import { placeByKey } from '../places';
import { NOT_A_NAME, pieceCandidate, type NameRule } from './rule';

/** Neither an organization nor a place the gazetteers know (a player may share a word with one). */
const unknown = (p: NamePiece): boolean => p.org === undefined && p.place === undefined;

/** "SOCCER - JAPAN GET LUCKY WIN": the sport a wire headline opens with is its topic, not a name. */
const sportTopic: NameRule = {
  id: 'sport-topic',
  examples: [['GOLF - ELS LEADS', 'GOLF', 'none']],
  classify: (p, ctx) => {
    const dash = p.tokens[p.last];
    return ctx.lexicon.sportCues.sports.has(p.key) && dash !== undefined && DASHES.has(dash.text)
      ? NOT_A_NAME
      : undefined;
  },
};

/** "1. Chidi Okoro (Nigeria) 10.06", "Kriz (Czech Republic) beat Olejniczak (Poland) 6-3 6-4". */
const athleteInResults: NameRule = {
  id: 'athlete',
  source: 'names:athlete',
  examples: [['Women’s 800 metres\n1. Faith Wambui (Kenya) 1:58.92', 'Faith Wambui', 'person']],
  classify: (p, ctx) =>
    unknown(p) && athlete(ctx, p.first, p.last) ? pieceCandidate(p, 'person', 'names:athlete') : undefined,
};

/**
 * "(Rooke 8, Delahunty 60 penalty)", "(van Dijkhuizen 88)", "(K. Oduya 64 not out)": scorers and
 * batsmen in brackets after a team's score. A particle before the surname belongs to the name.
 */
const scorerInResults: NameRule = {
  id: 'scorer',
  source: 'names:scorer',
  examples: [
    ['Leeds 1 (Harcourt 33) Everton 1 (Obi 71). Halftime 1-0.', 'Harcourt', 'person'],
    ['Derby 2 (Kettle 30, Adeyemi 88 penalty) Leeds 1 (Obi 9).', 'Adeyemi', 'person'],
  ],
  classify: (p, ctx) => {
    const { tokens } = p;
    const particle = tokens[p.first - 1];
    const hasParticle =
      particle !== undefined && !particle.upper && CONNECTORS.has(particle.text) && p.first >= 2;
    const first = hasParticle ? p.first - 1 : p.first;
    if (p.place !== undefined || !scorer(ctx, first, p.last)) return undefined;
    return candidate({
      start: tokens[first].start,
      end: p.end,
      type: 'person',
      source: 'names:scorer',
      priority: PRIORITY.name,
      key: hasParticle ? undefined : p.text,
    });
  },
};

/** "A. Hartley c Venn b Oduya 131", "P. Crossthwaite lbw b Tancred 12": a scorecard's players. */
export const scorecard: NameRule = {
  id: 'scorecard',
  source: 'names:scorer',
  examples: [['Kent first innings\nA. Cole c Venn b Oduya 131', 'Oduya', 'person']],
  classify: (p, ctx) =>
    p.place === undefined && scorecardPlayer(ctx, p.first)
      ? pieceCandidate(p, 'person', 'names:scorer')
      : undefined,
};

/** A team of a results line or table, keyed by the gazetteer's name where it knows the name. */
function teamCandidate(p: NamePiece): Candidate {
  return candidate({
    start: p.start,
    end: p.end,
    type: 'organization',
    source: 'names:results',
    priority: PRIORITY.name,
    key: p.org?.name ?? p.place?.key ?? p.text,
  });
}

/** "Porto 3 Braga 0", "Leeds 1 (Wharton 33) Everton 1 (Ibekwe 71)", "Essex 199; Durham 205-6 (Lumb 73)". */
const teamInResultsLine: NameRule = {
  id: 'results-line-team',
  source: 'names:results',
  examples: [['Results on Sunday:\nPorto 3 Braga 0\nFarense 1 Leca 1', 'Farense', 'organization']],
  classify: (p, ctx) => (resultsLineTeam(ctx, p.first, p.last) ? teamCandidate(p) : undefined),
};

/** A standings table's rows: "Porto 3 3 0 0 8 1 9". Not a golfer's card ("Ernie Els 66 71 …"). */
const teamInStandings: NameRule = {
  id: 'standings-team',
  source: 'names:results',
  examples: [['Standings:\nPorto 3 3 0 0 8 1 9\nChaves 3 0 1 2 3 7 1', 'Chaves', 'organization']],
  classify: (p, ctx) =>
    !(p.given && p.words.length > 1) && standingsTeam(ctx, p.first, p.last) ? teamCandidate(p) : undefined,
};

/** "Aalborg striker Henrik Vestergaard", "Somerset captain Neil Tancred": the club before a player's role. */
const teamBeforeRole: NameRule = {
  id: 'team-before-role',
  source: 'names:team',
  examples: [['Pakhtakor forward Ilhom Sadykov headed the winner.', 'Pakhtakor', 'organization']],
  classify: (p, ctx) =>
    !(p.given && p.words.length > 1) && roleAfter(p.tokens, p.last, ctx.lexicon)
      ? pieceCandidate(p, 'organization', 'names:team')
      : undefined,
};

/** Could the piece be a club the gazetteers do not know? Not a known name, a competition or a match word. */
function mayBeClub(p: NamePiece, ctx: BlockContext): boolean {
  const words = p.words;
  const cues = ctx.lexicon.sportCues;
  const lastKey = words[words.length - 1].key;
  return !(
    p.org !== undefined ||
    (p.place !== undefined && p.placeHere) ||
    words.length > 4 ||
    p.allCaps ||
    cues.competitionHeads.has(lastKey) ||
    cues.matchWords.has(lastKey)
  );
}

/** Shaped like a person's name: a given name first, or a surname last. */
const personLike = (p: NamePiece): boolean => p.given || (p.words.length > 1 && p.surnameLike);

/**
 * A name the gazetteers do not know as a place or organization, in a sentence that reports a
 * match: a club ("Feyenoord held Vitesse to a 1-1 draw", "Paris St Germain won 3-0 at Lorient"). A
 * name shaped like a person's counts only with the match right next to it. A competition ("World
 * Cup"), a word of the match itself ("Halftime 1-0") and a sentence of set scores, where players
 * meet, are never clubs.
 */
export const club: NameRule = {
  id: 'club',
  source: 'names:team',
  examples: [
    ['Feyenoord held Vitesse to a 1-1 draw on Sunday.', 'Vitesse', 'organization'],
    ['Paris St Germain won 3-0 at Lorient.', 'Paris St Germain', 'organization'],
  ],
  classify: (p, ctx) => {
    const { tokens, first, last } = p;
    return mayBeClub(p, ctx) &&
      matchSentence(ctx, first) &&
      (matchAdjacent(tokens, first, last, ctx.lexicon) ||
        (!personLike(p) && inMatchSentence(ctx, first, last)))
      ? pieceCandidate(p, 'organization', 'names:team')
      : undefined;
  },
};

/**
 * A name no other rule has evidence for, with the words of a match around it but no score
 * ("Feyenoord drew with Vitesse", "Feyenoord's second goal", "Feyenoord fans", "Feyenoord v
 * Vitesse", "leaders Feyenoord", "scored for Feyenoord", "Feyenoord were unlucky"): a weak team
 * reading, kept only in a match report (linking). Asked late, so that it takes nothing another
 * rule knows better ("Apple Computer were told").
 */
export const clubByWords: NameRule = {
  id: 'club-by-words',
  source: 'names:team',
  examples: [['Feyenoord drew with Vitesse. Later Ajax beat Twente 2-0.', 'Vitesse', 'organization']],
  classify: (p, ctx) => {
    const { tokens, first, last } = p;
    const lexicon = ctx.lexicon;
    const next = tokens[last];
    return mayBeClub(p, ctx) &&
      !personLike(p) &&
      (matchAdjacent(tokens, first, last, lexicon) ||
        fixtureSide(tokens, first, last) ||
        teamWordsBefore(tokens, first, lexicon) ||
        pluralVerbAfter(tokens, first, last) ||
        possessesMatchWord(tokens, last, lexicon) ||
        (next !== undefined && next.kind === 'word' && lexicon.sportCues.squadNouns.has(next.key))) &&
      !factsAt(ctx, first).sets
      ? pieceCandidate(p, 'organization', 'names:team', true)
      : undefined;
  },
};

/** A nickname's plural ("Panthers", "Chiefs", "Lakers"): not "Glass", "Marcus" or an initialism. */
const PLURAL_NICKNAME = /^\p{Lu}\p{Ll}+[^su\W]s$/u;

/**
 * "the Carolina Panthers", "the Kansas City Chiefs", "Leeds Rhinos": a place's name and a plural
 * nickname name a club anywhere, with or without a match report around them. Not a place's own
 * plural head ("Cayman Islands", "Golan Heights": place-words.json) nor a person's name.
 */
const placeAndNickname: NameRule = {
  id: 'place-and-nickname',
  source: 'names:club-name',
  examples: [['He was traded to the Dorset Panthers in May.', 'Dorset Panthers', 'organization']],
  classify: (p, ctx) => {
    const words = p.words;
    const n = words.length;
    if (n < 2 || n > 4 || p.placeHead !== undefined || p.place !== undefined) return undefined;
    const last = words[n - 1];
    const lex = ctx.lexicon;
    if (!PLURAL_NICKNAME.test(last.text) || lex.surnames.has(last.key) || lex.peopleNames.has(last.key))
      return undefined;
    const place = placeByKey(pieceKey(ctx, { first: p.first, last: p.last - 1 }), lex);
    return place !== undefined && !place.ambiguous
      ? pieceCandidate(p, 'organization', 'names:club-name')
      : undefined;
  },
};

/**
 * The rules that read a headline's sport, a results list, a scorecard or a table: asked before the
 * product rules, which take a name and a number for a model ("Boeing 787") where a results line
 * means a score, and before the acronym rule, which would take "SOCCER" for one.
 */
export const RESULTS_RULES: readonly NameRule[] = [
  sportTopic,
  athleteInResults,
  scorerInResults,
  scorecard,
  teamInResultsLine,
  teamInStandings,
];

/** The rules that read the words of a match around a name: asked after the gazetteer's. */
export const MATCH_RULES: readonly NameRule[] = [teamBeforeRole, club, placeAndNickname];
