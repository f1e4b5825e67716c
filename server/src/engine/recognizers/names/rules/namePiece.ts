// A piece of a name run as the name rules see it: its span and look-up key, and the facts several
// rules ask about (its words, the place or organization it names, the cues around it). A fact is
// worked out when a rule first asks for it: most pieces are decided by one of the first rules.
import type { Candidate } from '../../../model/candidate';
import type { OrganizationRow } from '../../../data/lexicon';
import type { Token } from '../../../text/tokens';
import type { BlockContext } from '../../context';
import { pieceKey, surface, type Piece } from '../pieces';
import { PLACE_PREPOSITIONS, placeByKey, placeHeadKind, type PlaceHit } from '../places';
import { SPEECH_VERBS, honorificBefore, isSurnameKey } from '../people';

/**
 * Written in capitals throughout ("NATO", "TUSAŞ"), at least two letters. The second character
 * decides most words without upper-casing the whole word.
 */
export function isAllCaps(t: Token): boolean {
  const w = t.text;
  if (w.length < 2 || !t.upper) return false;
  const second = w[1];
  if (second !== second.toUpperCase()) return false;
  return w === w.toUpperCase() && w !== t.key;
}

/** Roman numerals ("XVII") are numbers, not acronyms. */
export const ROMAN = /^[IVXLCDM]+$/;

/** The rank or title that ends right before token `i`, across at most a comma ("Minister, Colonel General X"). */
function cueBefore(
  ctx: BlockContext,
  cues: ReadonlyMap<number, Candidate>,
  i: number,
): Candidate | undefined {
  if (cues.size === 0) return undefined; // most blocks have no rank or title before a name
  const start = ctx.tokenized.tokens[i].start;
  for (let back = 0; back <= 3 && start - back >= 0; back++) {
    const c = cues.get(start - back);
    if (c) return /^[\s,]*$/.test(ctx.text.slice(c.end, start)) ? c : undefined;
  }
  return undefined;
}

export class NamePiece implements Piece {
  /** Offsets of the piece in the block. */
  readonly start: number;
  readonly end: number;
  /** normalizeKey of its text. */
  readonly key: string;
  /** The block's tokens. */
  readonly tokens: readonly Token[];
  /** The token right before the piece, if any. */
  readonly prev: Token | undefined;
  /** The organization the gazetteer knows by this name. */
  readonly org: OrganizationRow | undefined;
  /** The place the gazetteers know by this name (a country, city, region, site or continent). */
  readonly place: PlaceHit | undefined;
  private textMemo: string | undefined;
  private wordsMemo: Token[] | undefined;
  private allCapsMemo: boolean | undefined;
  private placeHeadMemo: 'site' | 'region' | 'none' | undefined;
  private personCueMemo: boolean | undefined;
  private saidAfterMemo: boolean | undefined;

  constructor(
    private readonly ctx: BlockContext,
    readonly first: number,
    /** Token index after the piece. */
    readonly last: number,
    /** Ranks and titles of the block by their end offset. */
    private readonly cues: ReadonlyMap<number, Candidate>,
  ) {
    const tokens = ctx.tokenized.tokens;
    this.tokens = tokens;
    this.start = tokens[first].start;
    this.end = tokens[last - 1].end;
    this.key = pieceKey(ctx, this);
    this.prev = tokens[first - 1];
    this.org = ctx.lexicon.organizations.get(this.key);
    this.place = placeByKey(this.key, ctx.lexicon);
  }

  /** Its text as written. */
  get text(): string {
    return (this.textMemo ??= surface(this.ctx, this));
  }

  /** Its word tokens (no marks, no joining punctuation). */
  get words(): readonly Token[] {
    return (this.wordsMemo ??= this.tokens.slice(this.first, this.last).filter((t) => t.kind === 'word'));
  }

  /** It names a place where it stands: a name that is also a word counts after "in", "from", …. */
  get placeHere(): boolean {
    const place = this.place;
    return (
      place !== undefined && !(place.ambiguous && !(this.prev && PLACE_PREPOSITIONS.has(this.prev.text)))
    );
  }

  /** The kind of place its head words make it ("Kennedy Space Center", "Hong Kong Island"). */
  get placeHead(): 'site' | 'region' | undefined {
    this.placeHeadMemo ??= placeHeadKind(this.words, this.ctx.lexicon) ?? 'none';
    return this.placeHeadMemo === 'none' ? undefined : this.placeHeadMemo;
  }

  /** Every word in capitals ("NATO", "BBC News" is not). */
  get allCaps(): boolean {
    return (this.allCapsMemo ??= this.words.every(isAllCaps));
  }

  /** The first word is a known given name. */
  get given(): boolean {
    return this.ctx.lexicon.givenNames.has(this.words[0].key);
  }

  /** The last word is a surname, known or by its shape. */
  get surnameLike(): boolean {
    const words = this.words;
    const last = words[words.length - 1];
    return isSurnameKey(last.text, last.key, this.ctx.lexicon);
  }

  /** A rank, a title or an honorific stands right before it ("Colonel General X", "Mr. X"). */
  get personCue(): boolean {
    return (this.personCueMemo ??=
      cueBefore(this.ctx, this.cues, this.first) !== undefined ||
      honorificBefore(this.ctx.text, this.tokens, this.first, this.ctx.lexicon));
  }

  /** "said Mauer", "Mauer said", "according to Basya": reported speech has a person as its source. */
  get saidAfter(): boolean {
    if (this.saidAfterMemo !== undefined) return this.saidAfterMemo;
    const next = this.tokens[this.last];
    const prev = this.prev;
    return (this.saidAfterMemo =
      (next !== undefined && SPEECH_VERBS.has(next.text)) ||
      (prev !== undefined && SPEECH_VERBS.has(prev.text)) ||
      (prev?.text === 'to' && this.tokens[this.first - 2]?.key === 'according'));
  }
}
