// Where a name the gazetteers know (a country, place or organization) ends, for the cut rules that
// keep a known name whole or set a place apart from the name after it.
import { derive } from '../../../data/derived';
import { longestPhrase } from '../../../text/phrases';
import { blockQuestion, type BlockContext } from '../../context';

// Asked about the same token several times (a sentence's first word, then each cut of its run):
// the block's memo keeps the answers.
const KNOWN_PHRASE_END = blockQuestion(
  'where the longest known name starting at a token ends',
  (ctx, i: number) => {
    const m = longestPhrase(ctx.text, ctx.tokenized.tokens, i, derive(ctx.lexicon).knownNames);
    return m ? m.last : i;
  },
);

/** End (token index, exclusive) of the longest country, place or organization name starting at `i`, or `i`. */
export function knownPhraseEnd(ctx: BlockContext, i: number): number {
  return ctx.memo(KNOWN_PHRASE_END, i, i);
}
