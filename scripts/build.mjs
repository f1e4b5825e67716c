// Bundles the extension client, the language server, the CLI and the dev tools with esbuild.
// The dev tools (evaluation, benchmark, scripts/dev/) land in dist/ too; the .vsix takes only what
// .vscodeignore lets through.
// One bundle per entry point, so `node dist/server.js --stdio` runs with no node_modules beside it.
import { build } from 'esbuild';
import { readdirSync, statSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

const entries = {
  extension: 'client/src/extension.ts',
  server: 'server/src/server.ts',
  // The workspace index's worker threads (server/src/workspace/worker.ts), started by the server.
  indexWorker: 'server/src/workspace/worker.ts',
  cli: 'server/src/cli/main.ts',
  eval: 'scripts/eval.ts',
  bench: 'scripts/bench.ts',
  // Engine tools for whoever changes the engine: `npm run snapshot`, `npm run cpu`, `npm run check-dates`.
  'dev/snapshot': 'scripts/dev/engine-snapshot.ts',
  'dev/cpu': 'scripts/dev/engine-cpu.ts',
  'dev/check-dates': 'scripts/dev/check-dates.ts',
  // `npm run fuzz`: the server, engine and CLI under hostile input (scripts/fuzz).
  'dev/fuzz': 'scripts/fuzz/main.ts',
};

// Only bundle the entry points that exist yet, so the build works while features land one by one.
const present = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));
await build({
  ...common,
  // The shipped bundles drop white space and simplify syntax but keep every name, so stack
  // traces read as the source does. Not `minify` with `keepNames`: that wraps each named inner
  // function in a call that sets its name whenever the function is created (every sort
  // comparator and helper closure, per call), which cost the engine a few per cent.
  minifyWhitespace: true,
  minifySyntax: true,
  entryPoints: present,
  outdir: 'dist',
  external: ['vscode', 'compromise', 'playwright-core'],
});

// Tests are bundled file by file into out/test so mocha runs plain JavaScript.
function listTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listTests(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}
rmSync('out/test', { recursive: true, force: true });
const tests = listTests('test');
if (tests.length > 0) {
  await build({
    ...common,
    entryPoints: tests,
    outdir: 'out/test',
    outbase: 'test',
    external: ['vscode', 'mocha', 'compromise', 'playwright-core', 'vscode-textmate', 'vscode-oniguruma'],
  });
}
