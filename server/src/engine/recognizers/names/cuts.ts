// Cutting a name run where one name ends and the next begins ("Kazakhstan and Türkiye",
// "Gendarmerie of the Ministry of Internal Affairs", "Governor of Washington Chris Gregoire"):
// the cutting rules of README.md ("One `of` per name", "A place inside an organization's name").
import type { Lexicon } from '../../data/lexicon';
import { perLexicon } from '../../cache/memo';
import { CONNECTORS, isAsciiLowerAt, isNameToken } from './runs';
import { orgShaped, pieceKey, type Piece } from './pieces';
import { longestPhrase, preparePhraseTable } from '../../text/phrases';
import { isLegalForm, isOrgHeadKey, takesPlaceComplement } from './organizations';
import { isSurnameKey } from './people';
import { placeByKey } from './places';
import { isOffice } from '../titles';
import type { Token } from '../../text/tokens';
import { blockQuestion, type BlockContext } from '../context';

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
// cut of its run): the block's memo keeps the answers.
const KNOWN_PHRASE_END = blockQuestion(
  'where the longest known name starting at a token ends',
  (ctx, i: number) => computeKnownPhraseEnd(ctx, i),
);

/** End (token index, exclusive) of the longest country, place or organization name starting at `i`, or `i`. */
function knownPhraseEnd(ctx: BlockContext, i: number): number {
  return ctx.memo(KNOWN_PHRASE_END, i, i);
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

/**
 * Splits the run at tokens [first, last) into the names it holds: `out` gets the pieces to
 * classify, `nationalities` the demonyms that stand alone ("Kazakh cadets").
 */
export function refine(
  ctx: BlockContext,
  first: number,
  last: number,
  out: Piece[],
  nationalities: Piece[],
): void {
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
