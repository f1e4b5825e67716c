// Where a name the gazetteers know (a country, place or organization) ends, for the cut rules that
// keep a known name whole or set a place apart from the name after it.
import type { Lexicon } from '../../../data/lexicon';
import { perLexicon } from '../../../cache/memo';
import { longestPhrase, preparePhraseTable } from '../../../text/phrases';
import { blockQuestion, type BlockContext } from '../../context';

// The country, place and organization tables as one: the longest key of the three that starts at
// a token is the longest key of their union, found with one search instead of three.
const knownNames = perLexicon(
  (lexicon) => lexicon.places,
  (lexicon) => {
    const union = new Map<string, true>();
    for (const table of [lexicon.countryNames, lexicon.places, lexicon.organizations] as ReadonlyMap<
      string,
      unknown
    >[])
      for (const key of table.keys()) union.set(key, true);
    return union;
  },
);

/** Builds the union and its phrase index now (see prepare.ts). */
export function prepareKnownNames(lexicon: Lexicon): void {
  preparePhraseTable(knownNames(lexicon));
}

// Asked about the same token several times (a sentence's first word, then each cut of its run):
// the block's memo keeps the answers.
const KNOWN_PHRASE_END = blockQuestion(
  'where the longest known name starting at a token ends',
  (ctx, i: number) => {
    const m = longestPhrase(ctx.text, ctx.tokenized.tokens, i, knownNames(ctx.lexicon));
    return m ? m.last : i;
  },
);

/** End (token index, exclusive) of the longest country, place or organization name starting at `i`, or `i`. */
export function knownPhraseEnd(ctx: BlockContext, i: number): number {
  return ctx.memo(KNOWN_PHRASE_END, i, i);
}
