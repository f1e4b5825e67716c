// Large documents in which no paragraph repeats, for the bench. The engine recognises a repeated
// paragraph once (its block cache), so documents built by cycling ~170 KB of articles measure
// look-ups above that size; these measure recognition. Paragraphs come from real prose first: the
// seed and development articles, then the text of the training records (shared/data/train, about
// 2 MB more). Past those, every paragraph is read again with its names, places and years replaced
// by others drawn from the engine's gazetteers with a seeded generator, so the recognizer meets new
// names, not only new numbers. The same seed gives the same documents on every run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitBlocks } from '../../server/src/engine/text/blocks';
import { loadTrainRecords } from '../eval/train-corpus';
import type { Article } from './texts';

/** Lines of a record are joined into paragraphs of about this many characters (a dev article is ~1,150). */
const PARAGRAPH_TARGET = 1200;
/** A paragraph read again with other names needs this many names or years to replace. */
const MIN_REPLACEABLE = 3;

/** The engine's gazetteer names the variations draw from, and the sets they replace. */
interface Gazetteers {
  given: readonly string[];
  surnames: readonly string[];
  places: readonly string[];
  givenSet: ReadonlySet<string>;
  surnameSet: ReadonlySet<string>;
  placeSet: ReadonlySet<string>;
}

function loadGazetteers(root: string): Gazetteers {
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(root, 'server/data', file), 'utf8')) as T;
  const given = read<{ names: string[] }>('given-names.json').names;
  const surnames = read<{ names: string[] }>('surnames.json').names;
  const places = read<{ places: { name: string }[] }>('places.json').places.map((p) => p.name);
  return {
    given,
    surnames,
    places,
    givenSet: new Set(given),
    surnameSet: new Set(surnames),
    placeSet: new Set(places.filter((p) => !p.includes(' '))),
  };
}

/** A small seeded generator (mulberry32): the same seed, the same sequence, on every machine. */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A text's lines gathered into paragraphs of about PARAGRAPH_TARGET characters. */
function paragraphsOf(text: string, into: string[]): void {
  let lines: string[] = [];
  let length = 0;
  const flush = (): void => {
    if (lines.length > 0) into.push(lines.join('\n'));
    lines = [];
    length = 0;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    lines.push(line);
    length += line.length + 1;
    if (length >= PARAGRAPH_TARGET) flush();
  }
  flush();
}

