// Loads the evaluation documents: the project's seed (seeds/*.gold.json + the .txt it names) and
// the shared development set (../shared/data/dev/{meantime,gum}/*.json, read in place; format in
// its README.md). Every gold span is checked against the text so a bad offset fails loudly here
// rather than showing up as a silent "miss" later.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GoldSpan } from './score';
import { readAnnotatedDir } from './annotated';

export interface EvalDoc {
  id: string;
  /** seed, meantime, gum, or a training set's name (scripts/eval/train-corpus.ts). */
  corpus: string;
  text: string;
  articleDate?: string;
  /** GUM's own split (train/dev/test); null for MEANTIME and the seed. */
  split: string | null;
  gold: GoldSpan[];
  /** Types annotated in this corpus, the only ones scored on it. */
  types: readonly string[];
}

export const DEV_TYPES = ['person', 'organization', 'place', 'date'] as const;
export const SEED_TYPES = ['person', 'organization', 'place', 'date', 'rank', 'title'] as const;
/** The wire stories annotate every type the engine marks, demonyms included. */
export const WIRE_TYPES = [...SEED_TYPES, 'nationality'] as const;

/** The repository root: the nearest folder above `from` holding package.json and seeds/. */
export function findRepoRoot(from: string = __dirname): string {
  for (let dir = resolve(from); ; dir = resolve(dir, '..')) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'seeds'))) return dir;
    if (resolve(dir, '..') === dir) throw new Error(`cannot find the Newsmark repository above ${from}`);
  }
}

export function loadSeed(root: string): EvalDoc[] {
  const dir = join(root, 'seeds');
  const files = readdirSync(dir).filter((f) => f.endsWith('.gold.json'));
  if (files.length === 0) throw new Error(`no seeds/*.gold.json in ${dir}`);
  return files.sort().map((file) => {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      file: string;
      articleDate?: string;
      mentions: GoldSpan[];
    };
    const text = readFileSync(join(dir, gold.file), 'utf8');
    const doc: EvalDoc = {
      id: gold.file,
      corpus: 'seed',
      text,
      articleDate: gold.articleDate,
      split: null,
      gold: gold.mentions.map((m) => ({ ...m })),
      types: SEED_TYPES,
    };
    return checked(doc, join(dir, file));
  });
}

/** `../shared/data/dev` from the repository root, unless NEWSMARK_DEV_DATA points elsewhere. */
export function devDataDir(root: string): string {
  return process.env.NEWSMARK_DEV_DATA ?? resolve(root, '../shared/data/dev');
}

export function loadDev(root: string): EvalDoc[] {
  const dir = devDataDir(root);
  const docs: EvalDoc[] = [];
  for (const corpus of ['meantime', 'gum'] as const) {
    const sub = join(dir, corpus);
    if (!existsSync(sub) || !statSync(sub).isDirectory())
      throw new Error(
        `the development data is missing: ${sub} does not exist. ` +
          `npm run eval reads ../shared/data/dev/{meantime,gum}/*.json next to the repository ` +
          `(or the folder named by NEWSMARK_DEV_DATA).`,
      );
    const files = readdirSync(sub).filter((f) => f.endsWith('.json'));
    if (files.length === 0) throw new Error(`the development data is missing: no *.json in ${sub}`);
    for (const file of files.sort()) {
      const path = join(sub, file);
      const raw = JSON.parse(readFileSync(path, 'utf8')) as {
        id: string;
        text: string;
        articleDate?: string;
        split?: string | null;
        entities: GoldSpan[];
      };
      docs.push(
        checked(
          {
            id: raw.id,
            corpus,
            text: raw.text,
            articleDate: raw.articleDate ?? undefined,
            split: raw.split ?? null,
            gold: raw.entities.map((e) => ({ ...e })),
            types: DEV_TYPES,
          },
          path,
        ),
      );
    }
  }
  return docs;
}

/** The document, once every gold span is checked to be the text it claims (else an error naming `path`). */
export function checked(doc: EvalDoc, path: string): EvalDoc {
  if (typeof doc.text !== 'string') throw new Error(`${path}: no text`);
  for (const g of doc.gold) {
    if (doc.text.slice(g.start, g.end) !== g.text)
      throw new Error(
        `${path}: gold span ${g.start}-${g.end} is "${doc.text.slice(g.start, g.end)}", not "${g.text}"`,
      );
  }
  return doc;
}

/**
 * The project's own annotated wire stories (test/fixtures/wire, written here; format in its
 * README): `wire` the general stories, `sports` the sports wire. Tuned on freely, like the
 * tuning part: they hold the mistake classes readers of real wire stories met.
 */
export function loadWire(root: string): EvalDoc[] {
  const parts = [
    ['wire', join(root, 'test', 'fixtures', 'wire')],
    ['sports', join(root, 'test', 'fixtures', 'wire', 'sports')],
  ] as const;
  return parts.flatMap(([corpus, dir]) =>
    readAnnotatedDir(dir).map((story) =>
      checked(
        {
          id: `${corpus}/${story.name}`,
          corpus,
          text: story.text,
          articleDate: story.articleDate,
          split: null,
          gold: story.mentions.map((m) => ({ ...m })),
          types: WIRE_TYPES,
        },
        join(dir, story.name),
      ),
    ),
  );
}
