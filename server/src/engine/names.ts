// Name recognizer: finds capitalised runs (nameRuns.ts), cuts them where one name ends and the
// next begins ("Kazakhstan and Türkiye", "Gendarmerie of the Ministry of Internal Affairs"), and
// classifies each piece as a person, organization, place or nationality from the evidence the
// people, organizations and places modules give. Precedence is written down in README.md.
import type { MentionType } from './types';
import { PRIORITY, coveredTokens, type BlockContext, type Candidate, type Recognizer } from './candidate';
import { normalizeKey, type Lexicon } from './lexicon';
import { CONNECTORS, findRuns, isAsciiLowerAt, isNameToken } from './nameRuns';
import { perLexicon } from './memo';
import { longestPhrase, preparePhraseTable } from './phrases';
import { isLegalForm, isOrgHeadKey, organizationContext, takesPlaceComplement } from './organizations';
import { SPEECH_VERBS, hasSurnameShape, honorificBefore, isSurnameKey } from './people';
import { PLACE_PREPOSITIONS, placeByKey, placeHeadKind } from './places';
import { teamContext } from './teams';
import { isOffice } from './titles';
import type { Token } from './text';

interface Piece {
  first: number;
  last: number;
}

function surface(ctx: BlockContext, p: Piece): string {
  const { tokens } = ctx.tokenized;
  return ctx.text.slice(tokens[p.first].start, tokens[p.last - 1].end);
}

/**
 * `compute`, kept for the block being read: pieces are asked the same questions by several rules
 * (cutting, classifying, the product test). Answers are keyed by the piece's token range.
 */
function perPiece<T>(compute: (ctx: BlockContext, p: Piece) => T): (ctx: BlockContext, p: Piece) => T {
  let answersOf: BlockContext | undefined;
  let answers = new Map<number, T>();
  return (ctx, p) => {
    if (answersOf !== ctx) {
      answersOf = ctx;
      answers = new Map();
    }
    const id = p.first * 65536 + p.last;
    let answer = answers.get(id);
    if (answer === undefined) answers.set(id, (answer = compute(ctx, p)));
    return answer;
  };
}

const longPieceKey = perPiece((ctx, p) => normalizeKey(surface(ctx, p)));

/** normalizeKey(surface(ctx, p)), made once per block and piece. One token's key is the token's own. */
function pieceKey(ctx: BlockContext, p: Piece): string {
  return p.last === p.first + 1 ? ctx.tokenized.tokens[p.first].key : longPieceKey(ctx, p);
}

/** A lower-case word right after a one-word name makes it an adjective ("Asian markets"). */
function ADJECTIVE_FOLLOWS(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i];
  return (
    next !== undefined && next.kind === 'word' && !next.upper && /(?:ian|ean|an)$/.test(tokens[i - 1].text)
  );
}

/**
 * Is there a capitalised phrase right before the bracket at `paren` whose initials spell
 * `acronym` ("North Atlantic Treaty Organization (NATO)")? Then the acronym names what it names.
 */
function expansionBefore(ctx: BlockContext, paren: number, acronym: string): boolean {
  const { tokens } = ctx.tokenized;
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  let initials = '';
  for (let k = paren - 1; k >= 0 && paren - k <= 12; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    if (t.upper) initials = t.text[0] + initials;
    if (initials.length >= letters.length) return initials === letters;
  }
  return false;
}

/**
 * Written in capitals throughout ("NATO", "TUSAŞ"), at least two letters. The second character
 * decides most words without upper-casing the whole word.
 */
function isAllCaps(t: Token): boolean {
  const w = t.text;
  if (w.length < 2 || !t.upper) return false;
  const second = w[1];
  if (second !== second.toUpperCase()) return false;
  return w === w.toUpperCase() && w !== t.key;
}

/** Roman numerals ("XVII") are numbers, not acronyms. */
const ROMAN = /^[IVXLCDM]+$/;

/** Endings of words that are verbs or adverbs far more often than names ("Meeting", "Reportedly"). */
const VERBISH = /(?:ing|ed|ly)$/;

