// The block cache: recognised blocks (paragraphs) kept by their text, so re-analysing an edited
// document recognises only the blocks that changed. A cached block's candidates stay where the
// block was first recognised, and are shared between analyses: after an edit every block below it
// moves, and moving its candidates would copy them all on every keystroke. So each block of a
// document has a shift, and the view handed to the document stages (DocumentItems) reads every
// item at its place in this document: no later stage sees a shift.
import { placedAt, type BlockResult, type Candidate, type LooseWord } from '../model/candidate';
import { resolveOverlaps } from '../model/overlaps';
import { splitBlocks, type Block } from '../text/blocks';
import { ownCopy } from './memo';

/** How many recognised blocks an analyzer remembers (a block is a paragraph). */
export const BLOCK_CACHE_SIZE = 20000;

/**
 * A recognised block as the cache keeps it: its candidates and loose words placed at `offset` in
 * the document where it was first recognised. Nothing downstream (overlap resolution, linking)
 * may change these shared objects.
 */
interface PlacedBlock {
  /** The block's text, as the cache's key: a copy of its own, not a view of some document. */
  key: string;
  /** The article date it was recognised with ('' for none): relative dates depend on it. */
  date: string;
  offset: number;
  candidates: Candidate[];
  loose: LooseWord[];
  /** Its index among the blocks of the analysis numbered `analysis` (the last that used it). */
  index: number;
  analysis: number;
  /** Recognised for an edit of a document (see `release`), not when a document was first read. */
  edited: boolean;
}

/** A document's blocks in order, each with the shift that moves it to its place in the document. */
export interface DocumentBlocks {
  readonly blocks: readonly PlacedBlock[];
  readonly shifts: readonly number[];
  /** How many of them were recognised now rather than taken from the cache. */
  readonly recognized: number;
}

/**
 * An analysis stopped between two blocks (its caller asked to stop): where it was, so that the
 * next analysis of the same text goes on from there rather than reading every block again.
 */
interface Interrupted {
  text: string;
  date: string;
  blocks: readonly Block[];
  /** The next block to take, and the next expected among the last analysis's blocks. */
  next: number;
  expected: number;
  used: PlacedBlock[];
  shifts: number[];
  recognized: number;
  /** How many of the last analysis's blocks this one has taken so far. */
  kept: number;
  /** The blocks it recognised. */
  fresh: PlacedBlock[];
  analysis: number;
}

export class BlockCache {
  /** Recognised blocks by their text, in the order of last use (the map serves as an LRU list). */
  private readonly blocks = new Map<string, PlacedBlock>();
  /** The blocks of the last analysis, in document order; and how many analyses there were. */
  private lastBlocks: PlacedBlock[] = [];
  private analyses = 0;
  private interrupted: Interrupted | undefined;

