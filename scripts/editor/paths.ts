// Where the editor tooling finds the project and keeps its cached code-server.
// The cache lives outside the tracked tree and outside the extension's node_modules (so vsce never
// packages it). NEWSMARK_CACHE moves the whole cache, e.g. onto a CI volume.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { findRepoRoot } from '../eval/corpus';

/** The newest code-server whose engines.node accepts Node 20; it bundles VS Code 1.100.3. */
export const CODE_SERVER_VERSION = '4.100.3';

/** The repository root, found above this bundle (out/…) or source file (scripts/…). */
export const repoRoot = findRepoRoot(__dirname);

export const cacheRoot = resolve(process.env.NEWSMARK_CACHE || join(homedir(), '.cache', 'newsmark'));

/** npm prefix the code-server package is installed into. */
export const codeServerPrefix = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);

export const codeServerEntry = join(
  codeServerPrefix,
  'node_modules',
  'code-server',
  'out',
  'node',
  'entry.js',
);

/** Written only after a complete, verified install, so a half-finished one is redone. */
export const installedMarker = join(codeServerPrefix, '.newsmark-installed');

/** Debian's Chromium; playwright's own browser download does not work offline. */
export const chromiumPath = process.env.NEWSMARK_CHROMIUM || '/usr/bin/chromium';

/** The extension package `npm run package` writes. */
export const vsixPath = join(repoRoot, 'newsmark.vsix');

/** Evidence (screenshots, logs) from editor runs; git-ignored. */
export const artifactsDir = join(repoRoot, 'artifacts');