/**
 * A capitalised word that carries no name where it stands: a word that is never a name alone
 * ("The", "However"), or a common word capitalised only because it starts the sentence. A common
 * word at a sentence start is kept when a name follows it that it may begin ("Ford Motor Company",
 * "General Motors", "White House"), unless it looks like a verb or the next word begins a known
 * name of its own ("Meeting Kazakh cadets").
 */
function isWeakStart(ctx: BlockContext, t: Token, runLast: number): boolean {
  const lex = ctx.lexicon;
  const allCaps = t.text.length > 1 && !isAsciiLowerAt(t.text, 1) && t.text === t.text.toUpperCase();
  const lower = t.key;
  // "US" is not the pronoun "us": an all-capitals word is judged as written.
  if (allCaps ? lex.nonNameAcronyms.has(t.text) : lex.nonNames.has(lower)) return true;
  if (!t.sentenceStart || allCaps) return false;
  // "United States …", "New Zealand …": a known name starts here, whatever its first word is.
  if (knownPhraseEnd(ctx, t.index) > t.index + 1) return false;
  // At a sentence start a capital is only position: keep the word if something says it is a name.
  if (
    lex.countryNames.has(lower) ||
    lex.places.has(lower) ||
    lex.organizations.has(lower) ||
    lex.demonyms.has(lower)
  )
    return false;
  if (lex.givenNames.has(lower) && !lex.commonWords.has(lower)) return false;
  if (!lex.commonWords.has(lower)) return false;
  // "Automaker GM to cut jobs": a describing noun, not part of the name after it.
  if (lex.orgCues.before.has(lower)) return true;
  const tokens = ctx.tokenized.tokens;
  let next = tokens[t.index + 1];
  // "Bank of America": a connector may stand between the word and the rest of its name.
  if (next && CONNECTORS.has(next.text) && isNameToken(tokens[t.index + 2] ?? next))
    next = tokens[t.index + 2];
  if (!next || next.index >= runLast || !isNameToken(next) || VERBISH.test(lower)) return true;
  // "Harry Kane", "Mark Carney": a given name that is also a common word, before another name.
  if (lex.givenNames.has(lower)) return false;
  const nextKey = next.key;
  return lex.demonyms.has(nextKey) || lex.givenNames.has(nextKey);
}

// knownPhraseEnd is asked about the same token several times (a sentence's first word, then each
// cut of its run): the answers for the block being read are kept, -1 meaning not yet known.
// Answers are stamped with the block they belong to, so the arrays are reused without clearing.
let knownEndsOf: BlockContext | undefined;
let knownEndsStamp = 0;
let knownEnds = new Int32Array(1024);
let knownEndsStamps = new Uint32Array(1024);

/** End (token index, exclusive) of the longest country, place or organization name starting at `i`, or `i`. */
function knownPhraseEnd(ctx: BlockContext, i: number): number {
  if (knownEndsOf !== ctx) {
    knownEndsOf = ctx;
    knownEndsStamp++;
    const n = ctx.tokenized.tokens.length;
    if (n > knownEnds.length) {
      knownEnds = new Int32Array(n * 2);
      knownEndsStamps = new Uint32Array(n * 2);
    }
  }
  if (knownEndsStamps[i] === knownEndsStamp) return knownEnds[i];
  const end = computeKnownPhraseEnd(ctx, i);
  knownEnds[i] = end;
  knownEndsStamps[i] = knownEndsStamp;
  return end;
}

// The country, place and organization tables as one, for knownPhraseEnd: the longest key of the
// three that starts at a token is the longest key of their union, found with one search instead of
// three.
const knownNames = perLexicon(
  (lexicon) => lexicon.places,
  (lexicon) => {
    const union = new Map<string, true>();
    for (const table of [lexicon.countryNames, lexicon.places, lexicon.organizations] as ReadonlyMap<
      string,
      unknown
    >[])
      for (const key of table.keys()) union.set(key, true);
    return union;
  },
);

/** Builds the union and its phrase index now (see prepare.ts). */
export function prepareKnownNames(lexicon: Lexicon): void {
  preparePhraseTable(knownNames(lexicon));
}