  /**
   * The blocks of `text`, each taken from the cache when it was recognised with the same article
   * date, else recognised by `recognize` (block-local offsets) and kept. `isCancelled` is asked
   * before each block to recognise: when it says yes, the blocks stop there and undefined is
   * returned; a later call for the same text and date goes on where this one stopped.
   */
  blocksOf(
    text: string,
    articleDate: string | undefined,
    recognize: (block: string) => BlockResult,
  ): DocumentBlocks;
  blocksOf(
    text: string,
    articleDate: string | undefined,
    recognize: (block: string) => BlockResult,
    isCancelled: (() => boolean) | undefined,
  ): DocumentBlocks | undefined;
  blocksOf(
    text: string,
    articleDate: string | undefined,
    recognize: (block: string) => BlockResult,
    isCancelled?: () => boolean,
  ): DocumentBlocks | undefined {
    const date = articleDate ?? '';
    const previous = this.lastBlocks;
    let state = this.interrupted;
    this.interrupted = undefined;
    if (state === undefined || state.text !== text || state.date !== date) {
      state = {
        text,
        date,
        blocks: splitBlocks(text),
        next: 0,
        expected: 0,
        used: [],
        shifts: [],
        recognized: 0,
        kept: 0,
        fresh: [],
        analysis: ++this.analyses,
      };
    }
    const { blocks, used, shifts, analysis } = state;
    let kept = state.kept;
    // Where the next block is expected among the last analysis's blocks. An edit leaves most
    // blocks as they were, in the same order: comparing a block with the expected one costs a
    // string comparison, where the cache look-up would hash the whole block first.
    let expected = state.expected;
    for (let b = state.next; b < blocks.length; b++) {
      const block = blocks[b];
      let placed: PlacedBlock | undefined = previous[expected];
      if (placed === undefined || placed.key !== block.text) {
        placed = this.blocks.get(block.text);
        // Found elsewhere (a paragraph added or removed above): expect the blocks after it next.
        if (placed !== undefined && placed.analysis === analysis - 1) expected = placed.index;
      }
      if (placed === undefined || placed.date !== date) {
        if (isCancelled?.()) {
          Object.assign(state, { next: b, expected, kept });
          this.interrupted = state;
          return undefined;
        }
        placed = this.recognizeAndKeep(block, date, recognize);
        state.recognized++;
        state.fresh.push(placed);
      } else {
        // Refresh its place in the insertion-ordered map, which serves as an LRU list.
        this.blocks.delete(placed.key);
        this.blocks.set(placed.key, placed);
        // A block of the last analysis may have left the cache since (a document larger than it).
        if (this.blocks.size > BLOCK_CACHE_SIZE)
          this.blocks.delete(this.blocks.keys().next().value as string);
      }
      expected++;
      if (placed.analysis === analysis - 1) kept++;
      placed.index = used.length;
      placed.analysis = analysis;
      used.push(placed);
      // A block that moved (an edit above it) or whose text appears twice is not copied: the view
      // reads each of its items moved by the shift.
      shifts.push(block.start - placed.offset);
    }
    // Most blocks of the last analysis kept: this is that document, edited.
    if (kept * 2 >= previous.length && previous.length > 0) {
      this.dropReplaced(previous, analysis);
      for (const placed of state.fresh) placed.edited = true;
    }
    this.lastBlocks = used;
    return { blocks: used, shifts, recognized: state.recognized };
  }

  /**
   * After an edit (this analysis kept most blocks of the last one: the same document), the last
   * analysis's blocks it no longer has were replaced (a paragraph typed in, one character at a
   * time) and are dropped, else every keystroke would leave a version of its paragraph in the
   * cache until the cache is full. Undoing an edit then recognises its paragraph again. Blocks of
   * another document analysed in between (none kept) stay.
   */
  private dropReplaced(previous: readonly PlacedBlock[], analysis: number): void {
    for (const p of previous)
      if (p.analysis !== analysis && this.blocks.get(p.key) === p) this.blocks.delete(p.key);
  }

  /** Recognises a block and keeps it, as the cache's newest. */
  private recognizeAndKeep(
    block: Block,
    date: string,
    recognize: (block: string) => BlockResult,
  ): PlacedBlock {
    // Recognise a copy of the block's text: the cache key and the strings recognizers cut from
    // it then hold that copy, not the whole document it was cut from.
    const own = ownCopy(block.text);
    // Freshly recognised objects are the cache's own: move them in place.
    const found = recognize(own);
    for (const c of found.candidates) {
      c.start += block.start;
      c.end += block.start;
    }
    for (const w of found.loose) {
      w.start += block.start;
      w.end += block.start;
    }
    const placed: PlacedBlock = {
      key: own,
      date,
      offset: block.start,
      candidates: found.candidates,
      loose: found.loose,
      index: 0,
      analysis: 0,
      edited: false,
    };
    this.blocks.delete(own);
    if (this.blocks.size >= BLOCK_CACHE_SIZE) this.blocks.delete(this.blocks.keys().next().value as string);
    this.blocks.set(own, placed);
    return placed;
  }

  /**
   * Forgets the blocks of `text` (a document being closed) that were recognised for edits of it.
   * Those it was opened with stay, so opening it again is quick; the versions its edits made
   * would stay until the cache is full, one more for every document edited and closed.
   */
  release(text: string): void {
    for (const block of splitBlocks(text)) {
      const placed = this.blocks.get(block.text);
      if (placed?.edited) this.blocks.delete(block.text);
    }
  }

