// What a sports report's words say about a name: a team in a match ("Belgium defeated Panama 3 – 0",
// "England captain Harry Kane", "a 1-1 draw at Nantes"), a team in a results line or a standings
// table ("Porto 3 Braga 0", "Porto 3 3 0 0 8 1 9"), a player in a results list or a scorecard
// ("Chidi Okoro (Nigeria) 10.06", "(Wharton 33)", "Hartley c Venn b Oduya 131"). Teams are
// organizations, also when named after a country or a city; the name rules in rules/teams.ts ask
// these questions, and linking (document/teams.ts) types a team's other mentions in the report
// alike. The cue words are in sport-cues.json. What a sentence holds (scores, match words, the
// shape of a results line) is worked out once per sentence, when a rule first asks.
import type { Lexicon } from '../../data/lexicon';
import type { Source } from '../../model/sources';
import type { Token } from '../../text/tokens';
import { blockQuestion, type BlockContext } from '../context';

/** The sources of team readings: what linking counts to call an article a match report. */
const TEAM_SOURCES: ReadonlySet<Source> = new Set<Source>(['names:team', 'names:results']);

export function isTeamSource(source: Source): boolean {
  return TEAM_SOURCES.has(source);
}

/** One to three digits: a side's goals, a team's runs, a scorer's minute count. */
const SMALL_NUMBER = /^\d{1,3}$/;
/** Marks between a score's numbers, and after a headline's sport. */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', ':']);

/** A match score ("2-1", "3 – 0") starting at token `i`, not part of a longer run ("1996-08-31"). */
function scoreAt(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  const c = tokens[i + 2];
  if (!a || !b || !c || !SMALL_NUMBER.test(a.text) || !DASHES.has(b.text) || !SMALL_NUMBER.test(c.text))
    return false;
  const before = tokens[i - 1];
  const after = tokens[i + 3];
  const chained = (t: Token | undefined, next: Token | undefined): boolean =>
    t !== undefined && DASHES.has(t.text) && next?.kind === 'number';
  return !chained(before, tokens[i - 2]) && !chained(after, tokens[i + 4]);
}

