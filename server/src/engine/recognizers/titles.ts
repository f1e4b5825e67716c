// Title recognizer: offices held by people ("Minister of Defense", "Defense Minister", "Prime
// Minister", "Commander-in-Chief", "spokesperson", "head"). Capitalised offices count where they
// stand as titles; lower-case ones only where they attach to a named person, before the name
// ("prime minister Boris Johnson") or in apposition after it ("Haluk Gergün, the head of …").
import { PRIORITY, candidate, type Candidate } from '../model/candidate';
import { type Lexicon } from '../data/lexicon';
import { longestPhrase } from '../text/phrases';
import { looksLikeNameStart } from './ranks';
import { isOrgHeadKey } from './names/organizations';
import { derive, type TitleTables } from '../data/derived';
import type { Token } from '../text/tokens';
import { coveredTokens, type Recognizer } from './context';

/** A capitalised word among the `n` tokens from `from`, in the same sentence as the one before. */
function capitalWithin(tokens: readonly Token[], from: number, n: number): boolean {
  const sentence = tokens[from - 1].sentence;
  for (let k = from; k < tokens.length && k < from + n && tokens[k].sentence === sentence; k++) {
    if (tokens[k].upper) return true;
  }
  return false;
}

/** "X, the head of" / "X, head of": the office follows a capitalised name and a comma. */
function inApposition(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.key === 'the') k--; // the key is the lower-cased text
  return tokens[k]?.text === ',' && tokens[k - 1]?.kind === 'word' && tokens[k - 1].upper === true;
}

/** Extends an office over "of" + a capitalised portfolio ("of National Defense"), not over "of the …". */
function portfolioEnd(tokens: readonly Token[], last: number, lexicon: Lexicon, t: TitleTables): number {
  const of = tokens[last];
  if (!of || of.text !== 'of') return last;
  let k = last + 1;
  let end = last;
  while (
    k < tokens.length &&
    tokens[k].sentence === of.sentence &&
    tokens[k].kind === 'word' &&
    tokens[k].upper
  ) {
    const key = tokens[k].key;
    // A country or an organization after "of" is the office's organization, not its portfolio.
    if (
      (t.orgHeads.has(key) && !t.modifiers.has(key)) ||
      lexicon.countryNames.has(key) ||
      lexicon.places.has(key)
    )
      return last;
    end = k + 1;
    k++;
    if (tokens[k]?.text === 'and' && tokens[k + 1]?.upper) k++;
  }
  return end === last ? last : end;
}

/**
 * A word that names an office's portfolio between a modifier and the office noun ("Chief Election
 * Commissioner", "Deputy Policy Adviser"): a capitalised common word that names no organization,
 * country or place of its own.
 */
function portfolioWord(tok: Token | undefined, sentence: number, lexicon: Lexicon): boolean {
  if (!tok || tok.kind !== 'word' || !tok.upper || tok.sentence !== sentence) return false;
  const key = tok.key;
  return (
    lexicon.commonWords.has(key) &&
    !isOrgHeadKey(key, lexicon) &&
    !lexicon.demonyms.has(key) &&
    !lexicon.countryNames.has(key) &&
    !lexicon.places.has(key)
  );
}

/**
 * "Rising Star Corps Commander", "Pakistan Army Chief": a unit's head word after another capitalised
 * word ends that unit's name, so the office starts after it. A portfolio that is also an
 * organization's head stays in the office ("Estonian Defence Minister"), and a word capitalised
 * only by the sentence names nothing ("The Corps Commander").
 */
function endsOrganization(tokens: readonly Token[], i: number, lexicon: Lexicon, t: TitleTables): boolean {
  const tok = tokens[i];
  const prev = tokens[i - 1];
  if (!tok.upper || !prev || prev.kind !== 'word' || !prev.upper || prev.sentence !== tok.sentence)
    return false;
  if (prev.sentenceStart && (lexicon.commonWords.has(prev.key) || lexicon.nonNames.has(prev.key)))
    return false;
  if (!isOrgHeadKey(tok.key, lexicon)) return false;
  return !t.modifiers.has(tok.key) || lexicon.rankBranchWords.has(tok.key);
}

/** Token `i` ends a capitalised name with "of" inside it: "Council of [Ministers]", "Union of Concerned [Scientists]". */
function afterOfInName(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && k > i - 3 && tokens[k].kind === 'word' && tokens[k].upper) k--;
  const before = tokens[k - 1];
  return tokens[k]?.text === 'of' && before !== undefined && before.kind === 'word' && before.upper;
}

/** The letters an acronym of these words takes: their initials, with or without the small words'. */
function initials(words: readonly Token[], small: boolean): string {
  let out = '';
  for (const w of words)
    for (const part of w.text.split('-'))
      if (part && (small || /^\p{Lu}/u.test(part))) out += part[0].toUpperCase();
  return out;
}

/**
 * "General Officer Commanding (GOC)": an acronym in brackets right after an office, made of its
 * initials, is that office again. Returns its token index, or -1.
 */
