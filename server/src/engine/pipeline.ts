// The engine's entry point: text in, an Analysis out, in stages (Analyzer.analyze reads them in
// order). Blocks (paragraphs) are recognised independently and cached by their text
// (cache/blockCache.ts), so re-analysing an edited document only recognises the blocks that
// changed; the document stages (linking, appositions, relations) run over the whole document.
import type { Analysis, AnalyzeOptions, LexiconEntry, Problem } from './model/types';
import { withSurface, type BlockResult, type Candidate, type LooseWord } from './model/candidate';
import { blockContext } from './recognizers/context';
import { tokenize } from './text/tokens';
import { recaseShouted } from './recognizers/shouted';
import { loadLexicon, withUserEntries, type Lexicon } from './data/lexicon';
import { checkUserEntries, sameEntries } from './recognizers/userLexicon';
import { readArticleMeta } from './document/meta';
import { RECOGNIZERS } from './recognizers';
import { resolveOverlaps } from './model/overlaps';
import { linkEntities } from './document/linking';
import { mergeAppositions } from './document/appositions';
import { addRelations } from './document/relations';
import type { RelationRuleId } from './document/relations/rules';
import { referencedEntities } from './document/pruning';
import { BlockCache, documentItems } from './cache/blockCache';
import { normalizeKey } from './text/keys';

/** The candidate in full shape with its text and key, cut from the `text` its offsets are in. */
function withText(c: Candidate, text: string): Candidate {
  const surface = text.slice(c.start, c.end);
  return withSurface(c, surface, normalizeKey(surface));
}

/** Recognises one block with every recognizer, in order; offsets are block-local. */
export function recognizeBlock(text: string, lexicon: Lexicon, articleDate?: string): BlockResult {
  const asWritten = tokenize(text);
  // Sentences in capitals are read re-cased (recognizers/shouted.ts); offsets are the same.
  const recased = recaseShouted(text, asWritten, lexicon);
  const read = recased ?? text;
  const tokenized = recased === undefined ? asWritten : tokenize(recased);
  const ctx = blockContext({ text: read, tokenized, articleDate, lexicon });
  const found: Candidate[] = [];
  for (const recognize of RECOGNIZERS) found.push(...recognize(ctx, found));
  const candidates: Candidate[] = [];
  for (const c of resolveOverlaps(found)) if (!c.suppress) candidates.push(withText(c, text));
  const loose: LooseWord[] = [];
  let c = 0;
  for (const t of tokenized.tokens) {
    if (t.kind !== 'word' || !t.upper) continue;
    while (c < candidates.length && candidates[c].end <= t.start) c++;
    if (c < candidates.length && candidates[c].start < t.end) continue;
    // A token's key is normalizeKey of its text, made when the block was tokenized.
    loose.push({
      start: t.start,
      end: t.end,
      text: recased === undefined ? t.text : text.slice(t.start, t.end),
      key: t.key,
    });
  }
  return { candidates, loose };
}

/**
 * How a caller may stop a long analysis: the engine asks `isCancelled` between blocks (it knows
 * nothing of the editor's protocol; the server answers it from a request's cancellation and from
 * how long the analysis has held the thread).
 */
export interface AnalyzeControl {
  isCancelled?: () => boolean;
}

/** Thrown by Analyzer.analyze when its `isCancelled` said yes. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('The analysis was cancelled.');
    this.name = 'AnalysisCancelled';
  }
}

/** Listeners an analyzer tells what happens inside it (the rule tests listen). */
export interface AnalyzerHooks {
  /** Each relation rule (document/relations/rules.ts) that concludes something. */
  relationFired?: (rule: RelationRuleId) => void;
  /** Each stage of an analysis as it ends, in order (`npm run cpu -- --edit` times them). */
  stageDone?: (stage: AnalysisStage) => void;
}

/** The stages of Analyzer.analyze, in order. */
export const ANALYSIS_STAGES = [
  'metadata',
  'blocks',
  'items',
  'linking',
  'appositions',
  'relations',
  'pruning',
] as const;
export type AnalysisStage = (typeof ANALYSIS_STAGES)[number];

