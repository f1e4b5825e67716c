// `npm run fuzz -- --seconds 60 --seed 1`: tries the language server, the engine and the CLI as
// an attacker and a careless user would, for a bounded time and from a seed (the same seed tries
// the same cases). First the huge and odd inputs (inputs.ts), then, sharing the time left,
// protocol fuzzing over stdio (protocol.ts) and random edit sequences checked against a fresh
// analysis (edits.ts). Prints the cases tried and the crashes, hangs, wrong error codes and
// mismatches found, each finding with where it happened; exits 1 if there is any (2: bad usage).
// Runs the bundles in dist/ (npm run build first).
import { findRepoRoot, loadDev, loadSeed } from '../eval/corpus';
import { fuzzEdits } from './edits';
import { KINDS, n, Tally } from './findings';
import { fuzzInputs, oddInputs } from './inputs';
import { fuzzProtocol } from './protocol';
import { Random } from './random';

interface FuzzOptions {
  seconds: number;
  seed: number;
}

function parseOptions(argv: readonly string[]): FuzzOptions {
  const options: FuzzOptions = { seconds: 60, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split('=', 2);
    const value = Number(inline ?? argv[++i]);
    if ((name !== '--seconds' && name !== '--seed') || !Number.isFinite(value) || value < 0)
      throw new Error(`usage: fuzz [--seconds N] [--seed N] (not ${JSON.stringify(argv.join(' '))})`);
    options[name === '--seconds' ? 'seconds' : 'seed'] = value;
  }
  return options;
}

/** Articles to open and edit: the seed and the development articles (the seed alone without them). */
function articles(): string[] {
  const root = findRepoRoot(__dirname);
  const seed = loadSeed(root).map((d) => d.text);
  try {
    return [...seed, ...loadDev(root).map((d) => d.text)];
  } catch {
    return seed;
  }
}

async function main(): Promise<number> {
  let options: FuzzOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const started = Date.now();
  const random = new Random(options.seed);
  const texts = articles();
  // Protocol fuzzing and edit sequences have two fifths of the time each; the odd inputs are a
  // fixed list, their huge ones as large as the time allows (10 MB lines in a 60 s run).
  const scale = Math.min(1, options.seconds / 60);
  process.stdout.write(
    `newsmark fuzz: seed ${options.seed}, ${options.seconds} s, ${texts.length} articles\n`,
  );
  const protocol = await timed(new Tally('protocol'), (t) =>
    fuzzProtocol(random, Date.now() + options.seconds * 400, texts, t),
  );
  const edits = await timed(new Tally('edits'), (t) =>
    fuzzEdits(random, Date.now() + options.seconds * 400, texts, t),
  );
  const inputs = await timed(new Tally('inputs'), (t) => fuzzInputs(oddInputs(random, texts[0], scale), t));

  const tallies = [protocol, edits, inputs];
  for (const t of tallies) {
    const figures = [...t.figures].map(([name, value]) => `${n(value)} ${name}`).join(', ');
    const found = KINDS.map((k) => plural(t.of(k), k)).join(', ');
    const took = `${(t.milliseconds / 1000).toFixed(1)} s`;
    process.stdout.write(
      `  ${t.part}: ${n(t.cases)} cases in ${took}${figures ? ` (${figures})` : ''}: ${found}\n`,
    );
  }
  const findings = tallies.flatMap((t) => t.findings);
  const total = tallies.reduce((sum, t) => sum + t.cases, 0);
  const totals = KINDS.map((k) => plural(findings.filter((f) => f.kind === k).length, k)).join(', ');
  process.stdout.write(
    `  total: ${n(total)} cases in ${((Date.now() - started) / 1000).toFixed(1)} s: ${totals}\n`,
  );
  for (const f of findings.slice(0, 50)) process.stdout.write(`  ${f.kind} (${f.part}): ${f.what}\n`);
  if (findings.length > 50) process.stdout.write(`  … and ${findings.length - 50} more\n`);
  return findings.length > 0 ? 1 : 0;
}

/** Runs one part, noting how long it took. */
async function timed(tally: Tally, part: (tally: Tally) => Promise<void>): Promise<Tally> {
  const started = Date.now();
  await part(tally);
  tally.milliseconds = Date.now() - started;
  return tally;
}

function plural(count: number, kind: string): string {
  const many = kind.endsWith('h') ? `${kind}es` : `${kind}s`;
  return `${n(count)} ${count === 1 ? kind : many}`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`fuzz: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(2);
  },
);
