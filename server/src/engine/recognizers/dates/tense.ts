// The tense around a date, read cheaply from the words of its sentence. News normalisers
// (HeidelTime, TimeML guidelines) move an incomplete date ("Nov. 7", "on Tuesday", "in March")
// into the past or the future by the tense of its clause; the nearest tense cue to the date is
// the best cheap stand-in for "its clause".
import type { Token, Tokenized } from '../../text/tokens';

export type Tense = 'past' | 'future' | 'none';

const FUTURE_WORDS = new Set([
  'will',
  'shall',
  "won't",
  'won’t',
  'upcoming',
  'scheduled',
  'expected',
  'expects',
  'plans',
  'intends',
  'would',
  'next',
  'forthcoming',
  'tomorrow',
  'coming',
  'should',
  'until',
  'till',
  // Scheduled events in the present simple ("the summit opens on Friday").
  'starts',
  'begins',
  'opens',
  'resumes',
  'convenes',
  'launches',
]);

// "is to", "set to", "due to": an arrangement for the future.
const FUTURE_BEFORE_TO = new Set([
  'is',
  'are',
  'set',
  'due',
  'going',
  'plans',
  'plan',
  'intends',
  'expected',
  'scheduled',
]);
// "has announced": the present perfect reports the present, not a past date.
const PERFECT = new Set(['has', 'have', "'ve", 'having']);
const MODALS = new Set(['will', 'shall', 'would', 'should', 'to', 'could', 'may', 'might', 'must']);
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', 'been', 'being', "'s", '’s']);

const PAST_WORDS = new Set([
  'was',
  'were',
  'had',
  'did',
  "didn't",
  'didn’t',
  "wasn't",
  'wasn’t',
  "weren't",
  'weren’t',
  'said',
  'told',
  'ago',
  'yesterday',
  'went',
  'came',
  'took',
  'made',
  'saw',
  'gave',
  'held',
  'met',
  'left',
  'began',
  'won',
  'lost',
  'rose',
  'fell',
  'sold',
  'bought',
  'paid',
  'spoke',
  'wrote',
  'found',
  'became',
  'brought',
  'thought',
  'got',
  'ran',
  'led',
  'struck',
  'grew',
  'flew',
  'chose',
  'knew',
  'sent',
  'spent',
  'built',
  'broke',
  'froze',
  'drew',
  'shot',
  'fought',
  'taught',
  'caught',
  'kept',
  'felt',
]);

// Words ending in -ed that are not past-tense verbs.
const NOT_PAST_ED = new Set([
  'need',
  'needed',
  'speed',
  'seed',
  'feed',
  'breed',
  'indeed',
  'hundred',
  'bed',
  'red',
  'shed',
  'proceed',
  'succeed',
  'exceed',
  'agreed',
  'based',
  'united',
  'limited',
  'related',
  'interested',
  'supposed',
  'used',
  'sacred',
  'naked',
  'wicked',
  'embed',
  'scheduled',
  'expected',
  'planned',
]);

/** FUTURE_WORDS and PAST_WORDS together. */
const CUE_WORDS = new Set([...FUTURE_WORDS, ...PAST_WORDS]);

function cueOf(tokens: Token[], i: number): Tense {
  const token = tokens[i];
  if (token.kind !== 'word') return 'none';
  // Token keys are the lower-cased text with curly apostrophes made straight; every word list
  // here that holds an apostrophe holds both spellings, so the key reads as the text would.
  const w = token.key;
  const prev = i > 0 ? tokens[i - 1].key : '';
  if (w === 'to') return FUTURE_BEFORE_TO.has(prev) ? 'future' : 'none';
  if (w === 'since') return 'past';
  // Most words are no cue: one look-up in both lists, and no "-ll"/"-ed" ending, say so.
  const listed = CUE_WORDS.has(w);
  if (!listed && !w.endsWith('ll') && !w.endsWith('ed')) return 'none';
  if (FUTURE_WORDS.has(w) || w.endsWith("'ll") || w.endsWith('’ll')) return 'future';
  const past = PAST_WORDS.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w));
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

/**
 * Tense of the sentence around [start, end): the cue nearest to the span wins. `cues` caches each
 * token's cue across calls on one block.
 */
export function tenseAt(
  tokenized: Tokenized,
  start: number,
  end: number,
  cues: (Tense | undefined)[],
): Tense {
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
    let cue = cues[i];
    if (cue === undefined) cue = cues[i] = cueOf(tokens, i);
    if (cue === 'none') continue;
    const distance = t.end <= start ? start - t.end : t.start - end;
    if (distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  }
  return best;
}