  /** How many recognised blocks are kept. */
  get size(): number {
    return this.blocks.size;
  }

  /** Forgets every block (they were recognised with a lexicon that changed). */
  clear(): void {
    this.blocks.clear();
    this.lastBlocks = [];
    this.interrupted = undefined;
  }
}

/** True when `x` at `xs` (start) and `xe` (end) comes before `y` at `ys`, `ye`: by start, the longer first. */
function before(xs: number, xe: number, ys: number, ye: number): boolean {
  return xs < ys || (xs === ys && xe > ye);
}

/**
 * The capitalised words no candidate took, in document order, each read at its place in the
 * document. The words themselves are shared with the cache: their own offsets are not read.
 */
export class LooseWords {
  readonly length: number;
  constructor(
    private readonly words: readonly LooseWord[],
    private readonly shifts: readonly number[],
  ) {
    this.length = words.length;
  }
  start(i: number): number {
    return this.words[i].start + this.shifts[i];
  }
  end(i: number): number {
    return this.words[i].end + this.shifts[i];
  }
  text(i: number): string {
    return this.words[i].text;
  }
  /** normalizeKey(text(i)). */
  key(i: number): string {
    return this.words[i].key;
  }
}

/**
 * The document's candidates (without overlaps, by start) and its loose words, each read at its
 * place in the document. `candidate(i)` is the cache's own object, shared between analyses: its
 * fields other than the offsets are the candidate's, its offsets are read with start(i), end(i).
 */
export class DocumentItems {
  readonly length: number;
  readonly loose: LooseWords;
  constructor(
    private readonly candidates: readonly Candidate[],
    private readonly shifts: readonly number[],
    loose: LooseWords,
  ) {
    this.length = candidates.length;
    this.loose = loose;
  }
  candidate(i: number): Readonly<Candidate> {
    return this.candidates[i];
  }
  start(i: number): number {
    return this.candidates[i].start + this.shifts[i];
  }
  end(i: number): number {
    return this.candidates[i].end + this.shifts[i];
  }
  /** The candidate's text, cut once when its block (or the metadata) was recognised. */
  surface(i: number): string {
    return this.candidates[i].surface as string;
  }
  /** normalizeKey(surface(i)), made with it. */
  key(i: number): string {
    return this.candidates[i].surfaceKey as string;
  }

  /**
   * The candidates `keep` keeps (the same candidate, a retyped copy, or none), merged with the
   * `added` ones (in document offsets, in order), in document order: by start, the longer of two
   * at one start first, a kept candidate before an added one on a tie. That is what a stable sort
   * of both lists, one after the other, gives; merging them as they are read needs neither the
   * sort nor a copy of the document's candidates on every edit.
   */
  inOrder(
    added: readonly Candidate[],
    keep: (i: number) => Readonly<Candidate> | undefined,
  ): InDocumentOrder {
    return new InDocumentOrder(this, added, keep);
  }
}

/** A reader of DocumentItems.inOrder: next() moves to the next candidate, read from its fields. */
export class InDocumentOrder {
  /** The current candidate and where it is in the document, after next() returned true. */
  candidate: Readonly<Candidate> | undefined;
  start = 0;
  end = 0;
  private readonly items: DocumentItems;
  private readonly added: readonly Candidate[];
  private readonly keep: (i: number) => Readonly<Candidate> | undefined;
  private i = 0;
  private j = 0;
  private pending: Readonly<Candidate> | undefined;
  private pendingStart = 0;
  private pendingEnd = 0;

  constructor(
    items: DocumentItems,
    added: readonly Candidate[],
    keep: (i: number) => Readonly<Candidate> | undefined,
  ) {
    // Both lists are in order (overlap resolution and blocks give them so); should one not be,
    // the kept candidates are copied into place, and both are sorted into one list.
    let ordered = true;
    for (let i = 1; ordered && i < items.length; i++)
      if (before(items.start(i), items.end(i), items.start(i - 1), items.end(i - 1))) ordered = false;
    for (let j = 1; ordered && j < added.length; j++)
      if (before(added[j].start, added[j].end, added[j - 1].start, added[j - 1].end)) ordered = false;
    if (ordered) {
      this.items = items;
      this.added = added;
      this.keep = keep;
    } else {
      const kept: Candidate[] = [];
      for (let i = 0; i < items.length; i++) {
        const c = keep(i);
        if (c) kept.push(placedAt(c, items.start(i), items.end(i)));
      }
      const all = [...kept, ...added].sort((x, y) => x.start - y.start || y.end - x.end);
      const none: number[] = all.map(() => 0);
      this.items = new DocumentItems(all, none, items.loose);
      this.added = [];
      this.keep = (i) => all[i];
    }
    this.pull();
  }