function computeKnownPhraseEnd(ctx: BlockContext, i: number): number {
  const m = longestPhrase(ctx.text, ctx.tokenized.tokens, i, knownNames(ctx.lexicon));
  return m ? m.last : i;
}

/** Does the piece have the shape of an organization's name? */
const orgShaped = perPiece(computeOrgShaped);

function computeOrgShaped(ctx: BlockContext, p: Piece): boolean {
  const { tokens } = ctx.tokenized;
  const words = tokens.slice(p.first, p.last).filter((t) => t.kind === 'word');
  if (words.length === 0) return false;
  if (isOrgHeadKey(words[words.length - 1].key, ctx.lexicon)) return true;
  if (
    words.length > 1 &&
    isOrgHeadKey(words[0].key, ctx.lexicon) &&
    (words[1].text === 'of' || words[1].text === 'for' || words[1].text === 'on')
  )
    return true;
  // "Ministry of Defense": head first, then "of" (the "of" is a connector token inside the piece).
  for (let i = p.first; i < p.last - 1; i++) {
    const t = tokens[i + 1].text;
    if ((t === 'of' || t === 'for') && isOrgHeadKey(tokens[i].key, ctx.lexicon)) return true;
  }
  // "U.S. Army Europe": a head followed only by place names.
  for (let i = 0; i < words.length - 1; i++) {
    if (
      isOrgHeadKey(words[i].key, ctx.lexicon) &&
      words.slice(i + 1).every((w) => placeByKey(w.key, ctx.lexicon))
    )
      return true;
  }
  return false;
}

/**
 * A candidate with every field in one order, so the engine's candidates share one object shape
 * (object spreads gave each rule's candidates a shape of their own, and the profile showed it).
 */
function fixed(
  start: number,
  end: number,
  type: MentionType,
  source: string,
  priority: number,
  key: string | undefined,
  country: string | undefined,
  weak: boolean | undefined,
): Candidate {
  return {
    start,
    end,
    type,
    source,
    priority,
    value: undefined,
    resolution: undefined,
    rangeEnd: undefined,
    key,
    country,
    weak,
    suppress: undefined,
  };
}

/** A digit anywhere in the word (ASCII first; other scripts' digits by the pattern). */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c > 127 && /\p{N}/u.test(word[i])) return true;
  }
  return false;
}

/**
 * Products and models are not among the types we mark: a run with a model number ("Airbus A380",
 * "Boeing 737-800"), a camel-cased brand ("iPod Nano", "iOS"), or an organization's name followed
 * by more words that do not make an organization ("Ford Taurus", "Mozilla Firefox").
 */
function isProduct(ctx: BlockContext, p: Piece): boolean {
  const { tokens } = ctx.tokenized;
  const words = tokens.slice(p.first, p.last).filter((t) => t.kind === 'word');
  if (words.some((w) => hasDigit(w.text) || (!w.upper && w.text !== w.key))) return true;
  // "Ford Taurus", "Mozilla Firefox" are products; "Apple Computer", "Ford Motor" are the companies.
  if (
    words.length >= 2 &&
    ctx.lexicon.organizations.get(words[0].key) &&
    !orgShaped(ctx, p) &&
    !words.slice(1).every((w) => ctx.lexicon.commonWords.has(w.key))
  )
    return true;
  return modelFollows(tokens, p.last);
}

/** "Boeing 787", "Airbus A380", "Internet Explorer 6": a model number or code right after a name. */
function modelFollows(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i];
  if (next === undefined || next.lineStart || next.start !== tokens[i - 1].end + 1) return false;
  if (next.kind === 'number')
    // Two to four digits ("787", "737"); one digit is a count or a score ("Belgium 3 – 0 Panama").
    return /^\d{2,4}$/.test(next.text) && !/^(1[89]|20)\d\d$/.test(next.text);
  // A word with digits in it: A380, A400M, 737-800, XC90.
  return next.kind === 'word' && /\p{N}/u.test(next.text) && /^\p{Lu}/u.test(next.text);
}

/** Function words that never sit inside a name when capitalised. */
const FUNCTION_WORDS = new Set([
  'in',
  'on',
  'at',
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'with',
  'from',
  'to',
  'by',
  'as',
  'is',
  'was',
  'for',
  'of',
]);