/** A score ending right before token `i` ("… 2-1 at Y" has it two tokens back). */
function scoreEndsAt(tokens: readonly Token[], i: number): boolean {
  return i >= 3 && scoreAt(tokens, i - 3);
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const isCount = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'number' && SMALL_NUMBER.test(t.text);
const isName = (t: Token | undefined): boolean => isWord(t) && t.upper;

// What may stand right before a team's name in a results line: the line's start, a colon ("At
// Chelmsford: Essex 199"), a semicolon, the other team's score or its scorers' closing bracket.
const TEAM_LEADS: ReadonlySet<string> = new Set([')', ';', ':']);
// Lower-case words a team's score may be followed by in a results line ("412-7 declared",
// "244 and 61-2"): any other lower-case word makes the number a quantity ("Tokyo 300 miles").
const AFTER_TEAM_SCORE: ReadonlySet<string> = new Set(['and', 'declared', 'for', 'all']);
// Words of a scorer's entry after the minute or the runs ("60 penalty", "64 not out").
const AFTER_SCORER: ReadonlySet<string> = new Set(['penalty', 'pen', 'og', 'not', 'minute', 'min']);
// Scorecard words between a batsman and the bowler ("c Venn b Oduya", "lbw b Tancred").
const DISMISSALS: ReadonlySet<string> = new Set(['c', 'b', 'lbw', 'st', 'run', 'not', 'retired', 'hit']);
const BOWLED_BY: ReadonlySet<string> = new Set(['c', 'b', 'st']);

/** Where the capitalised name that ends right before token `end` begins (a few words back at most). */
function nameStart(tokens: readonly Token[], end: number, sentenceFirst: number): number {
  let k = end;
  while (k > sentenceFirst && end - k < 5) {
    const t = tokens[k - 1];
    // Words of the name, and an initial's full stop ("A. Hartley").
    if (isName(t) || (t.text === '.' && isName(tokens[k - 2]) && tokens[k - 2].text.length === 1)) k--;
    else break;
  }
  return k;
}

/** Does a team's name at tokens [first, last) open a score in a results line? */
function leadsTeamScore(
  tokens: readonly Token[],
  first: number,
  last: number,
  sentenceFirst: number,
): boolean {
  const score = tokens[last];
  if (!isCount(score)) return false;
  const after = tokens[last + 1];
  if (after !== undefined && after.sentence === score.sentence) {
    if (after.kind === 'word' && !after.upper && !AFTER_TEAM_SCORE.has(after.key)) return false;
    if (after.text === '%') return false;
  }
  const before = tokens[first - 1];
  return first === sentenceFirst || before.lineStart === true
    ? true
    : before.kind === 'number' || TEAM_LEADS.has(before.text);
}

/** What a sentence holds that a match report writes. */
export interface SentenceFacts {
  /** A match score ("2-1"). */
  score: boolean;
  /** Two scores in a row, as sets are written ("6-3 6-4"): players, not teams, beat each other. */
  sets: boolean;
  /** A word of a match (sport-cues.json matchWords or resultVerbs). */
  matchWord: boolean;
  /** Names that open a team's score, as a results line writes them ("Porto 3 Braga 0"). */
  teamScores: number;
  /** Nothing but names, numbers and marks outside brackets ("West Ham 0 Wimbledon 0 (overtime)."). */
  bare: boolean;
  /** A bracketed name and number, as scorers are listed ("(Wharton 33)"). */
  scorers: boolean;
  /** Opens with a list of scorers ("Scorers: Dugarry 20, Zidane 67"). */
  scorerList: boolean;
  /** A batsman and how he was out, then his runs ("Hartley c Venn b Oduya 131"). */
  scorecard: boolean;
}

const SENTENCE_FACTS = blockQuestion('what a sentence holds of a match report', computeFacts);

/** The facts of the sentence token `i` belongs to, worked out once per block and sentence. */
export function factsAt(ctx: BlockContext, i: number): SentenceFacts {
  const sentence = ctx.tokenized.tokens[i].sentence;
  return ctx.memo(SENTENCE_FACTS, sentence, sentence);
}

/** What a sentence without a number holds: none of it (every fact needs a score or a count). */
const NO_FACTS: Readonly<SentenceFacts> = Object.freeze({
  score: false,
  sets: false,
  matchWord: false,
  teamScores: 0,
  bare: false,
  scorers: false,
  scorerList: false,
  scorecard: false,
});

function computeFacts(ctx: BlockContext, sentence: number): SentenceFacts {
  const { tokens, sentences } = ctx.tokenized;
  const { first, last } = sentences[sentence];
  // Most sentences of news have no number: one look at each token's kind says so.
  let numbered = false;
  for (let i = first; i < last && !numbered; i++) numbered = tokens[i].kind === 'number';
  if (!numbered) return NO_FACTS;
  const cues = ctx.lexicon.sportCues;
  const facts: SentenceFacts = {
    score: false,
    sets: false,
    matchWord: false,
    teamScores: 0,
    bare: true,
    scorers: false,
    scorerList: false,
    scorecard: false,
  };
  let bracketed = 0;
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    if (t.text === '(') bracketed++;
    else if (t.text === ')' && bracketed > 0) bracketed--;
    if (t.kind === 'word') {
      // A note in brackets ("(overtime)", "(halftime 0-1)") does not change the line's shape.
      if (!t.upper && bracketed === 0) facts.bare = false;
      if (cues.matchWords.has(t.key) || cues.resultVerbs.has(t.key)) facts.matchWord = true;
    } else if (t.kind === 'number') {
      if (scoreAt(tokens, i)) {
        if (facts.score && scoreEndsAt(tokens, i)) facts.sets = true;
        facts.score = true;
      }
      if (isName(tokens[i - 1])) {
        const start = nameStart(tokens, i, first);
        if (leadsTeamScore(tokens, start, i, first)) facts.teamScores++;
        if (tokens[start - 1]?.text === '(') facts.scorers = true;
      }
    }
  }
  facts.scorerList = cues.scorerLabels.has(tokens[first].key) && tokens[first + 1]?.text === ':';
  if (!isName(tokens[first])) return facts;
  const nameEnd = endOfName(tokens, first, last);
  // A scorecard line: the batsman, how he was out, his runs last.
  const how = tokens[nameEnd];
  facts.scorecard =
    isWord(how) && !how.upper && DISMISSALS.has(how.key) && tokens[last - 1].kind === 'number';
  return facts;
}

