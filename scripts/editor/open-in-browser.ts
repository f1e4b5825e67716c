// `npm start`: builds newsmark.vsix, installs code-server once (cached), installs the extension
// into a throw-away profile and serves VS Code on the loopback interface with seeds/ open, behind
// a random password made for this start. Prints the URL and the password and runs until Ctrl-C. Options: --port N (default: a free port),
// --folder PATH (default: seeds/), --no-package (reuse the existing newsmark.vsix).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { installExtension, makeProfile, startCodeServer } from './code-server';
import { ensureCodeServer } from './ensure-code-server';
import { repoRoot, vsixPath } from './paths';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/**
 * Runs `npm run package` and checks that it wrote a fresh newsmark.vsix. Its output (the build,
 * vsce's list of packaged files) is shown only when it fails.
 */
function buildVsix(): void {
  const started = Date.now();
  console.log('Packaging newsmark.vsix …');
  const run = spawnSync('npm', ['run', 'package'], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout ?? ''}${run.stderr ?? ''}`);
    throw new Error(`npm run package failed (exit ${run.status})`);
  }
  if (!existsSync(vsixPath) || statSync(vsixPath).mtimeMs < started - 1000) {
    throw new Error(`npm run package did not write ${vsixPath}`);
  }
}

async function main(): Promise<void> {
  const folder = resolve(option('--folder') ?? join(repoRoot, 'seeds'));
  const port = option('--port') ? Number(option('--port')) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    throw new Error(`--port needs a port number, got ${option('--port')}`);
  }
  // code-server first: a machine without the packages it needs to install hears so at once,
  // not after the packaging.
  ensureCodeServer();
  if (!process.argv.includes('--no-package')) buildVsix();
  else if (!existsSync(vsixPath)) throw new Error(`--no-package given but ${vsixPath} does not exist`);

  const scratch = mkdtempSync(join(tmpdir(), 'newsmark-editor-'));
  const profile = makeProfile(scratch, {
    'telemetry.telemetryLevel': 'off',
    'workbench.startupEditor': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
  });
  installExtension(profile, vsixPath);
  const server = await startCodeServer(profile, folder, { port });

  let stopping = false;
  const shutdown = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  server.child.once('exit', (code) => {
    if (stopping) return;
    console.error(`code-server stopped unexpectedly (exit ${code}):\n${server.output()}`);
    rmSync(scratch, { recursive: true, force: true });
    process.exit(1);
  });

  console.log(
    `\nNewsmark is running in VS Code (code-server) with ${folder} open:\n\n` +
      `  URL:      ${server.url}\n  Password: ${server.password}\n\n` +
      'The password is new for every start; the page asks for it once per browser session.\n',
  );
  console.log(`Profile (settings, extensions, logs): ${scratch}\nPress Ctrl-C to stop.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