export class Analyzer {
  private readonly cache = new BlockCache();
  /** The entries last passed, those of them in use, and the warnings about the others. */
  private lexiconEntries: readonly unknown[] = NO_ENTRIES;
  private goodEntries: readonly LexiconEntry[] = NO_ENTRIES;
  private lexiconProblems: Problem[] = [];
  private lexicon: Lexicon | undefined;
  /** Blocks recognised (not taken from the cache) by the last call; for tests and the bench. */
  lastRecognized = 0;

  constructor(private readonly hooks: AnalyzerHooks = {}) {}

  /**
   * Analyses `text`. With `isCancelled`, asks it between blocks and throws AnalysisCancelled when
   * it says yes; analysing the same text again then goes on from the block it stopped at.
   */
  analyze(text: string, options: AnalyzeOptions & AnalyzeControl = {}): Analysis {
    const problems: Problem[] = [];
    const done = this.hooks.stageDone;
    const lexicon = this.lexiconFor(options, problems);
    // Metadata: the article date (which every relative date counts from) and the dateline.
    const meta = readArticleMeta(text, options.articleDate, lexicon);
    problems.push(...meta.problems);
    const date = meta.meta.date;
    done?.('metadata');
    // Blocks: each paragraph's candidates, recognised or from the cache.
    const blocks = this.cache.blocksOf(
      text,
      date,
      (block) => recognizeBlock(block, lexicon, date),
      options.isCancelled,
    );
    if (blocks === undefined) throw new AnalysisCancelled();
    this.lastRecognized = blocks.recognized;
    done?.('blocks');
    // Overlaps: the metadata settled with the blocks' candidates; one view in document order.
    const metadata = meta.candidates.map((c) => withText(c, text));
    const items = documentItems(blocks, metadata);
    done?.('items');
    // Linking: mentions, and the entities they refer to.
    const linked = linkEntities(text, items, lexicon);
    done?.('linking');
    // Appositions: organizations named twice side by side are one.
    mergeAppositions(text, linked);
    done?.('appositions');
    // Relations: who holds which rank and title, whose organization, which country.
    addRelations(text, linked, lexicon, this.hooks.relationFired);
    done?.('relations');
    // Pruning: entities no mention and no other entity refers to go.
    const entities = referencedEntities(linked.entities);
    done?.('pruning');
    return { length: text.length, meta: meta.meta, mentions: linked.mentions, entities, problems };
  }

  /**
   * Tells the analyzer that the document `text` (its last version) was closed: the paragraph
   * versions its edits made are forgotten, so documents edited and closed all day leave nothing.
   */
  release(text: string): void {
    this.cache.release(text);
  }

  /**
   * The lexicon with the user's entries. The entries are compared by identity first, as callers
   * pass the same list with every analysis (a keystroke must not pay for a large lexicon), and a
   * new list field by field with the last one (settings read again), so only a changed lexicon
   * is indexed again and empties the block cache. A caller must not change a list it passed.
   */
  private lexiconFor(options: AnalyzeOptions, problems: Problem[]): Lexicon {
    const entries = Array.isArray(options.lexicon) ? options.lexicon : NO_ENTRIES;
    if (this.lexicon === undefined || entries !== this.lexiconEntries) {
      const { good, problems: found } = checkUserEntries(entries);
      if (this.lexicon === undefined || !sameEntries(good, this.goodEntries)) {
        this.lexicon = withUserEntries(loadLexicon(), good);
        this.goodEntries = good;
        this.cache.clear(); // cached blocks were recognised with the old lexicon
      }
      // A broken entry (no name, an unknown type, past a limit) is skipped and reported; the good ones still count.
      this.lexiconProblems = found;
      this.lexiconEntries = entries;
    }
    // Reported with every analysis, not only the one that first saw the entries.
    problems.push(...this.lexiconProblems);
    return this.lexicon;
  }
}

const NO_ENTRIES: readonly LexiconEntry[] = [];

const shared = new Analyzer();

/** Analyses `text` with a process-wide analyzer (and its block cache). */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return shared.analyze(text, options);
}
