// Rank recognizer: military, gendarmerie and police grades from server/data/ranks.json, full and
// abbreviated ("Colonel General", "Lt. Gen.", "Maj Gen"). A rank counts only where it is written
// as a rank: capitalised, and either unmistakable by itself or followed by a person's name, so that
// "General Motors", "Major League" and "the general public" are not ranks. A rank word that is part
// of an office is the office's ("Attorney General", "Lt. Gov.", "Chief Financial Officer",
// "Corps Commander"): the title recognizer reads it.
import { PRIORITY, candidate, type Candidate } from '../model/candidate';
import type { Lexicon, RankRow } from '../data/lexicon';
import { longestPhrase } from '../text/phrases';
import { derive, type TitleTables } from '../data/derived';
import { normalizeKey } from '../text/keys';
import type { Token } from '../text/tokens';
import type { Recognizer } from './context';

/** A capitalised token that could start a person's name (not a common word unless a given name). */
export function looksLikeNameStart(token: Token | undefined, lexicon: Lexicon): boolean {
  if (!token || token.kind !== 'word' || !token.upper) return false;
  const lower = token.key; // lower-cased with apostrophes folded, as the word lists are keyed
  if (lexicon.nonNames.has(lower)) return false;
  if (lexicon.givenNames.has(lower) || lexicon.surnames.has(lower)) return true;
  return !lexicon.commonWords.has(lower);
}

/** Capitalised words and the few lower-case ones inside offices ("Chief of the General Staff"). */
const OFFICE_LINKS = /^(of|the|and|for)$/;

/**
 * Tokens `first`..`last` lie inside a longer office that starts at or before them ("Attorney
 * General", "Chief of the General Staff", "Lt. Gov."), not merely in one as long ("Vice Admiral").
 */
function insideOffice(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  t: TitleTables,
): boolean {
  const sentence = tokens[first].sentence;
  for (let j = first; j >= 0 && j >= first - 6; j--) {
    const tj = tokens[j];
    if (tj.sentence !== sentence) break;
    if (j < first && tj.kind === 'word' && !tj.upper && !OFFICE_LINKS.test(tj.text)) break;
    if (tj.kind !== 'word' || !t.compoundStarts.has(tj.firstWord)) continue;
    const office = longestPhrase(text, tokens, j, t.compounds, 8);
    if (office && office.last > first && (j < first || office.last > last)) return true;
  }
  return false;
}

/** The branch of the forces the word (or two words) ending at token `k` names: "Navy", "Air Force". */
function branchEndingAt(
  text: string,
  tokens: readonly Token[],
  k: number,
  lexicon: Lexicon,
): string | undefined {
  // Two words first: "Aerospace Forces" is the air force, "Forces" alone the army.
  const before = tokens[k - 1];
  const two =
    before?.kind === 'word'
      ? lexicon.rankBranchWords.get(normalizeKey(text.slice(before.start, tokens[k].end)))
      : undefined;
  return two ?? lexicon.rankBranchWords.get(tokens[k].key);
}

/**
 * A lone rank word right after another capitalised word of its sentence heads an office
 * ("Chief Election Commissioner", "Rising Star Corps Commander"), unless that word names a branch
 * the rank is held in ("Navy Commander", "Army Major"), a country ("Kazakh Colonel"), a force's
 * acronym ("IDF Colonel"), or ends an office ("Chief of Army Staff General"), or is capitalised
 * only by the sentence ("Retired Major").
 */
function headsOffice(
  text: string,
  tokens: readonly Token[],
  first: number,
  rows: readonly RankRow[],
  lexicon: Lexicon,
  t: TitleTables,
): boolean {
  const prev = tokens[first - 1];
  if (!prev || prev.kind !== 'word' || !prev.upper || prev.sentence !== tokens[first].sentence) return false;
  const key = prev.key;
  if (prev.sentenceStart && lexicon.commonWords.has(key)) return false;
  if (lexicon.demonyms.has(key) || lexicon.countryNames.has(key)) return false;
  // A force's acronym ("IDF Colonel", "NYPD Officer") says whose rank it is, not which office.
  if (prev.text.length > 1 && prev.text === prev.text.toUpperCase()) return false;
  if (t.offices.has(key) || t.compoundEnds.has(key)) return false;
  const branch = branchEndingAt(text, tokens, first - 1, lexicon);
  return !(branch !== undefined && rows.some((r) => r.branch === branch || r.branch === 'any'));
}

export const recognizeRanks: Recognizer = (ctx) => {
  const { text, lexicon } = ctx;
  const { tokens } = ctx.tokenized;
  const { rankForms, titles } = derive(lexicon);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !t.upper) continue;
    const match = longestPhrase(text, tokens, i, rankForms);
    if (!match) continue;
    const words = tokens.slice(match.first, match.last).filter((x) => x.kind === 'word');
    const next = tokens[match.last];
    const beforeName = looksLikeNameStart(next, lexicon) && next.sentence === t.sentence;
    // Multi-word ranks ("Colonel General") and abbreviations ("Col.") are ranks by themselves;
    // a single full word ("General", "Major") needs a name after it.
    const abbreviated =
      tokens[match.last - 1].text === '.' ||
      words.some((w) => w.text.length <= 4 && /\./.test(text.slice(w.end, w.end + 1)));
    if (!beforeName && !(words.length > 1 || abbreviated)) continue;
    // Every word of a rank is capitalised when it is a title in running text ("Army General").
    if (!words.every((w) => w.upper || /^(of|the|and)$/i.test(w.text) || /^\d/.test(w.text))) continue;
    if (insideOffice(text, tokens, match.first, match.last, titles)) continue;
    // An abbreviation ("Col.") never heads an office; a full word may.
    if (
      words.length === 1 &&
      !abbreviated &&
      headsOffice(text, tokens, match.first, match.value, lexicon, titles)
    )
      continue;
    const row = match.value[0];
    // "Brig." where the table writes "Brig": an abbreviation's own full stop is part of it.
    let last = match.last;
    const stop = tokens[last];
    if (
      stop?.text === '.' &&
      stop.attached &&
      tokens[last - 1].kind === 'word' &&
      tokens[last - 1].text.length <= 4
    )
      last++;
    out.push(
      candidate({
        start: t.start,
        end: tokens[last - 1].end,
        type: 'rank',
        source: 'ranks',
        priority: PRIORITY.rank,
        key: row.name,
      }),
    );
    i = last - 1;
  }
  return out;
};
