// The engine's entry point: text in, an Analysis out. Blocks (paragraphs) are recognised
// independently and cached by their text, so re-analysing an edited document only recognises
// the blocks that changed; linking mentions into entities is redone over the whole document.
import type { Analysis, AnalyzeOptions, Mention, Problem } from './types';
import type { Candidate } from './candidate';
import { splitBlocks } from './blocks';
import { tokenize } from './text';
import { isEntityType, loadLexicon, normalizeKey, withUserEntries, type Lexicon } from './lexicon';
import { readArticleMeta } from './meta';
import { RECOGNIZERS } from './recognizers';
import { resolveOverlaps } from './resolve';
import { linkEntities } from './linking';

/** How many recognised blocks an analyzer remembers (a block is a paragraph). */
const BLOCK_CACHE_SIZE = 20000;

/** What one block yields: its candidates and the capitalised words no candidate took. */
export interface BlockResult {
  candidates: Candidate[];
  /** Capitalised words outside every candidate; linking may find known names among them. */
  loose: LooseWord[];
}

export interface LooseWord {
  start: number;
  end: number;
  text: string;
  /** normalizeKey(text), computed once per recognised block (see Candidate.surfaceKey). */
  key: string;
}

/**
 * The same candidate as an object of one fixed shape. Recognizers build candidates with many
 * different sets of fields; every later read of them (overlap resolution over the document,
 * linking, relations) was then a slow lookup across shapes. The type lists each Candidate field
 * as required, so a field added to Candidate and not copied here fails to compile.
 */
function uniform(c: Candidate, surface = c.surface, surfaceKey = c.surfaceKey): Candidate {
  const copy: { [K in keyof Required<Candidate>]: Candidate[K] } = {
    start: c.start,
    end: c.end,
    type: c.type,
    source: c.source,
    priority: c.priority,
    value: c.value,
    resolution: c.resolution,
    rangeEnd: c.rangeEnd,
    key: c.key,
    country: c.country,
    weak: c.weak,
    suppress: c.suppress,
    surface,
    surfaceKey,
  };
  return copy;
}

/** Recognises one block with every recognizer, in order; offsets are block-local. */
export function recognizeBlock(text: string, lexicon: Lexicon, articleDate?: string): BlockResult {
  const tokenized = tokenize(text);
  const ctx = { text, tokenized, articleDate, lexicon };
  const found: Candidate[] = [];
  for (const recognize of RECOGNIZERS) found.push(...recognize(ctx, found));
  const candidates: Candidate[] = [];
  for (const c of resolveOverlaps(found)) {
    if (c.suppress) continue;
    const surface = text.slice(c.start, c.end);
    candidates.push(uniform(c, surface, normalizeKey(surface)));
  }
  const loose: LooseWord[] = [];
  let c = 0;
  for (const t of tokenized.tokens) {
    if (t.kind !== 'word' || !t.upper) continue;
    while (c < candidates.length && candidates[c].end <= t.start) c++;
    if (c < candidates.length && candidates[c].start < t.end) continue;
    loose.push({ start: t.start, end: t.end, text: t.text, key: normalizeKey(t.text) });
  }
  return { candidates, loose };
}

/**
 * A recognised block as the cache keeps it: its candidates and loose words already placed at
 * `offset` in the document where it was last recognised. Moving every candidate into document
 * offsets was a copy per candidate per analysis; now only a block that moved is copied. Nothing
 * downstream (overlap resolution, linking) may change these shared objects.
 */
interface PlacedBlock {
  offset: number;
  candidates: Candidate[];
  loose: LooseWord[];
}

export class Analyzer {
  private readonly blocks = new Map<string, PlacedBlock>();
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
    const candidates: Candidate[] = [...meta.candidates];
    const loose: LooseWord[] = [];
    this.lastRecognized = 0;
    for (const block of splitBlocks(text)) {
      const key = `${meta.meta.date ?? ''}\u0000${block.text}`;
      let placed = this.blocks.get(key);
      if (placed === undefined) {
        // Freshly recognised objects are this analyzer's own: move them in place.
        const found = recognizeBlock(block.text, lexicon, meta.meta.date);
        for (const c of found.candidates) {
          c.start += block.start;
          c.end += block.start;
        }
        for (const w of found.loose) {
          w.start += block.start;
          w.end += block.start;
        }
        placed = { offset: block.start, candidates: found.candidates, loose: found.loose };
        this.lastRecognized++;
        if (this.blocks.size >= BLOCK_CACHE_SIZE)
          this.blocks.delete(this.blocks.keys().next().value as string);
        this.blocks.set(key, placed);
      } else {
        // Refresh its place in the insertion-ordered map, which serves as an LRU list.
        this.blocks.delete(key);
        this.blocks.set(key, placed);
      }
      const by = block.start - placed.offset;
      if (by === 0) {
        for (const c of placed.candidates) candidates.push(c);
        for (const w of placed.loose) loose.push(w);
      } else {
        // The block moved (an edit above it) or its text appears twice: copies, moved.
        for (const c of placed.candidates) {
          const moved = uniform(c);
          moved.start += by;
          moved.end += by;
          candidates.push(moved);
        }
        for (const w of placed.loose)
          loose.push({ start: w.start + by, end: w.end + by, text: w.text, key: w.key });
      }
    }
    const linked = linkEntities(text, resolveOverlaps(candidates), loose, lexicon, meta.meta);
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
    }
    // Reported with every analysis, not only the one that first saw the entries.
    problems.push(...this.lexiconProblems);
    return this.lexicon;
  }
}

export function toMention(text: string, c: Candidate): Mention {
  const m: Mention = {
    start: c.start,
    end: c.end,
    type: c.type,
    text: text.slice(c.start, c.end),
    source: c.source,
  };
  if (c.value !== undefined) m.value = c.value;
  if (c.resolution !== undefined) m.resolution = c.resolution;
  if (c.rangeEnd !== undefined) m.rangeEnd = c.rangeEnd;
  return m;
}

const shared = new Analyzer();

/** Analyses `text` with a process-wide analyzer (and its block cache). */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return shared.analyze(text, options);
}