/** The token after the capitalised name that starts at `first` (an initial's full stop included). */
function endOfName(tokens: readonly Token[], first: number, last: number): number {
  let k = first;
  while (k < last && (isName(tokens[k]) || (tokens[k].text === '.' && tokens[k - 1]?.text.length === 1))) k++;
  return k;
}

/** Is the name at tokens [first, last) a team opening its score in a results line? */
export function resultsLineTeam(ctx: BlockContext, first: number, last: number): boolean {
  const { tokens, sentences } = ctx.tokenized;
  if (!isCount(tokens[last])) return false;
  const sentenceFirst = sentences[tokens[first].sentence].first;
  if (!leadsTeamScore(tokens, first, last, sentenceFirst)) return false;
  const facts = factsAt(ctx, first);
  return facts.teamScores >= 2 && (facts.bare || facts.scorers || facts.matchWord);
}

/** A table row is short: a line this many tokens long or longer is prose. */
const ROW_TOKENS = 24;

const TABLE_ROW = blockQuestion('is the line starting at a token a standings row', isRow);

/**
 * Is the line that starts at token `first` a standings row: a name of at most four words, then
 * three numbers or more and nothing but marks to the line's end ("Porto 3 3 0 0 8 1 9", "BOSTON
 * 68 66 .507 7")? Lines, not sentences: a row's ".507" would end a sentence.
 */
function isRow(ctx: BlockContext, first: number): boolean {
  const { tokens } = ctx.tokenized;
  if (!isName(tokens[first])) return false;
  const nameEnd = endOfName(tokens, first, Math.min(tokens.length, first + 5));
  let numbers = 0;
  for (let k = nameEnd; k < tokens.length && !tokens[k].lineStart; k++) {
    if (k - first > ROW_TOKENS || tokens[k].kind === 'word') return false;
    if (tokens[k].kind === 'number') numbers++;
  }
  return numbers >= 3;
}

/** The first token of the line before the one starting at `first`, or -1 (none, or too long for a row). */
function previousLine(tokens: readonly Token[], first: number): number {
  for (let k = first - 1; k >= 0 && first - k <= ROW_TOKENS + 1; k--)
    if (k === 0 || tokens[k].lineStart) return k;
  return -1;
}

/** The first token of the line after the one starting at `first`, or -1. */
function nextLine(tokens: readonly Token[], first: number): number {
  for (let k = first + 1; k < tokens.length && k - first <= ROW_TOKENS + 1; k++)
    if (tokens[k].lineStart) return k;
  return -1;
}

/** Is the name at tokens [first, last) the team a standings row begins with, in a table of two rows or more? */
export function standingsTeam(ctx: BlockContext, first: number, last: number): boolean {
  const { tokens } = ctx.tokenized;
  if ((first > 0 && !tokens[first].lineStart) || tokens[last]?.kind !== 'number') return false;
  if (!ctx.memo(TABLE_ROW, first, first)) return false;
  const before = previousLine(tokens, first);
  const after = nextLine(tokens, first);
  return (
    (before >= 0 && ctx.memo(TABLE_ROW, before, before)) || (after >= 0 && ctx.memo(TABLE_ROW, after, after))
  );
}