const WORD = /\p{Lu}[\p{L}'’-]*\p{L}|\b(?:19[5-9]\d|20[0-2]\d)\b/gu;

/**
 * An endless sequence of distinct paragraphs: the real ones first (`realCount`), then the real
 * ones that have names to replace, each round with other names and years.
 */
export class ProseStream {
  readonly paragraphs: readonly string[];
  private readonly replaceable: readonly string[];
  private readonly gazetteers: Gazetteers;

  constructor(
    root: string,
    articles: readonly Article[],
    private readonly seed = 11,
  ) {
    const found: string[] = [];
    for (const a of articles) paragraphsOf(a.text.replace(/^\s*date \S+\s*/, ''), found);
    const trainDir = join(root, '../shared/data/train');
    if (existsSync(trainDir) || process.env.NEWSMARK_TRAIN_DATA) {
      // uner-en's records are sentences: each document's sentences are read together.
      let group = '';
      let sentences: string[] = [];
      for (const r of loadTrainRecords(root)) {
        if (r.set === 'uner-en') {
          if (r.group !== group) paragraphsOf(sentences.join('\n'), found);
          if (r.group !== group) sentences = [];
          group = r.group;
          sentences.push(r.text);
        } else paragraphsOf(r.text, found);
      }
      paragraphsOf(sentences.join('\n'), found);
    }
    // A paragraph is kept once, as the engine reads it (one block, trimmed).
    const seen = new Set<string>();
    const paragraphs: string[] = [];
    for (const p of found) {
      const blocks = splitBlocks(p);
      if (blocks.length !== 1 || seen.has(blocks[0].text)) continue;
      seen.add(blocks[0].text);
      paragraphs.push(blocks[0].text);
    }
    this.paragraphs = paragraphs;
    this.gazetteers = loadGazetteers(root);
    this.replaceable = paragraphs.filter((p) => this.replacements(p) >= MIN_REPLACEABLE);
  }

  /** Characters of real (unvaried) prose. */
  get realLength(): number {
    return this.paragraphs.reduce((n, p) => n + p.length, 0);
  }

  /** Paragraph `k` of the sequence. */
  paragraph(k: number): string {
    if (k < this.paragraphs.length) return this.paragraphs[k];
    const n = k - this.paragraphs.length;
    const round = Math.floor(n / this.replaceable.length) + 1;
    return this.vary(this.replaceable[n % this.replaceable.length], this.seed * 1_000_003 + k * 7 + round);
  }

  private replacements(text: string): number {
    const g = this.gazetteers;
    let n = 0;
    for (const m of text.matchAll(WORD)) {
      const w = m[0];
      if (/^\d/.test(w) || g.givenSet.has(w) || g.surnameSet.has(w) || g.placeSet.has(w)) n++;
    }
    return n;
  }

  /** The paragraph with each given name, surname, one-word place and year replaced by a random other. */
  private vary(text: string, seed: number): string {
    const g = this.gazetteers;
    const random = generator(seed);
    const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)];
    return text.replace(WORD, (w) => {
      if (/^\d/.test(w)) return String(1950 + Math.floor(random() * 80));
      if (g.givenSet.has(w)) return pick(g.given);
      if (g.surnameSet.has(w)) return pick(g.surnames);
      if (g.placeSet.has(w)) return pick(g.places);
      return w;
    });
  }
}

/** A document built from the stream, and the next paragraph a following document should start at. */
export interface UniqueDocument {
  text: string;
  next: number;
  /** Paragraphs that were varied (not real prose as written). */
  varied: number;
}

/**
 * A document of exactly `size` UTF-16 units: a `date` header line, then paragraphs of the stream
 * from `first` on, separated by blank lines, cut at the size; a paragraph that happens to equal
 * one already in the document is skipped. Throws if any block (paragraph as the engine splits
 * them) repeats, so a bench figure can never come from the block cache by accident.
 */
export function buildUniqueDocument(
  stream: ProseStream,
  size: number,
  first: number,
  date: string,
): UniqueDocument {
  const parts = [`date ${date}\n`];
  let length = parts[0].length;
  const used = new Set<string>();
  let k = first;
  let varied = 0;
  for (; length < size; k++) {
    const p = stream.paragraph(k);
    if (used.has(p)) continue;
    used.add(p);
    if (k >= stream.paragraphs.length) varied++;
    parts.push(p, '\n\n');
    length += p.length + 2;
  }
  let text = parts.join('').slice(0, size);
  if (/[\uD800-\uDBFF]$/.test(text)) text = `${text.slice(0, -1)} `;
  assertNoRepeatedBlock(text);
  return { text, next: k, varied };
}

/** Throws when two blocks of `text` (as the engine splits it) are the same text. */
export function assertNoRepeatedBlock(text: string): void {
  const seen = new Set<string>();
  for (const b of splitBlocks(text)) {
    if (seen.has(b.text))
      throw new Error(`bench document: the paragraph at ${b.start} repeats ("${b.text.slice(0, 60)}…")`);
    seen.add(b.text);
  }
}

/** How many blocks of `text` are copies of an earlier one (the repeated documents' measure). */
export function repeatedBlocks(text: string): { blocks: number; repeated: number } {
  const seen = new Set<string>();
  let repeated = 0;
  const blocks = splitBlocks(text);
  for (const b of blocks) {
    if (seen.has(b.text)) repeated++;
    else seen.add(b.text);
  }
  return { blocks: blocks.length, repeated };
}
