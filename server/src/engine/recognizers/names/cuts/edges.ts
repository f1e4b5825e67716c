// Cut rules that trim a run's edges: words at its start that carry no name where they stand, and
// marks and caption labels at its end.
import type { Token } from '../../../text/tokens';
import type { BlockContext } from '../../context';
import { isAsciiLowerAt, isNameToken } from '../runs';
import { CONNECTORS, NAME_SUFFIXES } from '../../../text/grammarWords';
import { isLegalForm } from '../organizations';
import { knownPhraseEnd } from './knownNames';
import { derive } from '../../../data/derived';
import { ageFollows } from '../people';
import { narrow, type CutRule } from './rule';

/** Endings of words that are verbs or adverbs far more often than names ("Meeting", "Reportedly"). */
const VERBISH = /(?:ing|ed|ly)$/;

/** Dashes that end a dateline. */
const DASHES = new Set(['-', '—', '–']);

/**
 * "NEW YORK (Reuters) - Department store chain …": the first word after a dateline's dash starts
 * the story's first sentence, though no full stop comes before it.
 */
function afterDatelineDash(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i - 1];
  return dash !== undefined && DASHES.has(dash.text) && !dash.attached && tokens[i - 2]?.text === ')';
}

/**
 * "Mills, 45, was charged", "Burns said": a common word alone at a sentence start is a person's
 * name when an age follows it, or a verb of saying follows a surname.
 */
function personByWhatFollows(ctx: BlockContext, t: Token): boolean {
  const tokens = ctx.tokenized.tokens;
  const next = tokens[t.index + 1];
  if (next === undefined) return false;
  if (ctx.lexicon.surnames.has(t.key) && ctx.lexicon.personCues.speechVerbs.has(next.text)) return true;
  return ageFollows(tokens, t.index + 1);
}

/**
 * A capitalised word that carries no name where it stands: a word that is never a name alone
 * ("The", "However"), an honorific ("Begum"), or a common word capitalised only because it starts the sentence. A common
 * word at a sentence start is kept when a name follows it that it may begin ("Ford Motor Company",
 * "General Motors", "White House"), unless it looks like a verb or the next word begins a known
 * name of its own ("Meeting Kazakh cadets").
 */
function isWeakStart(ctx: BlockContext, t: Token, runLast: number): boolean {
  const lex = ctx.lexicon;
  const allCaps = t.text.length > 1 && !isAsciiLowerAt(t.text, 1) && t.text === t.text.toUpperCase();
  const lower = t.key;
  // "US" is not the pronoun "us": an all-capitals word is judged as written, unless it is too long
  // to be an acronym that is also a word ("FILE PHOTO" is a caption's label).
  if (
    allCaps
      ? lex.nonNameAcronyms.has(t.text) || (t.text.length >= 4 && lex.nonNames.has(lower))
      : lex.nonNames.has(lower)
  )
    return true;
  // "Begum Shahnaz Qureshi", "Maulana Ahmed Saeed": an honorific stands outside the name it
  // addresses, unless a known name starts with it.
  if (!allCaps && derive(lex).honorifics.has(lower) && knownPhraseEnd(ctx, t.index) <= t.index + 1)
    return true;
  if (!(t.sentenceStart || afterDatelineDash(ctx.tokenized.tokens, t.index)) || allCaps) return false;
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
  // "Automaker GM to cut jobs", "Lenders Quillon and …": a describing noun, not part of the name after it.
  if (lex.orgCues.before.has(lower)) return true;
  if (lex.givenNames.has(lower) && !lex.commonWords.has(lower)) return false;
  if (!lex.commonWords.has(lower)) return false;
  if (t.index + 1 === runLast && personByWhatFollows(ctx, t)) return false;
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

export const weakStart: CutRule = {
  id: 'weak-start',
  why: 'Cut off words at the start that carry no name here ("The", "However", a word capitalised by the sentence).',
  examples: [['Meanwhile Nairobi braced for more rain.', 'Nairobi', 'place']],
  cut: (ctx, first, last) => {
    const { tokens } = ctx.tokenized;
    let start = first;
    while (start < last && (!isNameToken(tokens[start]) || isWeakStart(ctx, tokens[start], last))) start++;
    return start === first ? undefined : narrow(start, last);
  },
};

export const trailingMarks: CutRule = {
  id: 'trailing-marks',
  why: 'Cut off marks at the end, except a company suffix’s full stop ("Apple Inc.", "Ford Motor Co.").',
  examples: [['Readers turned to Reuters.com for updates.', 'Reuters', 'organization']],
  cut: (ctx, first, last) => {
    const { tokens } = ctx.tokenized;
    let end = last;
    while (
      end > first &&
      !isNameToken(tokens[end - 1]) &&
      !(
        tokens[end - 1].text === '.' &&
        (isLegalForm(tokens[end - 2]?.text ?? '', ctx.lexicon) ||
          NAME_SUFFIXES.has(tokens[end - 2]?.text ?? ''))
      )
    )
      end--;
    return end === last ? undefined : narrow(first, end);
  },
};

export const captionLabel: CutRule = {
  id: 'caption-label',
  why: 'Cut off a caption label before a colon ("… Captain America Image: Nick Moreau").',
  examples: [['Marathon winner Faith Wanjiru Image: Tom Otieno', 'Faith Wanjiru', 'person']],
  cut: (ctx, first, last) => {
    const { tokens } = ctx.tokenized;
    return last - first > 1 && tokens[last]?.text === ':' && ctx.lexicon.nonNames.has(tokens[last - 1].key)
      ? narrow(first, last - 1)
      : undefined;
  },
};
