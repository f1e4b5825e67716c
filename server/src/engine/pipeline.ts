// The engine's entry point: text in, an Analysis out. Blocks (paragraphs) are recognised
// independently and cached by their text, so re-analysing an edited document only recognises
// the blocks that changed; linking mentions into entities is redone over the whole document,
// reading the cached blocks' candidates where they are (moved by a shift, never copied).
import type { Analysis, AnalyzeOptions, Problem } from './model/types';
import { withSurface, type BlockResult, type Candidate, type LooseWord } from './model/candidate';
import { splitBlocks } from './text/blocks';
import { tokenize } from './text/tokens';
import { isEntityType, loadLexicon, withUserEntries, type Lexicon } from './data/lexicon';
import { readArticleMeta } from './document/meta';
import { RECOGNIZERS } from './recognizers';
import { blockContext } from './recognizers/context';
import { resolveOverlaps } from './model/overlaps';
import { linkEntities, type LinkInput } from './document/linking';
import { ownCopy } from './cache/memo';
import { normalizeKey } from './text/keys';

/** How many recognised blocks an analyzer remembers (a block is a paragraph). */
const BLOCK_CACHE_SIZE = 20000;

/** Recognises one block with every recognizer, in order; offsets are block-local. */
export function recognizeBlock(text: string, lexicon: Lexicon, articleDate?: string): BlockResult {
  const tokenized = tokenize(text);
  const ctx = blockContext({ text, tokenized, articleDate, lexicon });
  const found: Candidate[] = [];
  for (const recognize of RECOGNIZERS) found.push(...recognize(ctx, found));
  const candidates: Candidate[] = [];
  for (const c of resolveOverlaps(found)) {
    if (c.suppress) continue;
    const surface = text.slice(c.start, c.end);
    candidates.push(withSurface(c, surface, normalizeKey(surface)));
  }
  const loose: LooseWord[] = [];
  let c = 0;
  for (const t of tokenized.tokens) {
    if (t.kind !== 'word' || !t.upper) continue;
    while (c < candidates.length && candidates[c].end <= t.start) c++;
    if (c < candidates.length && candidates[c].start < t.end) continue;
    // A token's key is normalizeKey of its text, made when the block was tokenized.
    loose.push({ start: t.start, end: t.end, text: t.text, key: t.key });
  }
  return { candidates, loose };
}

/**
 * A recognised block as the cache keeps it: its candidates and loose words placed at `offset` in
 * the document where it was first recognised. Moving every candidate into document offsets was a
 * copy per candidate per analysis (and after a keystroke every block below it moves); now linking
 * reads them with a shift. Nothing downstream (overlap resolution, linking) may change these
 * shared objects.
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
}

/**
 * The document's candidates and loose words, in document order, from its blocks (each moved by
 * its shift in `shifts`). Overlap resolution between the article's metadata (header date,
 * dateline), found over the whole text, and the blocks' candidates, already settled within each
 * block: block candidates never overlap one another, so only those starting before the metadata's
 * end can be in a conflict, and only they are settled again with the metadata. That gives exactly
 * what settling the whole document would, without sorting it on every edit.
 */
