// Bundles the editor tooling and the real-editor tests (kept out of `npm test`'s build):
//   scripts/editor/{install-code-server,open-in-browser}.ts  -> out/editor/*.js
//   test/e2e/**/*.e2e.ts (VS Code, Neovim)                    -> out/e2e/**  (mocha, in Node)
//   test/exthost/runner.ts + suite/*.exthost.ts               -> out/exthost/extension/, packaged as
//     out/exthost/newsmark-exthost-tests.vsix (a small test-runner extension; VS Code drops
//     unpacked folders it did not install itself, so it is installed from a .vsix like any other)
// npm packages stay external: they are resolved from the repository's node_modules at run time.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
  packages: 'external',
};

function list(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return list(path, suffix);
    return name.endsWith(suffix) ? [path] : [];
  });
}

rmSync('out/editor', { recursive: true, force: true });
rmSync('out/e2e', { recursive: true, force: true });
rmSync('out/exthost', { recursive: true, force: true });

await build({
  ...common,
  entryPoints: ['scripts/editor/install-code-server.ts', 'scripts/editor/open-in-browser.ts'],
  outdir: 'out/editor',
});

await build({
  ...common,
  entryPoints: list('test/e2e', '.e2e.ts'),
  outdir: 'out/e2e',
  outbase: 'test',
});

// The runner extension: `vscode` comes from the extension host, mocha from the repository.
const extensionDir = 'out/exthost/extension';
await build({
  ...common,
  entryPoints: ['test/exthost/runner.ts', ...list('test/exthost/suite', '.exthost.ts')],
  outdir: extensionDir,
  outbase: 'test/exthost',
  // The suites import only `vscode` and Node built-ins besides project files, so the bundle
  // works from wherever code-server copies the extension.
  packages: undefined,
  external: ['vscode', 'mocha'],
});
mkdirSync(extensionDir, { recursive: true });
copyFileSync('test/exthost/package.json', join(extensionDir, 'package.json'));

const vsce = spawnSync(
  join(process.cwd(), 'node_modules', '.bin', 'vsce'),
  [
    'package',
    '--no-dependencies',
    '--allow-missing-repository',
    '--skip-license',
    '--out',
    '../newsmark-exthost-tests.vsix',
  ],
  { cwd: extensionDir, stdio: ['ignore', 'ignore', 'inherit'] },
);
if (vsce.status !== 0) {
  console.error(`vsce package of the extension-host test runner failed (exit ${vsce.status})`);
  process.exit(1);
}
