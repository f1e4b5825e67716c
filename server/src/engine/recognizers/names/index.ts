// Name recognizer: finds capitalised runs (nameRuns.ts), cuts them where one name ends and the
// next begins (nameCuts.ts), and classifies each piece as a person, organization, place or
// nationality from the evidence the people, organizations and places modules give. Precedence is
// written down in README.md.
import { PRIORITY, candidate, type Candidate } from '../../model/candidate';
import { findRuns } from './runs';
import { refine } from './cuts';
import { orgShaped, pieceKey, surface, type Piece } from './pieces';
import { isLegalForm, organizationContext } from './organizations';
import { SPEECH_VERBS, hasSurnameShape, honorificBefore, isSurnameKey } from './people';
import { PLACE_PREPOSITIONS, placeByKey, placeHeadKind } from './places';
import { teamContext } from './teams';
import type { Token } from '../../text/tokens';
import { coveredTokens, type BlockContext, type Recognizer } from '../context';

/** A lower-case word right after a one-word name makes it an adjective ("Asian markets"). */
function adjectiveFollows(tokens: readonly Token[], i: number): boolean {
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
  const base = { start, end, source: 'names' as const, priority: PRIORITY.name };
  // "the Rohingya", "Sunnis": a people or faith alone is none of our types.
  if (p.last - p.first === 1 && lex.groupWords.has(key)) return undefined;
  // "US$700 billion": a currency's country prefix, not a place.
  if (ctx.text[end] === '$') return undefined;
  const org = lex.organizations.get(key);
  if (!org && isProduct(ctx, p)) return undefined;
  // A maker's name before a model is part of a product's name ("Airbus A380", "Boeing 787").
  if (org && modelFollows(tokens, p.last)) return undefined;
  if (org)
    return candidate({
      start: base.start,
      end: base.end,
      type: 'organization',
      source: base.source,
      priority: PRIORITY.knownOrganization,
      key: org.name,
      country: org.country ? lex.countryByIso.get(org.country)?.name : undefined,
    });
  const words = tokens.slice(p.first, p.last).filter((t) => t.kind === 'word');
  const prev = tokens[p.first - 1];
  const place = placeByKey(key, lex);
  if (place && !(place.ambiguous && !(prev && PLACE_PREPOSITIONS.has(prev.text)))) {
    if (place.kind !== 'site' && place.kind !== 'continent' && teamContext(tokens, p.first, p.last))
      return candidate({
        start: base.start,
        end: base.end,
        type: 'organization',
        source: 'names:team',
        priority: base.priority,
        key: place.key,
      });
    return candidate({
      start: base.start,
      end: base.end,
      type: 'place',
      source: base.source,
      priority: base.priority,
      key: place.key,
      country: place.country,
    });
  }
  if (words.length === 1 && lex.demonyms.has(key))
    return candidate({
      start: base.start,
      end: base.end,
      type: 'nationality',
      source: base.source,
      priority: PRIORITY.nationality,
      key: lex.demonyms.get(key)?.name,
    });
  const site = placeHeadKind(words, lex);
  if (site)
    return candidate({
      start: base.start,
      end: base.end,
      type: 'place',
      source: `names:${site}`,
      priority: base.priority,
      key: text,
    });
  // "Jim Press" is a person: a given name and one word that could also head an organization's name.
  const givenPair =
    words.length === 2 &&
    lex.givenNames.has(words[0].key) &&
    !lex.commonWords.has(words[0].key) &&
    !isLegalForm(words[1].text) &&
    !lex.placeHeads.has(words[1].key);
  if (orgShaped(ctx, p) && !givenPair)
    return candidate({
      start: base.start,
      end: base.end,
      type: 'organization',
      source: 'names:org-shape',
      priority: base.priority,
      key: text,
    });
  // A noun that says "organization" around it ("automaker Chrysler", "Ford's shares").
  if (organizationContext(tokens, p.first, p.last, lex) && !lex.givenNames.has(words[0].key))
    return candidate({
      start: base.start,
      end: base.end,
      type: 'organization',
      source: 'names:org-context',
      priority: base.priority,
      key: text,
    });
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
    return candidate({
      start: base.start,
      end: base.end,
      type: 'organization',
      source: 'names:acronym',
      priority: base.priority,
      key: text,
      weak: true,
    });
  }
  const given = lex.givenNames.has(words[0].key);
  const lastWord = words[words.length - 1].text;
  const surnameLike = isSurnameKey(lastWord, words[words.length - 1].key, lex);
  if (cue || honorific)
    return candidate({
      start: base.start,
      end: base.end,
      type: 'person',
      source: 'names:cue',
      priority: base.priority,
      key: text,
    });
  // A newspaper named after its place: "Toronto Star", "Edmonton Sun", "Daily Mail".
  if (
    words.length === 2 &&
    lex.orgCues.publications.has(words[1].key) &&
    (placeByKey(words[0].key, lex) !== undefined || words[0].key === 'daily')
  )
    return candidate({
      start: base.start,
      end: base.end,
      type: 'organization',
      source: 'names:publication',
      priority: base.priority,
      key: text,
    });
  // A known organization's name and more ("Apple Computer", "Ford Australia", "GM Europe").
  if (words.length >= 2 && lex.organizations.get(words[0].key))
    return candidate({
      start: base.start,
      end: base.end,
      type: 'organization',
      source: 'names:org-extension',
      priority: base.priority,
      key: text,
    });
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
    return candidate({
      start: base.start,
      end: base.end,
      type: 'person',
      source: 'names:person-shape',
      priority: base.priority,
      key: text,
    });
  if (
    words.length === 1 &&
    hasSurnameShape(lastWord) &&
    !lex.demonyms.has(key) &&
    !adjectiveFollows(tokens, p.last)
  )
    return candidate({
      start: base.start,
      end: base.end,
      type: 'person',
      source: 'names:surname',
      priority: base.priority,
      key: text,
      weak: true,
    });
  // "Fiat announced": people and companies both speak; the rest of the document may say which.
  if (words.length === 1 && saidAfter)
    return candidate({
      start: base.start,
      end: base.end,
      type: 'person',
      source: 'names:speech',
      priority: base.priority,
      key: text,
      weak: true,
    });
  // A given name alone, mid-sentence, that is no common word: "Gloria was taken to hospital".
  if (words.length === 1 && given && !tokens[p.first].sentenceStart && !lex.commonWords.has(key))
    return candidate({
      start: base.start,
      end: base.end,
      type: 'person',
      source: 'names:given',
      priority: base.priority,
      key: text,
      weak: true,
    });
  if (words.length >= 2 && words.length <= 3 && words.every((w) => !lex.commonWords.has(w.key))) {
    return candidate({
      start: base.start,
      end: base.end,
      type: 'person',
      source: 'names:unknown-pair',
      priority: base.priority,
      key: text,
      weak: true,
    });
  }
  if (place)
    return candidate({
      start: base.start,
      end: base.end,
      type: 'place',
      source: 'names:ambiguous-place',
      priority: base.priority,
      key: place.key,
      country: place.country,
      weak: true,
    });
  // What is left is a capitalised name of unknown kind; in news most are organizations.
  return candidate({
    start: base.start,
    end: base.end,
    type: 'organization',
    source: 'names:default',
    priority: base.priority,
    key: text,
    weak: true,
  });
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
    out.push(
      candidate({
        start: t.start,
        end: t.end,
        type: 'nationality',
        source: 'names',
        priority: PRIORITY.nationality,
        key: ctx.lexicon.demonyms.get(t.key)?.name,
      }),
    );
  }
  return out;
};
