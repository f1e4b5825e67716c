// People: by a rank, title or honorific before the name, by the shape of the name (a given name
// first, a surname last), as the source of reported speech, and two-word names of no other kind.
// Single words are weak guesses: linking keeps them typed by the document's other mentions.
import type { Token } from '../../../text/tokens';
import { ageFollows, hasSurnameShape } from '../people';
import { pieceCandidate, ClassifyInstead, type NameRule } from './rule';

/** A lower-case word right after a one-word name makes it an adjective ("Asian markets"). */
function adjectiveFollows(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i];
  return (
    next !== undefined && next.kind === 'word' && !next.upper && /(?:ian|ean|an)$/.test(tokens[i - 1].text)
  );
}

/** A rank, title or honorific right before the name: "Colonel General Ruslan Zhaksylykov", "Mr. Ochieng". */
export const cue: NameRule = {
  id: 'cue',
  source: 'names:cue',
  examples: [
    ['The talks were led by Mr. Ochieng of the finance team.', 'Ochieng', 'person'],
    ['Defence Minister Aigerim Bekova visited the base.', 'Aigerim Bekova', 'person'],
  ],
  classify: (p) => (p.personCue ? pieceCandidate(p, 'person', 'names:cue') : undefined),
};

/** "Ahmed Mohamed Image", "Warhol Polaroids": a common noun after a person's name is not part of it. */
export const trailingCommonNoun: NameRule = {
  id: 'trailing-common-noun',
  examples: [['The photo shows Peter Mwangi Portrait in 2019.', 'Peter Mwangi', 'person']],
  classify: (p, ctx) => {
    const words = p.words;
    const lastKey = words[words.length - 1].key;
    if (
      words.length < 3 ||
      !p.given ||
      !ctx.lexicon.commonWords.has(lastKey) ||
      ctx.lexicon.surnames.has(lastKey)
    )
      return undefined;
    return new ClassifyInstead({ first: p.first, last: p.last - 1 });
  },
};

/** Two to four words with a given name first or a surname last, or the source of a quote. */
export const personShape: NameRule = {
  id: 'person-shape',
  source: 'names:person-shape',
  examples: [['Wanjiru Kamau opened the new clinic.', 'Wanjiru Kamau', 'person']],
  classify: (p) =>
    p.words.length >= 2 && p.words.length <= 4 && (p.given || p.surnameLike || p.saidAfter)
      ? pieceCandidate(p, 'person', 'names:person-shape')
      : undefined,
};

/** One word shaped like a surname (-ov, -enko, -oğlu, …) that is no demonym or adjective. */
export const surname: NameRule = {
  id: 'surname',
  source: 'names:surname',
  examples: [['Later that day Dzhaksybekov left the building.', 'Dzhaksybekov', 'person']],
  classify: (p, ctx) =>
    p.words.length === 1 &&
    hasSurnameShape(p.words[0].text, ctx.lexicon) &&
    !ctx.lexicon.demonyms.has(p.key) &&
    !adjectiveFollows(p.tokens, p.last)
      ? pieceCandidate(p, 'person', 'names:surname', true)
      : undefined,
};

/** "Fiat announced": people and companies both speak; the rest of the document may say which. */
export const speech: NameRule = {
  id: 'speech',
  source: 'names:speech',
  examples: [['“We will rebuild,” said Okonjo after the vote.', 'Okonjo', 'person']],
  classify: (p) =>
    p.words.length === 1 && p.saidAfter ? pieceCandidate(p, 'person', 'names:speech', true) : undefined,
};

/** A given name alone that is no common word, nor a place at a sentence's start: "Gloria was taken to hospital". */
export const given: NameRule = {
  id: 'given',
  source: 'names:given',
  examples: [['Neighbours told police that Gloria had left early.', 'Gloria', 'person']],
  classify: (p, ctx) =>
    p.words.length === 1 &&
    p.given &&
    !ctx.lexicon.commonWords.has(p.key) &&
    // At a sentence's start a place of that name ("Kent 301 all out") is as likely.
    !(p.tokens[p.first].sentenceStart && p.place !== undefined)
      ? pieceCandidate(p, 'person', 'names:given', true)
      : undefined,
};

/** Endings no lone surname has in news: a people's adjective, an apostrophe's tail. */
const NOT_A_SURNAME = /(?:ish|ese|ian|ean|['’].*)$/;

/**
 * One word the name lists know as a surname or a person's name ("Yates", "Longley"), that no list
 * knows as a place, an organization or a word: news refers to people by surname alone. Weak, so the
 * document's other mentions of the word decide where they say otherwise.
 */
export const knownSurname: NameRule = {
  id: 'known-surname',
  source: 'names:known-surname',
  examples: [['After the vote Longley left for home.', 'Longley', 'person']],
  classify: (p, ctx) => {
    if (p.words.length !== 1 || p.allCaps || p.place !== undefined || p.org !== undefined) return undefined;
    const lex = ctx.lexicon;
    const key = p.key;
    if (!(lex.surnames.has(key) || lex.peopleNames.has(key))) return undefined;
    if (lex.commonWords.has(key) || lex.nonNames.has(key) || lex.demonyms.has(key)) return undefined;
    // "English": a people's or a language's adjective; "We'll", "O' Leary": a word cut at
    // its apostrophe.
    if (NOT_A_SURNAME.test(key) || adjectiveFollows(p.tokens, p.last) || /^['’]$/.test(p.prev?.text ?? ''))
      return undefined;
    return pieceCandidate(p, 'person', 'names:known-surname', true);
  },
};

/** Two or three capitalised words, none of them a common word: most are people in news. */
export const unknownPair: NameRule = {
  id: 'unknown-pair',
  source: 'names:unknown-pair',
  examples: [['Observers praised Tarkel Vosmar for the plan.', 'Tarkel Vosmar', 'person']],
  classify: (p, ctx) =>
    p.words.length >= 2 && p.words.length <= 3 && p.words.every((w) => !ctx.lexicon.commonWords.has(w.key))
      ? pieceCandidate(p, 'person', 'names:unknown-pair', true)
      : undefined,
};

/** "Owain Threlkeld, 41, told the court": a name with an age after it is a person's. */
export const age: NameRule = {
  id: 'age',
  source: 'names:age',
  examples: [['Tarek Oduya, 34, was charged on Monday.', 'Tarek Oduya', 'person']],
  classify: (p) =>
    p.words.length <= 4 && ageFollows(p.tokens, p.last)
      ? pieceCandidate(p, 'person', 'names:age')
      : undefined,
};