/** A country in brackets: "(Nigeria)", "(Czech Republic)", or a three-letter code "(GER)". */
function bracketedCountryEnd(tokens: readonly Token[], open: number, lexicon: Lexicon): number {
  if (tokens[open]?.text !== '(') return -1;
  let k = open + 1;
  const words: string[] = [];
  while (isName(tokens[k]) && words.length < 4) words.push(tokens[k++].key);
  if (words.length === 0 || tokens[k]?.text !== ')') return -1;
  const key = words.join(' ');
  const code = words.length === 1 && /^\p{Lu}{3}$/u.test(tokens[open + 1].text);
  return lexicon.countryNames.has(key) || lexicon.places.has(key) || code ? k + 1 : -1;
}

/**
 * Is the name at tokens [first, last) an athlete in a results list: a country in brackets after
 * it, and a result, a rank or a beaten opponent around it ("1. Chidi Okoro (Nigeria) 10.06",
 * "Tomas Kriz (Czech Republic) beat Mariusz Olejniczak (Poland) 6-3 6-4")?
 */
export function athlete(ctx: BlockContext, first: number, last: number): boolean {
  const { tokens } = ctx.tokenized;
  const end = bracketedCountryEnd(tokens, last, ctx.lexicon);
  if (end < 0) return false;
  const after = tokens[end];
  const verbs = ctx.lexicon.sportCues.resultVerbs;
  if (after === undefined || after.lineStart || after.kind === 'number') return true;
  if (isWord(after) && verbs.has(after.key)) return true;
  const before = tokens[first - 1];
  if (before === undefined || before.lineStart) return false;
  // "… beat Name (Country)", "1. Name (Country)", "4 - Name (Country)": a rank or a result before.
  return (
    (isWord(before) && verbs.has(before.key)) ||
    ((before.text === '.' || before.text === '-') && tokens[first - 2]?.kind === 'number')
  );
}

const MINUTE = /^\d{1,3}(?:st|nd|rd|th)?$/;
const isMinute = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'number' && MINUTE.test(t.text);

/**
 * Is the name at tokens [first, last) a scorer listed in brackets after a team's score or after
 * "Scorers:", or a batsman or bowler with his runs ("(Rooke 8, Delahunty 60 penalty)", "(Oduya 64
 * not out)", "Singh-Dhaliwal 5-71", "Scorers: Dugarry 20, Zidane (67)")?
 */
export function scorer(ctx: BlockContext, first: number, last: number): boolean {
  const { tokens } = ctx.tokenized;
  const before = tokens[first - 1];
  if (before === undefined) return false;
  const facts = factsAt(ctx, first);
  const listed = facts.scorerList && (before.text === ':' || before.text === '-');
  if (!listed && before.text !== '(' && before.text !== ',') return false;
  if (!facts.scorers && !facts.scorerList) return false;
  let minute = last;
  if (facts.scorerList && tokens[last]?.text === '(') minute++;
  if (!isMinute(tokens[minute])) return false;
  const after = tokens[minute + 1];
  return (
    after === undefined ||
    after.text === ')' ||
    after.text === ',' ||
    after.text === ';' ||
    after.text === '.' ||
    after.kind === 'number' ||
    (after.text === '-' && tokens[minute + 2]?.kind === 'number') ||
    (isWord(after) && AFTER_SCORER.has(after.key))
  );
}

/** Is the name at tokens [first, last) a batsman or bowler on a scorecard line? */
export function scorecardPlayer(ctx: BlockContext, first: number): boolean {
  const { tokens, sentences } = ctx.tokenized;
  const before = tokens[first - 1];
  return (
    (sentences[tokens[first].sentence].first === first ||
      (isWord(before) && !before.upper && BOWLED_BY.has(before.key))) &&
    factsAt(ctx, first).scorecard
  );
}

/** A player's role and then a capitalised name after the name at tokens [.., last): "Ajax striker Jan Vos". */
export function roleAfter(tokens: readonly Token[], last: number, lexicon: Lexicon): boolean {
  const role = tokens[last];
  return (
    isWord(role) && !role.upper && lexicon.sportCues.playerRoles.has(role.key) && isName(tokens[last + 1])
  );
}

