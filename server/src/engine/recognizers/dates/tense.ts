// The tense around a date, read cheaply from the words of its sentence. News normalisers
// (HeidelTime, TimeML guidelines) move an incomplete date ("Nov. 7", "on Tuesday", "in March")
// into the past or the future by the tense of its clause; the nearest tense cue to the date is
// the best cheap stand-in for "its clause".
import type { Token, Tokenized } from '../../text/tokens';
import type { DateCues, Lexicon } from '../../data/lexicon';
import { derive } from '../../data/derived';
import { MODALS, PERFECT, PRESENT_AUXILIARIES } from '../../text/grammarWords';

export type Tense = 'past' | 'future' | 'none';

/** The tense cue of token `i`; `anyCue` holds the future and past words of `cues` in one set. */
function cueOf(tokens: Token[], i: number, cues: DateCues, anyCue: ReadonlySet<string>): Tense {
  const token = tokens[i];
  if (token.kind !== 'word') return 'none';
  // Token keys are the lower-cased text with curly apostrophes made straight, and so are the
  // words of the lists: a key reads as the text would, however its apostrophe was typed.
  const w = token.key;
  const prev = i > 0 ? tokens[i - 1].key : '';
  if (w === 'to') return cues.futureBeforeTo.has(prev) ? 'future' : 'none';
  if (w === 'since') return 'past';
  // Most words are no cue: one look-up in both lists, and no "-ll"/"-ed" ending, say so.
  const listed = anyCue.has(w);
  if (!listed && !w.endsWith('ll') && !w.endsWith('ed')) return 'none';
  if (cues.future.has(w) || w.endsWith("'ll") || w.endsWith('’ll')) return 'future';
  const past = cues.past.has(w) || (w.length > 4 && w.endsWith('ed') && !cues.notPastEd.has(w));
  if (!past) return 'none';
  if (PERFECT.has(prev)) return 'none';
  // A passive takes its tense from its auxiliary: "will be held" is future, "is held" present.
  if (prev === 'be') {
    const aux = i > 1 ? tokens[i - 2].key : '';
    return MODALS.has(aux) || aux.endsWith("'ll") || aux.endsWith('’ll') ? 'future' : 'none';
  }
  if (PRESENT_AUXILIARIES.has(prev)) return 'none';
  return 'past';
}

/** Tense of the sentence around [start, end): the cue nearest to the span wins. */
export function tenseAt(tokenized: Tokenized, start: number, end: number, lexicon: Lexicon): Tense {
  const cues = lexicon.dateCues;
  const anyCue = derive(lexicon).tenseCues;
  const { tokens, sentences } = tokenized;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= start) lo = mid;
    else hi = mid - 1;
  }
  const sentence = sentences[lo];
  if (sentence === undefined) return 'none';
  let best: Tense = 'none';
  let bestDistance = Infinity;
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = tokens[i];
    if (t.start >= start && t.end <= end) continue; // the date's own words ("next", "last")
    const cue = cueOf(tokens, i, cues, anyCue);
    if (cue === 'none') continue;
    const distance = t.end <= start ? start - t.end : t.start - end;
    if (distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  }
  return best;
}