function bracketedAcronym(tokens: readonly Token[], last: number, words: readonly Token[]): number {
  const acronym = tokens[last + 1];
  if (tokens[last]?.text !== '(' || tokens[last + 2]?.text !== ')' || acronym?.kind !== 'word') return -1;
  const letters = acronym.text;
  if (letters.length < 2 || letters !== letters.toUpperCase()) return -1;
  return letters === initials(words, false) || letters === initials(words, true) ? last + 1 : -1;
}

export const recognizeTitles: Recognizer = (ctx, found) => {
  const { text, lexicon } = ctx;
  const { tokens } = ctx.tokenized;
  const t = derive(lexicon).titles;
  const taken = coveredTokens(tokens, found);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.kind !== 'word' || taken.has(i)) continue;
    // A lower-case office counts only before a name or in apposition after one: most lower-case
    // words have neither a capital within reach nor a comma before them, and need no look-up.
    if (!tok.upper && !capitalWithin(tokens, i + 1, 5) && !inApposition(tokens, i)) continue;
    // An office starts with a compound's first word, a modifier or an office noun; most words are
    // none of these, and need none of the look-ups below.
    // A token whose key is its own first word (most) needs one look-up in the union of the three.
    if (
      tok.firstWord === tok.key
        ? !t.starts.has(tok.key)
        : !t.compoundStarts.has(tok.firstWord) && !t.modifiers.has(tok.key) && !t.offices.has(tok.key)
    )
      continue;
    if (endsOrganization(tokens, i, lexicon, t)) continue;
    let last = -1;
    const compound = longestPhrase(text, tokens, i, t.compounds, 6);
    if (compound) last = compound.last;
    else {
      // Modifiers then an office noun: "Deputy Defense Minister", "Minister".
      let k = i;
      while (
        k < tokens.length &&
        !taken.has(k) &&
        t.modifiers.has(tokens[k].key) &&
        tokens[k].upper === tok.upper
      )
        k++;
      // After a modifier, up to two words of portfolio: "Chief Election Commissioner".
      let m = k;
      if (k > i && tok.upper)
        while (m < k + 2 && !t.offices.has(tokens[m]?.key) && portfolioWord(tokens[m], tok.sentence, lexicon))
          m++;
      const office = tokens[m];
      if (m > k && office?.upper && t.offices.has(office.key) && !taken.has(m)) last = m + 1;
      else if (k < tokens.length && t.offices.has(tokens[k].key) && !taken.has(k)) last = k + 1;
      // Some words are both ("Head", "Chief"): the last modifier may be the office itself.
      else if (k > i && t.offices.has(tokens[k - 1].key)) last = k;
    }
    if (last < 0) continue;
    const words = tokens.slice(i, last).filter((w) => w.kind === 'word');
    const capitalised = words.every((w) => w.upper || /^(of|the|and|in|for)$/.test(w.text));
    last = portfolioEnd(tokens, last, lexicon, t);
    const next = tokens[last];
    const nameFollows = looksLikeNameStart(next, lexicon) && next.sentence === tok.sentence;
    const prev = tokens[i - 1];
    // An office word right after a capitalised name is part of that name ("Martin Luther King").
    if (
      prev &&
      prev.kind === 'word' &&
      prev.upper &&
      !prev.sentenceStart &&
      !taken.has(prev.index) &&
      !lexicon.demonyms.has(prev.key) &&
      !lexicon.countryNames.has(prev.key) &&
      !t.modifiers.has(prev.key) &&
      // Only offices that are also surnames end names ("King", "Bishop"); "Apple CEO Steve Jobs" has a title.
      lexicon.surnames.has(tok.key) &&
      words.length === 1
    )
      continue;
    // "Duke University", "Governor Street": an office word that begins an organization or place name.
    if (
      next &&
      next.upper &&
      next.sentence === tok.sentence &&
      (isOrgHeadKey(next.key, lexicon) || lexicon.placeHeads.has(next.key))
    )
      continue;
    // "House of Representatives", "Union of Concerned Scientists": a plural office after "of" in a
    // capitalised name is the end of an organization's name; nobody holds it.
    if (words.length === 1 && !nameFollows && /s$/.test(tok.key) && tok.upper && afterOfInName(tokens, i))
      continue;
    const attached = nameFollows || inApposition(tokens, i);
    if (!capitalised && !attached) continue;
    // "Somerset captain Neil Tancred": a place in a team is a position, not an office.
    if (!capitalised && words.length === 1 && t.positions.has(tok.key)) continue;
    if (capitalised && tok.sentenceStart && !attached && words.length === 1) continue;
    out.push(titleCandidate(text, tok, tokens[last - 1]));
    const acronym = bracketedAcronym(tokens, last, words);
    if (acronym >= 0 && !taken.has(acronym)) {
      out.push(titleCandidate(text, tokens[acronym], tokens[acronym]));
      last = acronym + 1;
    }
    i = last - 1;
  }
  return out;
};

function titleCandidate(text: string, first: Token, last: Token): Candidate {
  return candidate({
    start: first.start,
    end: last.end,
    type: 'title',
    source: 'titles',
    priority: PRIORITY.title,
    key: text.slice(first.start, last.end),
  });
}

/** Is `key` (a lower-cased word) an office noun ("minister", "sheriff")? */
export function isOffice(key: string, lexicon: Lexicon): boolean {
  return derive(lexicon).titles.offices.has(key);
}