  /** Reads on to the next candidate kept. */
  private pull(): void {
    this.pending = undefined;
    const items = this.items;
    while (this.i < items.length) {
      const i = this.i++;
      const c = this.keep(i);
      if (c) {
        this.pending = c;
        this.pendingStart = items.start(i);
        this.pendingEnd = items.end(i);
        return;
      }
    }
  }

  next(): boolean {
    const added = this.added;
    if (this.j < added.length) {
      const a = added[this.j];
      if (this.pending === undefined || before(a.start, a.end, this.pendingStart, this.pendingEnd)) {
        this.candidate = a;
        this.start = a.start;
        this.end = a.end;
        this.j++;
        return true;
      }
    }
    if (this.pending === undefined) return false;
    this.candidate = this.pending;
    this.start = this.pendingStart;
    this.end = this.pendingEnd;
    this.pull();
    return true;
  }
}

/**
 * The document's items from its blocks, with the article's metadata (header date, dateline),
 * found over the whole text, settled with the blocks' candidates. Block candidates never overlap
 * one another, so only those starting before the metadata's end can be in a conflict, and only
 * they are settled again with the metadata. That gives exactly what settling the whole document
 * would, without sorting it on every edit. `metadata` are full-shape candidates with their text
 * and key (as recognizeBlock makes a block's).
 */
export function documentItems(document: DocumentBlocks, metadata: readonly Candidate[]): DocumentItems {
  const { blocks, shifts: blockShifts } = document;
  let settled: Candidate[] = [];
  let skip = 0; // block candidates settled with the metadata
  let metaEnd = 0;
  for (const c of metadata) metaEnd = Math.max(metaEnd, c.end);
  if (metadata.length > 0) {
    const head: Candidate[] = [...metadata];
    reach: for (let b = 0; b < blocks.length; b++) {
      const by = blockShifts[b];
      for (const c of blocks[b].candidates) {
        if (c.start + by >= metaEnd) break reach;
        // A copy in document offsets: the cache's candidate stays as it is.
        head.push(placedAt(c, c.start + by, c.end + by));
        skip++;
      }
    }
    settled = resolveOverlaps(head);
  }
  let candidateCount = settled.length - skip;
  let looseCount = 0;
  for (const block of blocks) {
    candidateCount += block.candidates.length;
    looseCount += block.loose.length;
  }
  // Arrays of the final size, filled in order: these hold every mention-to-be of the document.
  const candidates = new Array<Candidate>(candidateCount);
  const shifts = new Array<number>(candidateCount);
  const loose = new Array<LooseWord>(looseCount);
  const looseShifts = new Array<number>(looseCount);
  let k = 0;
  for (const c of settled) {
    candidates[k] = c;
    shifts[k++] = 0;
  }
  let w = 0;
  for (let b = 0; b < blocks.length; b++) {
    const by = blockShifts[b];
    const block = blocks[b];
    for (const c of block.candidates) {
      if (skip > 0) {
        skip--;
        continue;
      }
      candidates[k] = c;
      shifts[k++] = by;
    }
    for (const word of block.loose) {
      // A word the metadata took ("GOLF" read as a dateline) is no loose word: linking would mark it twice.
      if (
        word.start + by < metaEnd &&
        metadata.some((c) => c.start < word.end + by && word.start + by < c.end)
      )
        continue;
      loose[w] = word;
      looseShifts[w++] = by;
    }
  }
  loose.length = w;
  looseShifts.length = w;
  return new DocumentItems(candidates, shifts, new LooseWords(loose, looseShifts));
}
