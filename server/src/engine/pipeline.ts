// The engine's entry point: text in, an Analysis out, in stages (Analyzer.analyze reads them in
// order). Blocks (paragraphs) are recognised independently and cached by their text
// (cache/blockCache.ts), so re-analysing an edited document only recognises the blocks that
// changed; the document stages (linking, appositions, relations) run over the whole document.
import { MENTION_TYPES, type Analysis, type AnalyzeOptions, type Problem } from './model/types';
import { withSurface, type BlockResult, type Candidate, type LooseWord } from './model/candidate';
import { blockContext } from './recognizers/context';
import { tokenize } from './text/tokens';
import { isEntityType, loadLexicon, withUserEntries, type Lexicon } from './data/lexicon';
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
  const tokenized = tokenize(text);
  const ctx = blockContext({ text, tokenized, articleDate, lexicon });
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
    loose.push({ start: t.start, end: t.end, text: t.text, key: t.key });
  }
  return { candidates, loose };
}

/** Listeners an analyzer tells what happens inside it (the rule tests listen). */
export interface AnalyzerHooks {
  /** Each relation rule (document/relations/rules.ts) that concludes something. */
  relationFired?: (rule: RelationRuleId) => void;
}

export class Analyzer {
  private readonly cache = new BlockCache();
  private lexiconKey = '';
  private lexiconProblems: Problem[] = [];
  private lexicon: Lexicon | undefined;
  /** Blocks recognised (not taken from the cache) by the last call; for tests and the bench. */
  lastRecognized = 0;

  constructor(private readonly hooks: AnalyzerHooks = {}) {}

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const problems: Problem[] = [];
    const lexicon = this.lexiconFor(options, problems);
    // Metadata: the article date (which every relative date counts from) and the dateline.
    const meta = readArticleMeta(text, options.articleDate, lexicon);
    problems.push(...meta.problems);
    const date = meta.meta.date;
    // Blocks: each paragraph's candidates, recognised or from the cache.
    const blocks = this.cache.blocksOf(text, date, (block) => recognizeBlock(block, lexicon, date));
    this.lastRecognized = blocks.recognized;
    // Overlaps: the metadata settled with the blocks' candidates; one view in document order.
    const metadata = meta.candidates.map((c) => withText(c, text));
    const items = documentItems(blocks, metadata);
    // Linking: mentions, and the entities they refer to.
    const linked = linkEntities(text, items, lexicon);
    // Appositions: organizations named twice side by side are one.
    mergeAppositions(text, linked);
    // Relations: who holds which rank and title, whose organization, which country.
    addRelations(text, linked, lexicon, this.hooks.relationFired);
    // Pruning: entities no mention and no other entity refers to go.
    const entities = referencedEntities(linked.entities);
    return { length: text.length, meta: meta.meta, mentions: linked.mentions, entities, problems };
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
                message: `${bad} user lexicon ${bad === 1 ? 'entry was' : 'entries were'} ignored: each needs a "name" and a "type" (${MENTION_TYPES.join(', ')} or none).`,
              },
            ];
      this.lexicon = withUserEntries(loadLexicon(), good);
      this.lexiconKey = key;
      this.cache.clear(); // cached blocks were recognised with the old lexicon
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
