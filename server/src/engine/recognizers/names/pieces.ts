// Pieces of a name run (token ranges of a block) and what several name rules ask about the same
// piece: its look-up key and whether it has the shape of an organization's name. Both answers
// are kept in the block's memo.
import { isOrgHeadKey } from './organizations';
import { placeByKey } from './places';
import { blockQuestion, type BlockContext } from '../context';
import { normalizeKey } from '../../text/keys';
import { derive } from '../../data/derived';

export interface Piece {
  first: number;
  last: number;
}

/** The piece's text as written. */
export function surface(ctx: BlockContext, p: Piece): string {
  const { tokens } = ctx.tokenized;
  return ctx.text.slice(tokens[p.first].start, tokens[p.last - 1].end);
}

/** A piece's token range as one number, its key in the block's memo. */
function pieceId(p: Piece): number {
  return p.first * 65536 + p.last;
}

const LONG_PIECE_KEY = blockQuestion('the look-up key of a piece', (ctx, p: Piece) =>
  normalizeKey(surface(ctx, p)),
);

/** normalizeKey(surface(ctx, p)), made once per block and piece. One token's key is the token's own. */
export function pieceKey(ctx: BlockContext, p: Piece): string {
  return p.last === p.first + 1 ? ctx.tokenized.tokens[p.first].key : ctx.memo(LONG_PIECE_KEY, pieceId(p), p);
}

const ORG_SHAPED = blockQuestion('has a piece the shape of an organization name', computeOrgShaped);

/** Does the piece have the shape of an organization's name? */
export function orgShaped(ctx: BlockContext, p: Piece): boolean {
  return ctx.memo(ORG_SHAPED, pieceId(p), p);
}

function computeOrgShaped(ctx: BlockContext, p: Piece): boolean {
  const { tokens } = ctx.tokenized;
  const words = tokens.slice(p.first, p.last).filter((t) => t.kind === 'word');
  if (words.length === 0) return false;
  if (isOrgHeadKey(words[words.length - 1].key, ctx.lexicon)) return true;
  // "Banque Morel", "Grupo Bimbo": a head that opens a name in its own language.
  if (words.length > 1 && derive(ctx.lexicon).org.headsFirst.has(words[0].key)) return true;
  if (
    words.length > 1 &&
    isOrgHeadKey(words[0].key, ctx.lexicon) &&
    (words[1].text === 'of' || words[1].text === 'for' || words[1].text === 'on')
  )
    return true;
  // "Ministry of Defense": head first, then "of" (the "of" is a connector token inside the piece).
  for (let i = p.first; i < p.last - 1; i++) {
    const t = tokens[i + 1].text;
    if ((t === 'of' || t === 'for') && isOrgHeadKey(tokens[i].key, ctx.lexicon)) return true;
  }
  // "U.S. Army Europe": a head followed only by place names.
  for (let i = 0; i < words.length - 1; i++) {
    if (
      isOrgHeadKey(words[i].key, ctx.lexicon) &&
      words.slice(i + 1).every((w) => placeByKey(w.key, ctx.lexicon))
    )
      return true;
  }
  return false;
}
