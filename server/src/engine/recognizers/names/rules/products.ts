// Products and models are not among the types we mark. A run with a model number ("Airbus A380",
// "Boeing 737-800"), a camel-cased brand ("iPod Nano"), a maker's name followed by more words that
// do not make an organization ("Ford Taurus"), or an acronym inside ("Mac OS X") is ruled out here.
// A new type for vehicles or weapon systems would take these pieces instead of dropping them.
import type { Token } from '../../../text/tokens';
import type { BlockContext } from '../../context';
import { orgShaped } from '../pieces';
import { ROMAN, isAllCaps, type NamePiece } from './namePiece';
import { NOT_A_NAME, type NameRule } from './rule';

/** A digit anywhere in the word (ASCII first; other scripts' digits by the pattern). */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c > 127 && /\p{N}/u.test(word[i])) return true;
  }
  return false;
}

/** "Boeing 787", "Airbus A380", "Internet Explorer 6": a model number or code right after a name. */
export function modelFollows(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i];
  if (next === undefined || next.lineStart || next.start !== tokens[i - 1].end + 1) return false;
  if (next.kind === 'number')
    // Two to four digits ("787", "737"); one digit is a count or a score ("Belgium 3 – 0 Panama").
    return /^\d{2,4}$/.test(next.text) && !/^(1[89]|20)\d\d$/.test(next.text);
  // A word with digits in it: A380, A400M, 737-800, XC90.
  return next.kind === 'word' && /\p{N}/u.test(next.text) && /^\p{Lu}/u.test(next.text);
}

/**
 * A run with a model number or a camel-cased brand in it, an organization's name followed by more
 * words that do not make an organization, or a name right before a model number.
 */
function isProduct(ctx: BlockContext, p: NamePiece): boolean {
  const words = p.words;
  if (words.some((w) => hasDigit(w.text) || (!w.upper && w.text !== w.key))) return true;
  // "Ford Taurus", "Mozilla Firefox" are products; "Apple Computer", "Ford Motor" are the companies.
  if (
    words.length >= 2 &&
    ctx.lexicon.organizations.get(words[0].key) &&
    !orgShaped(ctx, p) &&
    !words.slice(1).every((w) => ctx.lexicon.commonWords.has(w.key))
  )
    return true;
  return modelFollows(p.tokens, p.last);
}

/** An unknown name that is a product or a model. */
export const product: NameRule = {
  id: 'product',
  examples: [
    ['The airline ordered ten Zephyr X200 jets.', 'Zephyr', 'none'],
    ['Buyers queued for the Toyota Corolla at dawn.', 'Toyota Corolla', 'none'],
  ],
  classify: (p, ctx) => (p.org === undefined && isProduct(ctx, p) ? NOT_A_NAME : undefined),
};

/** A maker's name before a model is part of a product's name ("Airbus A380", "Boeing 787"). */
export const makerBeforeModel: NameRule = {
  id: 'maker-before-model',
  examples: [['The carrier flies the Boeing 787 to Lagos.', 'Boeing', 'none']],
  classify: (p) => (p.org !== undefined && modelFollows(p.tokens, p.last) ? NOT_A_NAME : undefined),
};

/** A person's name has no acronym inside ("Mac OS X", "PlayStation VR" are products). */
export const acronymInside: NameRule = {
  id: 'acronym-inside',
  examples: [['Fans lined up for the Zenbook Duo OLED launch.', 'Zenbook Duo OLED', 'none']],
  classify: (p) =>
    p.words.slice(1).some((w) => isAllCaps(w) && !ROMAN.test(w.text)) ? NOT_A_NAME : undefined,
};