function documentItems(
  text: string,
  metadata: readonly Candidate[],
  blocks: readonly PlacedBlock[],
  blockShifts: readonly number[],
): LinkInput {
  let settled: Candidate[] = [];
  let skip = 0; // block candidates settled with the metadata
  if (metadata.length > 0) {
    let metaEnd = 0;
    for (const c of metadata) metaEnd = Math.max(metaEnd, c.end);
    const head: Candidate[] = [];
    for (const c of metadata) {
      const surface = text.slice(c.start, c.end);
      head.push(withSurface(c, surface, normalizeKey(surface)));
    }
    reach: for (let b = 0; b < blocks.length; b++) {
      for (const c of blocks[b].candidates) {
        if (c.start + blockShifts[b] >= metaEnd) break reach;
        const moved = withSurface(c, c.surface, c.surfaceKey);
        moved.start += blockShifts[b];
        moved.end += blockShifts[b];
        head.push(moved);
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
      loose[w] = word;
      looseShifts[w++] = by;
    }
  }
  return { candidates, shifts, loose, looseShifts };
}

export class Analyzer {
  /** Recognised blocks by their text. */
  private readonly blocks = new Map<string, PlacedBlock>();
  /** The blocks of the last analysis, in document order; and how many analyses there were. */
  private lastBlocks: PlacedBlock[] = [];
  private analyses = 0;
  private lexiconKey = '';
  private lexiconProblems: Problem[] = [];
  private lexicon: Lexicon | undefined;
  /** Blocks recognised (not taken from the cache) by the last call; for tests and the bench. */
  lastRecognized = 0;

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const problems: Problem[] = [];
    const lexicon = this.lexiconFor(options, problems);
    const meta = readArticleMeta(text, options.articleDate);
    problems.push(...meta.problems);
    this.lastRecognized = 0;
    const date = meta.meta.date ?? '';
    const previous = this.lastBlocks;
    const used: PlacedBlock[] = [];
    const shifts: number[] = [];
    const analysis = ++this.analyses;
    // Where the next block is expected among the last analysis's blocks. An edit leaves most
    // blocks as they were, in the same order: comparing a block with the expected one costs a
    // string comparison, where the cache look-up would hash the whole block first.
    let expected = 0;
    for (const block of splitBlocks(text)) {
      let placed: PlacedBlock | undefined = previous[expected];
      if (placed === undefined || placed.key !== block.text) {
        placed = this.blocks.get(block.text);
        // Found elsewhere (a paragraph added or removed above): expect the blocks after it next.
        if (placed !== undefined && placed.analysis === analysis - 1) expected = placed.index;
      }
      expected++;
      if (placed === undefined || placed.date !== date) {
        // Recognise a copy of the block's text: the cache key and the strings recognizers cut from
        // it then hold that copy, not the whole document it was cut from.
        const own = ownCopy(block.text);
        // Freshly recognised objects are this analyzer's own: move them in place.
        const found = recognizeBlock(own, lexicon, meta.meta.date);
        for (const c of found.candidates) {
          c.start += block.start;
          c.end += block.start;
        }
        for (const w of found.loose) {
          w.start += block.start;
          w.end += block.start;
        }
        placed = {
          key: own,
          date,
          offset: block.start,
          candidates: found.candidates,
          loose: found.loose,
          index: 0,
          analysis: 0,
        };
        this.lastRecognized++;
        this.blocks.delete(own);
        if (this.blocks.size >= BLOCK_CACHE_SIZE)
          this.blocks.delete(this.blocks.keys().next().value as string);
        this.blocks.set(own, placed);
      } else {
        // Refresh its place in the insertion-ordered map, which serves as an LRU list.
        this.blocks.delete(placed.key);
        this.blocks.set(placed.key, placed);
        // A block of the last analysis may have left the cache since (a document larger than it).
        if (this.blocks.size > BLOCK_CACHE_SIZE)
          this.blocks.delete(this.blocks.keys().next().value as string);
      }
      placed.index = used.length;
      placed.analysis = analysis;
      used.push(placed);
      // A block that moved (an edit above it) or whose text appears twice is not copied: linking
      // reads each of its items moved by the shift.
      shifts.push(block.start - placed.offset);
    }
    this.lastBlocks = used;
    const linked = linkEntities(text, documentItems(text, meta.candidates, used, shifts), lexicon);
    return {
      length: text.length,
      meta: meta.meta,
      mentions: linked.mentions,
      entities: linked.entities,
      problems,
    };
  }

  private lexiconFor(options: AnalyzeOptions, problems: Problem[]): Lexicon {
    const entries = Array.isArray(options.lexicon) ? options.lexicon : [];
    const key = JSON.stringify(entries);
    if (this.lexicon === undefined || key !== this.lexiconKey) {
      // A broken entry (no name, an unknown type) is skipped and reported; the good ones still count.
      const good = entries.filter(
        (e) =>
          typeof e?.name === 'string' &&
          e.name.trim() !== '' &&
          (e.type === 'none' || (typeof e.type === 'string' && isEntityType(e.type))),
      );
      const bad = entries.length - good.length;
      this.lexiconProblems =
        bad === 0
          ? []
          : [
              {
                start: 0,
                end: 0,
                severity: 'warning',
                code: 'lexicon-entry',
                message: `${bad} user lexicon ${bad === 1 ? 'entry was' : 'entries were'} ignored: each needs a "name" and a "type" (person, organization, place, date, rank, title, nationality or none).`,
              },
            ];
      this.lexicon = withUserEntries(loadLexicon(), good);
      this.lexiconKey = key;
      this.blocks.clear(); // cached blocks were recognised with the old lexicon
      this.lastBlocks = [];
    }
    // Reported with every analysis, not only the one that first saw the entries.
    problems.push(...this.lexiconProblems);
    return this.lexicon;
  }
}

const shared = new Analyzer();

/** Analyses `text` with a process-wide analyzer (and its block cache). */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return shared.analyze(text, options);
}