// Prepositions that put a team on the other side of a match ("a 1-1 draw at Nantes", "won 3-0 at
// Le Havre", "a 2-0 win over Chile", "drew 0-0 with Auxerre", "lost 2-1 to Lyon").
const OPPONENT_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'against', 'over', 'with', 'to', 'by']);
// Prepositions after which a name in a match sentence is where it was played: "in Al Ain".
const VENUE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'from',
  'near',
  'outside',
  'inside',
  'into',
]);

/** "a 1-1 draw at X", "won 3-0 at X", "at home to X": a score a few words before the preposition, or "at home". */
function scoredOpponent(tokens: readonly Token[], first: number): boolean {
  const prep = tokens[first - 1];
  if (!isWord(prep) || !OPPONENT_PREPOSITIONS.has(prep.key)) return false;
  if (tokens[first - 2]?.key === 'home' && tokens[first - 3]?.key === 'at') return true;
  for (let k = first - 1; k >= first - 4 && k >= 3; k--) if (scoreEndsAt(tokens, k)) return true;
  return false;
}

/** "Slovenia's previous match", "Leeds's second goal": a match word at most two words after "'s". */
export function possessesMatchWord(tokens: readonly Token[], last: number, lexicon: Lexicon): boolean {
  const s = tokens[last];
  if (s === undefined || (s.text !== "'s" && s.text !== '’s')) return false;
  for (let k = last + 1; k <= last + 3; k++) {
    const t = tokens[k];
    if (!isWord(t) || t.upper) return false;
    if (lexicon.sportCues.matchWords.has(t.key)) return true;
  }
  return false;
}

/**
 * Is the name at tokens [first, last) one side of a match by a score right next to it? A score
 * after or before it ("Bordeaux 2-1", "… 2-1 Monaco"), a result and a score after it ("won 3-0",
 * "drew 0-0"), or a score and a preposition before it ("a 1-1 draw at Nantes"), or "at home to X".
 */
function scoredAdjacent(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon): boolean {
  if (scoreAt(tokens, last) || scoreEndsAt(tokens, first)) return true;
  const { resultVerbs, matchWords } = lexicon.sportCues;
  const next = tokens[last];
  return (
    (isWord(next) && (matchWords.has(next.key) || resultVerbs.has(next.key)) && scoreAt(tokens, last + 1)) ||
    scoredOpponent(tokens, first)
  );
}

/**
 * Is the name at tokens [first, last) one side of a match by a result verb between it and another
 * name ("Metz beat Lyon", "Porto drew with Benfica", "United, who play Liverpool")? Without a score
 * this is weak evidence: politics and business beat, face and host each other too.
 */
function verbAdjacent(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon): boolean {
  const { resultVerbs } = lexicon.sportCues;
  const next = tokens[last];
  if (isWord(next) && resultVerbs.has(next.key)) {
    let after = tokens[last + 1];
    if (isWord(after) && OPPONENT_PREPOSITIONS.has(after.key)) after = tokens[last + 2];
    if (after !== undefined && after.sentence === next.sentence && after.upper) return true;
  }
  // A team (or one referred to) before the verb; "drew with", "lost to" between.
  let verb = tokens[first - 1];
  if (isWord(verb) && OPPONENT_PREPOSITIONS.has(verb.key)) verb = tokens[first - 2];
  const subject = verb === undefined ? undefined : tokens[verb.index - 1];
  return (
    isWord(verb) &&
    resultVerbs.has(verb.key) &&
    subject !== undefined &&
    (subject.upper || subject.key === 'who' || subject.key === 'which')
  );
}

/**
 * A team by the words before it, weak evidence alone: a team's noun ("league leaders Newcastle",
 * "champions Ajax") or a player's match ("scored for Schalke", "played for Brazil").
 */
