// Name recognizer: finds capitalised runs (runs.ts), cuts them where one name ends and the next
// begins (cuts.ts), and classifies each piece as a person, organization, place or nationality by
// the first of NAME_RULES (rules/) with a verdict. Precedence is written down in README.md.
import { PRIORITY, candidate, type Candidate } from '../../model/candidate';
import { findRuns } from './runs';
import { cutIntoNames, type CutRuleObserver } from './cuts';
import type { Piece } from './pieces';
import { classifyPiece, type NameRuleObserver } from './rules';
import { coveredTokens, type BlockContext, type Recognizer } from '../context';

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

/**
 * The names of a block: its runs cut into pieces, each piece classified by NAME_RULES, then the
 * types lists and acronyms give. `observe` is told which rule cut each stretch of a run and
 * which decided each piece.
 */
export function findNames(
  ctx: BlockContext,
  found: readonly Candidate[],
  observe?: { cut?: CutRuleObserver; name?: NameRuleObserver },
): Candidate[] {
  const { tokens } = ctx.tokenized;
  const blocked = coveredTokens(tokens, found);
  const pieces: Piece[] = [];
  const nationalities: Piece[] = [];
  for (const run of findRuns(tokens, blocked, ctx.tokenized.sentences))
    cutIntoNames(ctx, run.first, run.last, pieces, nationalities, observe?.cut);
  const cues = new Map<number, Candidate>();
  for (const c of found) if (c.type === 'rank' || c.type === 'title') cues.set(c.end, c);
  const out: Candidate[] = [];
  for (const p of pieces) {
    const c = classifyPiece(ctx, p, cues, observe?.name);
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
}

export const recognizeNames: Recognizer = (ctx, found) => findNames(ctx, found);