/** Government units whose "of <country>" tells whose they are rather than naming them. */
const GOVERNMENT_UNITS = new Set([
  'ministry',
  'ministries',
  'directorate',
  'department',
  'agency',
  'office',
  'bureau',
  'committee',
  'service',
  'administration',
  'embassy',
  'consulate',
  'government',
  'gendarmerie',
  'police',
]);

/** Splits a run into the names it holds. */
function refine(ctx: BlockContext, first: number, last: number, out: Piece[], nationalities: Piece[]): void {
  const { tokens } = ctx.tokenized;
  const lex = ctx.lexicon;
  while (first < last && (!isNameToken(tokens[first]) || isWeakStart(ctx, tokens[first], last))) first++;
  // Trailing marks are not part of a name, except a company suffix's full stop ("Apple Inc.").
  while (
    last > first &&
    !isNameToken(tokens[last - 1]) &&
    !(
      tokens[last - 1].text === '.' &&
      (isLegalForm(tokens[last - 2]?.text ?? '') || /^(Jr|Sr)$/.test(tokens[last - 2]?.text ?? ''))
    )
  )
    last--;
  // "… Captain America Image: Nick Moreau": a caption label before a colon is no part of a name.
  if (last - first > 1 && tokens[last]?.text === ':' && ctx.lexicon.nonNames.has(tokens[last - 1].key))
    last--;
  if (first >= last) return;
  const whole = { first, last };
  const wholeKey = pieceKey(ctx, whole);
  if (lex.organizations.get(wholeKey) || placeByKey(wholeKey, lex)) {
    out.push(whole);
    return;
  }
  // A place before a person's name is not part of it ("Governor of Washington Chris Gregoire",
  // "Ambassador to the United States Hamdullah Mohib").
  const placeEnd =
    last - first < 3
      ? first
      : Math.max(knownPhraseEnd(ctx, first), placeByKey(tokens[first].key, lex) ? first + 1 : first);
  if (
    placeEnd > first &&
    last - placeEnd >= 2 &&
    (lex.givenNames.has(tokens[placeEnd].key) ||
      isSurnameKey(tokens[last - 1].text, tokens[last - 1].key, lex)) &&
    !orgShaped(ctx, { first: placeEnd, last })
  ) {
    refine(ctx, first, placeEnd, out, nationalities);
    refine(ctx, placeEnd, last, out, nationalities);
    return;
  }
  // A capitalised function word inside or after a run ends the name: captions and headlines
  // capitalise them ("Regina Ip In the Hong Kong Island constituency"), and a sentence that
  // follows an abbreviation starts with one ("in Washington D.C. The team …").
  for (let i = first + 1; i < last; i++) {
    if (tokens[i].upper && FUNCTION_WORDS.has(tokens[i].key)) {
      refine(ctx, first, i, out, nationalities);
      refine(ctx, i + 1, last, out, nationalities);
      return;
    }
  }
  // A camel-cased brand is a product of its own ("the United Kingdom iTunes store").
  for (let i = first; i < last; i++) {
    if (
      tokens[i].kind === 'word' &&
      !tokens[i].upper &&
      tokens[i].text !== tokens[i].key &&
      last - first > 1
    ) {
      refine(ctx, first, i, out, nationalities);
      refine(ctx, i + 1, last, out, nationalities);
      return;
    }
  }
  // "the Los Angeles Sheriff's office": a place, then an office word, is the place.
  const known = knownPhraseEnd(ctx, first);
  if (known === last - 1 && known > first && isOffice(tokens[known].key, ctx.lexicon)) {
    refine(ctx, first, known, out, nationalities);
    return;
  }
  // A name ends after a company suffix, and a person's name may follow an organization's head
  // directly ("Chrysler LLC Jim Press", "University of Texas Arlington Amneh Jafari").
  for (let i = first; i < last - 1; i++) {
    const w = tokens[i];
    if (w.kind !== 'word' || !isOrgHeadKey(w.key, lex)) continue;
    const after = tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
    const suffix = isLegalForm(w.text);
    const personNext =
      after + 1 < last && lex.givenNames.has(tokens[after].key) && isNameToken(tokens[after + 1]);
    if (after < last && isNameToken(tokens[after]) && (suffix || personNext)) {
      refine(ctx, first, after, out, nationalities);
      refine(ctx, after, last, out, nationalities);
      return;
    }
  }
  // Cut at "and"/"&" unless the name after it is the rest of one organization's name
  // ("Department of Health and Human Services", "Johnson & Johnson").
  for (let i = first + 1; i < last - 1; i++) {
    const w = tokens[i].text;
    if (w !== 'and' && w !== '&') continue;
    const right = { first: i + 1, last };
    const left = { first, last: i };
    const keep =
      w === '&'
        ? !placeByKey(pieceKey(ctx, left), lex)
        : orgShaped(ctx, right) &&
          !orgShaped(ctx, left) &&
          !placeByKey(pieceKey(ctx, left), lex) &&
          !placeByKey(pieceKey(ctx, right), lex);
    if (!keep) {
      refine(ctx, first, i, out, nationalities);
      refine(ctx, i + 1, last, out, nationalities);
      return;
    }
  }
  // Cut at "of"/"for" unless the words before it are an organization or place head that takes
  // the rest as part of its name. A name has at most one "of".
  let ofSeen = false;
  for (let i = first + 1; i < last - 1; i++) {
    const w = tokens[i].text;
    if (w !== 'of' && w !== 'for' && w !== 'on') continue;
    const head = tokens[i - 1].text;
    const headKey = tokens[i - 1].key;
    let restFirst = i + 1;
    if (tokens[restFirst]?.text === 'the') restFirst++;
    const rest = { first: restFirst, last };
    const restKey = pieceKey(ctx, rest);
    const restIsPlace = placeByKey(restKey, lex) !== undefined;
    const restIsOrg = orgShaped(ctx, rest) || lex.organizations.get(restKey) !== undefined;
    const headTakes =
      isOrgHeadKey(headKey, lex) ||
      takesPlaceComplement(head) ||
      /^(gulf|sea|bay|isle|cape|lake|mount|strait|straits)$/i.test(head);
    // "Bank of Canada", "Medical Journal of Australia" are names; "Directorate of Türkiye" says whose.
    const ownPlace = restIsPlace && !GOVERNMENT_UNITS.has(headKey);
    // "Gendarmerie of the Ministry of Internal Affairs": the rest is an organization of its own
    // ("Ministry of …" names itself by its head first), so it is the parent, not part of the name.
    const restHeadFirst =
      restIsOrg &&
      isOrgHeadKey(tokens[restFirst].key, lex) &&
      /^(of|for)$/.test(tokens[restFirst + 1]?.text ?? '');
    const split = ofSeen || !headTakes || (restIsPlace && !ownPlace) || restHeadFirst;
    if (split) {
      refine(ctx, first, i, out, nationalities);
      refine(ctx, i + 1, last, out, nationalities);
      return;
    }
    ofSeen = true;
  }
  // A demonym in front of something that is not one organization's name is a nationality of its own
  // ("Kazakh cadets" has no run after it; "Russian Vladimir Putin" does).
  const firstKey = tokens[first].key;
  // A demonym before a name that starts with its own head ("Greek Ministry of Culture") only says
  // whose it is; "Turkish Aerospace Industries" and "British Red Cross" are whole names.
  const rest = { first: first + 1, last };
  const headFirstRest = tokens.slice(first + 1, last).some((t) => t.text === 'of' || t.text === 'for');
  if (
    lex.demonyms.has(firstKey) &&
    last - first > 1 &&
    ((!orgShaped(ctx, whole) && !lex.organizations.get(pieceKey(ctx, rest))) || headFirstRest)
  ) {
    nationalities.push({ first, last: first + 1 });
    refine(ctx, first + 1, last, out, nationalities);
    return;
  }
  if (lex.demonyms.has(firstKey) && last - first === 1) {
    nationalities.push({ first, last: first + 1 });
    return;
  }
  out.push(whole);
}

