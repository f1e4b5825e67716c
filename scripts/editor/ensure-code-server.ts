// Installs code-server (VS Code in the browser) once into the Newsmark cache, offline apart from
// the npm registry. Safe to call every time: a verified install is reused.
//
// Four things make the install work on a machine without internet access beyond npm:
//  1. native modules (kerberos, node-pty) compile from source: needs build-essential, python3,
//     pkg-config and libkrb5-dev;
//  2. @vscode/ripgrep's postinstall downloads rg unless it finds the release archive in its cache
//     folder under the temp dir, so Debian's rg (the same 13.0.0) is put there first;
//  3. code-server's postinstall refuses to run as root unless npm_config_unsafe_perm=true;
//  4. node-pty's postinstall runs `npx node-gyp`, which needs npm_config_yes=true without a terminal.
// npm 11.19+ also skips dependencies' install scripts unless they are allowed by name. code-server's
// postinstall runs two nested `npm install`s (lib/vscode, lib/vscode/extensions) whose packages
// (kerberos, node-pty, @vscode/ripgrep, spdlog …) must build, and npm refuses a name list handed
// down to nested project installs through the environment. So this one install of a pinned
// code-server release runs with all install scripts allowed, as npm did before 11.19; the native
// modules are checked afterwards, so a skipped script fails the install instead of the first run.
import { spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { arch } from 'node:os';
import { join } from 'node:path';
import { CODE_SERVER_VERSION, cacheRoot, codeServerEntry, codeServerPrefix, installedMarker } from './paths';

// What @vscode/ripgrep 1.15.11 (the version VS Code 1.100 pins) looks for before downloading.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';
const RIPGREP_TRIPLES: Record<string, string> = {
  x64: 'x86_64-unknown-linux-musl',
  arm64: 'aarch64-unknown-linux-musl',
};

/** Files the install scripts produce; each one missing means a script did not run or failed. */
const BUILT_FILES = [
  'lib/vscode/node_modules/@vscode/ripgrep/bin/rg',
  'lib/vscode/node_modules/kerberos/build/Release/kerberos.node',
  'lib/vscode/node_modules/node-pty/build/Release/pty.node',
  'lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node',
  'lib/vscode/node_modules.asar',
  'lib/vscode/extensions/node_modules',
];

function fail(message: string): never {
  throw new Error(`install-code-server: ${message}`);
}

function which(command: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** Reports every missing prerequisite at once, with the command that installs them. */
function checkPrerequisites(): void {
  const missing = ['rg', 'cc', 'c++', 'make', 'python3', 'pkg-config', 'tar'].filter((tool) => !which(tool));
  if (which('pkg-config') && spawnSync('pkg-config', ['--exists', 'krb5-gssapi']).status !== 0) {
    missing.push('krb5-gssapi (libkrb5-dev)');
  }
  if (missing.length > 0) {
    fail(
      `missing ${missing.join(', ')}.\n` +
        'Install them with: apt-get install -y build-essential python3 pkg-config libkrb5-dev ripgrep',
    );
  }
}

/** Puts the local rg into the archive @vscode/ripgrep's postinstall would otherwise download. */
function seedRipgrepCache(tmpDir: string): void {
  const triple = RIPGREP_TRIPLES[arch()];
  if (!triple) fail(`no ripgrep archive name known for CPU architecture ${arch()}`);
  const cacheDir = join(tmpDir, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const stage = join(tmpDir, 'rg-stage');
  mkdirSync(cacheDir, { recursive: true });
  mkdirSync(stage, { recursive: true });
  copyFileSync(which('rg') as string, join(stage, 'rg'));
  chmodSync(join(stage, 'rg'), 0o755);
  execFileSync('tar', [
    '-czf',
    join(cacheDir, `ripgrep-${RIPGREP_RELEASE}-${triple}.tar.gz`),
    '-C',
    stage,
    'rg',
  ]);
}

/** The version the installed code-server reports, or undefined when it does not run. */
function installedVersion(): string | undefined {
  if (!existsSync(codeServerEntry)) return undefined;
  const run = spawnSync(process.execPath, [codeServerEntry, '--version'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  // Output: "4.100.3 <commit> with Code 1.100.3".
  return run.status === 0 ? /^(\d+\.\d+\.\d+)\s/m.exec(run.stdout)?.[1] : undefined;
}

function missingBuiltFiles(): string[] {
  const packageDir = join(codeServerPrefix, 'node_modules', 'code-server');
  return BUILT_FILES.filter((file) => !existsSync(join(packageDir, file)));
}

/** Returns the path of code-server's entry script, installing it first when needed. */
export function ensureCodeServer(log: (line: string) => void = console.log): string {
  if (existsSync(installedMarker) && installedVersion() === CODE_SERVER_VERSION) return codeServerEntry;

  checkPrerequisites();
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${codeServerPrefix} (once; 1–2 minutes) …`);
  const started = Date.now();
  rmSync(codeServerPrefix, { recursive: true, force: true });
  mkdirSync(codeServerPrefix, { recursive: true });
  const tmpDir = join(cacheRoot, 'install-tmp');
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  seedRipgrepCache(tmpDir);
  // A package.json of its own, so npm installs here and never walks up into another project.
  writeFileSync(
    join(codeServerPrefix, 'package.json'),
    JSON.stringify({ name: 'newsmark-code-server-cache', private: true }, null, 2),
  );

  const env = {
    ...process.env,
    TMPDIR: tmpDir,
    npm_config_dangerously_allow_all_scripts: 'true',
    // Read by code-server's postinstall.sh itself (npm no longer knows the setting).
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const npm = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      codeServerPrefix,
      '--omit=dev',
      '--no-save',
      `code-server@${CODE_SERVER_VERSION}`,
    ],
    { cwd: codeServerPrefix, env, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (npm.status !== 0) fail(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${npm.status})`);

  const missing = missingBuiltFiles();
  if (missing.length > 0) fail(`install scripts did not produce: ${missing.join(', ')}`);
  const version = installedVersion();
  if (version !== CODE_SERVER_VERSION) {
    fail(`installed code-server reports version ${version ?? '(none)'} instead of ${CODE_SERVER_VERSION}`);
  }
  rmSync(tmpDir, { recursive: true, force: true });
  writeFileSync(installedMarker, `${CODE_SERVER_VERSION}\n`);
  log(`code-server ${CODE_SERVER_VERSION} installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return codeServerEntry;
}
