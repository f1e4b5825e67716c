// Title recognizer: offices held by people ("Minister of Defense", "Defense Minister", "Prime
// Minister", "Commander-in-Chief", "spokesperson", "head"). Capitalised offices count where they
// stand as titles; lower-case ones only where they attach to a named person, before the name
// ("prime minister Boris Johnson") or in apposition after it ("Haluk Gergün, the head of …").
import { PRIORITY, candidate, type Candidate } from '../model/candidate';
import { type Lexicon } from '../data/lexicon';
import { longestPhrase } from '../text/phrases';
import { looksLikeNameStart } from './ranks';
import { isOrgHeadKey, orgTables } from './names/organizations';
import { perLexicon } from '../cache/memo';
import { firstWord, type Token } from '../text/tokens';
import { coveredTokens, type Recognizer } from './context';
import { normalizeKey } from '../text/keys';

interface TitleTables {
  offices: Set<string>;
  compounds: Map<string, true>;
  modifiers: Set<string>;
  orgHeads: Set<string>;
  /** First words of the compound offices (as phrases.ts files them). */
  compoundStarts: Set<string>;
  /** compoundStarts, modifiers and offices in one set, for a token whose key is one word. */
  starts: Set<string>;
}

/** The title tables of a lexicon, built on first use. */
export const titleTables = perLexicon(
  (lexicon) => lexicon.titles,
  (lexicon): TitleTables => {
    const compounds = new Map(lexicon.titles.compoundOffices.map((c) => [normalizeKey(c), true as const]));
    const t: TitleTables = {
      offices: new Set(lexicon.titles.offices.map(normalizeKey)),
      compounds,
      modifiers: new Set(lexicon.titles.modifiers.map(normalizeKey)),
      orgHeads: orgTables(lexicon).heads,
      compoundStarts: new Set([...compounds.keys()].map(firstWord)),
      starts: new Set<string>(),
    };
    for (const set of [t.compoundStarts, t.modifiers, t.offices]) for (const key of set) t.starts.add(key);
    return t;
  },
);

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

export const recognizeTitles: Recognizer = (ctx, found) => {
  const { text, lexicon } = ctx;
  const { tokens } = ctx.tokenized;
  const t = titleTables(lexicon);
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
    let last = -1;
    const compound = longestPhrase(text, tokens, i, t.compounds, 6);
    if (compound) last = compound.last;
    else {
      // Modifiers then an office noun: "Deputy Defense Minister", "Minister".
      let k = i;
      while (k < tokens.length && t.modifiers.has(tokens[k].key) && tokens[k].upper === tok.upper) k++;
      if (k < tokens.length && t.offices.has(tokens[k].key) && !taken.has(k)) last = k + 1;
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
    const attached = nameFollows || inApposition(tokens, i);
    if (!capitalised && !attached) continue;
    if (capitalised && tok.sentenceStart && !attached && words.length === 1) continue;
    out.push(
      candidate({
        start: tok.start,
        end: tokens[last - 1].end,
        type: 'title',
        source: 'titles',
        priority: PRIORITY.title,
        key: text.slice(tok.start, tokens[last - 1].end),
      }),
    );
    i = last - 1;
  }
  return out;
};

/** Is `key` (a lower-cased word) an office noun ("minister", "sheriff")? */
export function isOffice(key: string, lexicon: Lexicon): boolean {
  return titleTables(lexicon).offices.has(key);
}