/**
 * Names in one list are of one kind: "General Motors (GM) and Chrysler", "Ubisoft, Microsoft and
 * Sony". A name typed by default takes the type of a neighbour in its list that has evidence.
 */
function typeByCoordination(text: string, found: Candidate[]): void {
  found.sort((a, b) => a.start - b.start);
  const joins = (a: Candidate, b: Candidate): boolean =>
    /^(?:\s*\([^()]{1,12}\))?\s*(?:,|,?\s+(?:and|or|&))\s*$/.test(text.slice(a.end, b.start));
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < found.length; i++) {
      const c = found[i];
      if (!c.weak || c.source !== 'names:default') continue;
      // "US and European markets": an adjective in a list is no name.
      if (/(?:ean|ian|ese|ish|ic|al)$/.test(text.slice(c.start, c.end))) continue;
      const prev = found[i - 1];
      const next = found[i + 1];
      const model =
        prev && !prev.weak && joins(prev, c) ? prev : next && !next.weak && joins(c, next) ? next : undefined;
      if (model && (model.type === 'organization' || model.type === 'person' || model.type === 'place')) {
        found[i] = { ...c, type: model.type, weak: false, source: 'names:coordination' };
      }
    }
  }
}

/**
 * "Kennedy Space Center (KSC)": a bracketed acronym right after the name it abbreviates is that
 * name — same type, same entity — whatever the acronym alone would have been taken for.
 */