export function teamWordsBefore(tokens: readonly Token[], first: number, lexicon: Lexicon): boolean {
  const prev = tokens[first - 1];
  if (!isWord(prev) || prev.upper) return false;
  const cues = lexicon.sportCues;
  if (cues.teamNounsBefore.has(prev.key)) return true;
  const before = tokens[first - 2];
  return (
    prev.key === 'for' &&
    isWord(before) &&
    (cues.matchWords.has(before.key) || cues.resultVerbs.has(before.key))
  );
}

// A team takes a plural verb in British sports English ("Denmark were", "Chicago have won"),
// where a person or a country in the news takes a singular one.
const PLURAL_VERBS: ReadonlySet<string> = new Set(['were', 'are', 'have']);

/** A plural verb right after a name that is no plural noun itself: weak evidence of a team. */
export function pluralVerbAfter(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last];
  const name = tokens[last - 1];
  return (
    isWord(next) &&
    PLURAL_VERBS.has(next.key) &&
    !name.key.endsWith('s') &&
    !(tokens[first - 1]?.key === 'the')
  );
}

/** One side of a match by the words right next to it: a score, or a result verb (see both). */
export function matchAdjacent(
  tokens: readonly Token[],
  first: number,
  last: number,
  lexicon: Lexicon,
): boolean {
  return scoredAdjacent(tokens, first, last, lexicon) || verbAdjacent(tokens, first, last, lexicon);
}

const VERSUS: ReadonlySet<string> = new Set(['v', 'vs', 'versus']);

/** "Essex v Kent", "Ajax vs. Porto": one side of a fixture (or of a court case: a weak reading). */
export function fixtureSide(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last];
  if (isWord(next) && VERSUS.has(next.key)) {
    const other = tokens[last + 1]?.text === '.' ? tokens[last + 2] : tokens[last + 1];
    if (isName(other)) return true;
  }
  let prev = tokens[first - 1];
  if (prev?.text === '.') prev = tokens[first - 2];
  return isWord(prev) && VERSUS.has(prev.key) && isName(tokens[prev.index - 1]);
}

/**
 * How surely the place name at tokens [first, last) is a sports team here: 'strong' by a score
 * right next to it, a squad noun after it ("Panama coach") or a sentence that reports a match and
 * does not say it is where ("in Al Ain"); 'weak' by a result verb alone ("China hosts Japan"), a
 * match word it possesses ("Slovenia's previous match"), a team's words before it ("scored for
 * Brazil") or a plural verb after it ("Denmark were"), which linking keeps only in a match report.
 */
export function teamEvidence(ctx: BlockContext, first: number, last: number): 'strong' | 'weak' | undefined {
  const { tokens } = ctx.tokenized;
  const { lexicon } = ctx;
  const next = tokens[last];
  if (
    scoredAdjacent(tokens, first, last, lexicon) ||
    (isWord(next) && lexicon.sportCues.squadNouns.has(next.key)) ||
    inMatchSentence(ctx, first, last)
  )
    return 'strong';
  return verbAdjacent(tokens, first, last, lexicon) ||
    possessesMatchWord(tokens, last, lexicon) ||
    teamWordsBefore(tokens, first, lexicon) ||
    pluralVerbAfter(tokens, first, last)
    ? 'weak'
    : undefined;
}

/**
 * A name in a sentence that reports a match (a score and a match word, no set scores), not where
 * it was played ("in Al Ain"), not a city given with its country ("Athens, Greece") and not a
 * country in brackets after an athlete.
 */
export function inMatchSentence(ctx: BlockContext, first: number, last: number): boolean {
  const { tokens } = ctx.tokenized;
  const prev = tokens[first - 1];
  if (isWord(prev) && VENUE_PREPOSITIONS.has(prev.key)) return false;
  if (tokens[last]?.text === ',' && isName(tokens[last + 1])) return false;
  if (tokens[last]?.text === ')' || prev?.text === '(') return false;
  return matchSentence(ctx, first);
}

/** Does the sentence of token `i` report a match between teams: a score and a match word, no set scores? */
export function matchSentence(ctx: BlockContext, i: number): boolean {
  const facts = factsAt(ctx, i);
  return facts.score && facts.matchWord && !facts.sets;
}
