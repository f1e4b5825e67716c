// Date recognizer: finds calendar dates, months, years, decades, quarters, seasons, weekdays and
// relative expressions ("last week") in one block and gives each a TimeML value counted from the
// article date. Incomplete dates ("Nov. 7", "in March", "on Tuesday") are placed by the tense of
// their sentence, as news normalisers do. Without an article date nothing relative gets a value.
//
// Vague words ("now", "recently", "currently") are not marked: TimeML gives them PRESENT_REF or
// PAST_REF, but to an editor they are not dates, and the development data marks them in one
// corpus only. Vague periods named as such ("the past few years", "recent years", "in the
// future", "over the long term") are marked, with TimeML's PAST_REF or FUTURE_REF.
//
// Each rule is one regular expression over the block text (fast: no per-token work) plus a
// function that reads its groups; overlapping hits are settled by length, longest first.
import { PRIORITY, candidate, type Candidate } from '../../model/candidate';
import { isInlineSpace } from '../../text/tokens';
import { parseIso } from '../../calendar/values';
import { Reading, asciiLower, forEachMatch, type Hit, type Rule } from './reading';
import { CALENDAR_RULES } from './calendarRules';
import { RELATIVE_RULES } from './relativeRules';
import { resolveAnaphora } from './anchoring';
import type { Recognizer } from '../context';

/**
 * Widens a hit over a modifier written before it that TimeML keeps in the date's extent:
 * "early June", "mid-2011", "the end of this year", "the beginning of the year". Prepositions
 * stay outside ("early in 2016" marks "2016"), as in the TimeML guidelines.
 */
function withLeadingModifier(text: string, h: Hit): Hit {
  // Every modifier ends in white space or a hyphen right before the date: most dates have neither
  // there (a digit, a bracket, the start of the text), and the pattern below is costly to try.
  const before = text.charCodeAt(h.start - 1);
  if (before !== 0x2d && !(before >= 0 && isInlineSpace(before))) return h;
  const lead = text.slice(Math.max(0, h.start - 40), h.start);
  const m =
    /(?<![\p{L}])(?:(?:the[^\S\r\n]+)?(?:very[^\S\r\n]+)?(?:end|start|beginning|middle)[^\S\r\n]+of[^\S\r\n]+|(?:early|mid|late)(?:-|[^\S\r\n]+))$/iu.exec(
      lead,
    );
  if (!m || /^(?:early|mid|late)\b/i.test(text.slice(h.start, h.end))) return h;
  return { ...h, start: h.start - m[0].length };
}

/** Every rule, calendar expressions first. */
export const RULES: Rule[] = [...CALENDAR_RULES, ...RELATIVE_RULES];

/**
 * Compiles every rule's patterns now: a pattern is compiled on its first use, and the date rules'
 * Unicode patterns took a quarter of the first article's time. Each runs once on empty text.
 */
export function prepareDateRules(): void {
  for (const rule of RULES) {
    const speed = rule.speed ?? {};
    for (const re of [rule.re, speed.key, speed.need, speed.anchor]) {
      if (!re) continue;
      re.lastIndex = 0;
      re.exec('');
      re.lastIndex = 0;
    }
  }
}

/** Finds the dates of one block. */
export const recognizeDates: Recognizer = (ctx): Candidate[] => {
  const anchor = parseIso(ctx.articleDate);
  const r = new Reading(ctx, anchor);
  const hits: Hit[] = [];
  const lowered = asciiLower(ctx.text);
  for (const rule of RULES) {
    const speed = rule.speed;
    const text = speed?.lower ? lowered : ctx.text;
    // A rule with an anchor needs no key test: the anchor's own search finds nothing just as fast
    // when the key is missing, and when it is there the key test would only be a second scan.
    if (speed?.key && !speed.anchor && !speed.key.test(lowered)) continue;
    if (speed?.need && !speed.need.test(ctx.text)) continue;
    forEachMatch(rule, text, (m) => {
      const h = rule.read(m, r);
      if (h && h.end > h.start) hits.push(withLeadingModifier(ctx.text, h));
    });
  }
  // Longest first; an overlapping shorter hit is a part of a longer date ("7" in "Nov. 7, 2023").
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of hits) {
    if (kept.some((k) => k.start < h.end && h.start < k.end)) continue;
    kept.push(h);
  }
  kept.sort((a, b) => a.start - b.start);
  resolveAnaphora(kept, anchor);
  return kept.map((h) =>
    candidate({
      start: h.start,
      end: h.end,
      type: 'date',
      source: 'dates',
      priority: PRIORITY.date,
      value: h.value,
      resolution: h.resolution,
      rangeEnd: h.rangeEnd,
    }),
  );
};