function typeAcronymsByExpansion(text: string, found: Candidate[]): void {
  found.sort((a, b) => a.start - b.start);
  for (let i = 1; i < found.length; i++) {
    const c = found[i];
    const name = found[i - 1];
    const acronym = text.slice(c.start, c.end);
    if (!/^\p{Lu}[\p{Lu}&.-]{1,9}$/u.test(acronym) || !/^\s*\(\s*$/.test(text.slice(name.end, c.start)))
      continue;
    const initials = (text.slice(name.start, name.end).match(/\p{Lu}/gu) ?? []).join('');
    if (initials !== acronym.replace(/[^\p{Lu}]/gu, '') || (name.type === c.type && !c.weak)) continue;
    found[i] = {
      ...c,
      type: name.type,
      key: name.key,
      country: name.country,
      weak: false,
      source: 'names:acronym-of',
    };
  }
}

/** The rank or title that ends right before token `i`, across at most a comma ("Minister, Colonel General X"). */
function cueBefore(
  ctx: BlockContext,
  cues: ReadonlyMap<number, Candidate>,
  i: number,
): Candidate | undefined {
  if (cues.size === 0) return undefined; // most blocks have no rank or title before a name
  const start = ctx.tokenized.tokens[i].start;
  for (let back = 0; back <= 3 && start - back >= 0; back++) {
    const c = cues.get(start - back);
    if (c) return /^[\s,]*$/.test(ctx.text.slice(c.end, start)) ? c : undefined;
  }
  return undefined;
}

function classify(ctx: BlockContext, p: Piece, cues: ReadonlyMap<number, Candidate>): Candidate | undefined {
  const { tokens } = ctx.tokenized;
  const lex = ctx.lexicon;
  const text = surface(ctx, p);
  const key = pieceKey(ctx, p);
  const start = tokens[p.first].start;
  const end = tokens[p.last - 1].end;
  const base = { start, end, source: 'names', priority: PRIORITY.name };
  // "the Rohingya", "Sunnis": a people or faith alone is none of our types.
  if (p.last - p.first === 1 && lex.groupWords.has(key)) return undefined;
  // "US$700 billion": a currency's country prefix, not a place.
  if (ctx.text[end] === '$') return undefined;
  const org = lex.organizations.get(key);
  if (!org && isProduct(ctx, p)) return undefined;
  // A maker's name before a model is part of a product's name ("Airbus A380", "Boeing 787").
  if (org && modelFollows(tokens, p.last)) return undefined;
  if (org)
    return fixed(
      base.start,
      base.end,
      'organization',
      base.source,
      PRIORITY.knownOrganization,
      org.name,
      org.country ? lex.countryByIso.get(org.country)?.name : undefined,
      undefined,
    );
  const words = tokens.slice(p.first, p.last).filter((t) => t.kind === 'word');
  const prev = tokens[p.first - 1];
  const place = placeByKey(key, lex);
  if (place && !(place.ambiguous && !(prev && PLACE_PREPOSITIONS.has(prev.text)))) {
    if (place.kind !== 'site' && place.kind !== 'continent' && teamContext(tokens, p.first, p.last))
      return fixed(
        base.start,
        base.end,
        'organization',
        'names:team',
        base.priority,
        place.key,
        undefined,
        undefined,
      );
    return fixed(
      base.start,
      base.end,
      'place',
      base.source,
      base.priority,
      place.key,
      place.country,
      undefined,
    );
  }
  if (words.length === 1 && lex.demonyms.has(key))
    return fixed(
      base.start,
      base.end,
      'nationality',
      base.source,
      PRIORITY.nationality,
      lex.demonyms.get(key)?.name,
      undefined,
      undefined,
    );
  const site = placeHeadKind(words, lex);
  if (site)
    return fixed(base.start, base.end, 'place', `names:${site}`, base.priority, text, undefined, undefined);
  // "Jim Press" is a person: a given name and one word that could also head an organization's name.
  const givenPair =
    words.length === 2 &&
    lex.givenNames.has(words[0].key) &&
    !lex.commonWords.has(words[0].key) &&
    !isLegalForm(words[1].text) &&
    !lex.placeHeads.has(words[1].key);
  if (orgShaped(ctx, p) && !givenPair)
    return fixed(
      base.start,
      base.end,
      'organization',
      'names:org-shape',
      base.priority,
      text,
      undefined,
      undefined,
    );
  // A noun that says "organization" around it ("automaker Chrysler", "Ford's shares").
  if (organizationContext(tokens, p.first, p.last, lex) && !lex.givenNames.has(words[0].key))
    return fixed(
      base.start,
      base.end,
      'organization',
      'names:org-context',
      base.priority,
      text,
      undefined,
      undefined,
    );
  // Person evidence.
  const cue = cueBefore(ctx, cues, p.first);
  const honorific = honorificBefore(ctx.text, tokens, p.first, lex);
  const next = tokens[p.last];
  // "said Mauer", "Mauer said", "according to Basya": reported speech has a person as its source.
  const before2 = tokens[p.first - 2];
  const saidAfter =
    (next !== undefined && SPEECH_VERBS.has(next.text)) ||
    (prev !== undefined && SPEECH_VERBS.has(prev.text)) ||
    (prev?.text === 'to' && before2?.key === 'according');
  const allCaps = words.every(isAllCaps);
  // "4GB", "10MW": a unit written against its number is no name.
  if (allCaps && words.length === 1 && tokens[p.first].attached && tokens[p.first - 1]?.kind === 'number')
    return undefined;
  // "Software Development Kit (SDK)": a bracketed acronym is what its expansion is; with no
  // organization before it, it is no organization.
  const bracketed = prev?.text === '(' && tokens[p.last]?.text === ')';
  if (allCaps && words.length === 1 && bracketed && !expansionBefore(ctx, p.first - 1, words[0].text))
    return undefined;
  if (allCaps && words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0].text) && !ROMAN.test(words[0].text)) {
    // An unknown acronym in news is nearly always an organization ("TUSAŞ", "SBU").
    return fixed(base.start, base.end, 'organization', 'names:acronym', base.priority, text, undefined, true);
  }
  const given = lex.givenNames.has(words[0].key);
  const lastWord = words[words.length - 1].text;
  const surnameLike = isSurnameKey(lastWord, words[words.length - 1].key, lex);
  if (cue || honorific)
    return fixed(base.start, base.end, 'person', 'names:cue', base.priority, text, undefined, undefined);
  // A newspaper named after its place: "Toronto Star", "Edmonton Sun", "Daily Mail".
  if (
    words.length === 2 &&
    lex.orgCues.publications.has(words[1].key) &&
    (placeByKey(words[0].key, lex) !== undefined || words[0].key === 'daily')
  )
    return fixed(
      base.start,
      base.end,
      'organization',
      'names:publication',
      base.priority,
      text,
      undefined,
      undefined,
    );
  // A known organization's name and more ("Apple Computer", "Ford Australia", "GM Europe").
  if (words.length >= 2 && lex.organizations.get(words[0].key))
    return fixed(
      base.start,
      base.end,
      'organization',
      'names:org-extension',
      base.priority,
      text,
      undefined,
      undefined,
    );
  // "London Heathrow", "Chapel Hill": a place's name first and no surname after it — unless the
  // place is also a given name ("Regina Ip", "Gary Chan", "Elizabeth Quat").
  if (
    words.length >= 2 &&
    !lex.surnames.has(words[words.length - 1].key) &&
    (placeByKey(words[0].key, lex)?.ambiguous === false || (!given && placeByKey(words[0].key, lex)))
  )
    return undefined;

  // "Ahmed Mohamed Image", "Warhol Polaroids": a common noun after a person's name is not part of it.
  if (
    words.length >= 3 &&
    given &&
    lex.commonWords.has(words[words.length - 1].key) &&
    !lex.surnames.has(words[words.length - 1].key)
  ) {
    const trimmed = { first: p.first, last: p.last - 1 };
    return classify(ctx, trimmed, cues);
  }
  // A person's name has no acronym inside ("Mac OS X", "PlayStation VR" are products).
  const acronymInside = words.slice(1).some((w) => isAllCaps(w) && !ROMAN.test(w.text));
  if (acronymInside) return undefined;
  if (words.length >= 2 && words.length <= 4 && (given || surnameLike || saidAfter))
    return fixed(
      base.start,
      base.end,
      'person',
      'names:person-shape',
      base.priority,
      text,
      undefined,
      undefined,
    );
  if (
    words.length === 1 &&
    hasSurnameShape(lastWord) &&
    !lex.demonyms.has(key) &&
    !ADJECTIVE_FOLLOWS(tokens, p.last)
  )
    return fixed(base.start, base.end, 'person', 'names:surname', base.priority, text, undefined, true);
  // "Fiat announced": people and companies both speak; the rest of the document may say which.
  if (words.length === 1 && saidAfter)
    return fixed(base.start, base.end, 'person', 'names:speech', base.priority, text, undefined, true);
  // A given name alone, mid-sentence, that is no common word: "Gloria was taken to hospital".
  if (words.length === 1 && given && !tokens[p.first].sentenceStart && !lex.commonWords.has(key))
    return fixed(base.start, base.end, 'person', 'names:given', base.priority, text, undefined, true);
  if (words.length >= 2 && words.length <= 3 && words.every((w) => !lex.commonWords.has(w.key))) {
    return fixed(base.start, base.end, 'person', 'names:unknown-pair', base.priority, text, undefined, true);
  }
  if (place)
    return fixed(
      base.start,
      base.end,
      'place',
      'names:ambiguous-place',
      base.priority,
      place.key,
      place.country,
      true,
    );
  // What is left is a capitalised name of unknown kind; in news most are organizations.
  return fixed(base.start, base.end, 'organization', 'names:default', base.priority, text, undefined, true);
}

export const recognizeNames: Recognizer = (ctx, found) => {
  const { tokens } = ctx.tokenized;
  const blocked = coveredTokens(tokens, found);
  const pieces: Piece[] = [];
  const nationalities: Piece[] = [];
  for (const run of findRuns(tokens, blocked, ctx.tokenized.sentences))
    refine(ctx, run.first, run.last, pieces, nationalities);
  const cues = new Map<number, Candidate>();
  for (const c of found) if (c.type === 'rank' || c.type === 'title') cues.set(c.end, c);
  const out: Candidate[] = [];
  for (const p of pieces) {
    const c = classify(ctx, p, cues);
    if (c) out.push(c);
  }
  typeByCoordination(ctx.text, out);
  typeAcronymsByExpansion(ctx.text, out);
  for (const p of nationalities) {
    const t = tokens[p.first];
    out.push({
      start: t.start,
      end: t.end,
      type: 'nationality',
      source: 'names',
      priority: PRIORITY.nationality,
      key: ctx.lexicon.demonyms.get(t.key)?.name,
    });
  }
  return out;
};
