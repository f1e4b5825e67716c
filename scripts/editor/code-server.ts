// Runs code-server in isolation: its own user-data and extensions folders, XDG folders and TMPDIR
// in one scratch folder, loopback only, no telemetry or update checks. Shared by `npm start` (a
// person looks at the extension) and the editor tests (a browser drives it).
//
// The workbench has a terminal, so whoever reaches it acts as the user who started it. Loopback
// alone does not keep others out (any local user, or a web page through DNS rebinding, reaches
// 127.0.0.1), so every start asks for a fresh random password: code-server's login page sets a
// session cookie for 127.0.0.1, and it refuses pages and WebSocket upgrades without it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ensureCodeServer } from './ensure-code-server';
import { GiveUp, pollFor } from './poll';

export interface Profile {
  /** Scratch folder holding everything below. */
  root: string;
  userDataDir: string;
  extensionsDir: string;
  env: NodeJS.ProcessEnv;
}

export interface RunningCodeServer {
  /** `http://127.0.0.1:PORT`. */
  baseUrl: string;
  /** The workbench URL that opens `folder` (after logging in). */
  url: string;
  /** The password of code-server's login page, random for each start. */
  password: string;
  child: ChildProcess;
  /** Everything code-server printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

/** Creates the scratch folders and the user settings.json; returns the profile to run with. */
export function makeProfile(root: string, settings: Record<string, unknown>): Profile {
  const dirs = {
    userDataDir: join(root, 'user-data'),
    extensionsDir: join(root, 'extensions'),
    config: join(root, 'xdg-config'),
    data: join(root, 'xdg-data'),
    cache: join(root, 'xdg-cache'),
    tmp: join(root, 'tmp'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  writeUserSettings({ userDataDir: dirs.userDataDir }, settings);
  return {
    root,
    userDataDir: dirs.userDataDir,
    extensionsDir: dirs.extensionsDir,
    // Without these, code-server and the browser write their config and caches into $HOME.
    env: {
      ...process.env,
      XDG_CONFIG_HOME: dirs.config,
      XDG_DATA_HOME: dirs.data,
      XDG_CACHE_HOME: dirs.cache,
      TMPDIR: dirs.tmp,
    },
  };
}

/** Replaces the profile's user settings; a running code-server picks the change up live. */
export function writeUserSettings(
  profile: Pick<Profile, 'userDataDir'>,
  settings: Record<string, unknown>,
): void {
  const dir = join(profile.userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

function isolationFlags(profile: Profile): string[] {
  return [
    '--user-data-dir',
    profile.userDataDir,
    '--extensions-dir',
    profile.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ];
}

/** Installs a .vsix into the profile's extensions folder; throws with code-server's output on failure. */
export function installExtension(profile: Profile, vsix: string): void {
  const entry = ensureCodeServer();
  const run = spawnSync(process.execPath, [entry, ...isolationFlags(profile), '--install-extension', vsix], {
    env: profile.env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status !== 0 || !/was successfully installed/.test(output)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${run.status}):\n${output}`);
  }
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A password for one start: 24 random bytes (192 bits), letters, digits, `-` and `_` only. */
export function newPassword(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Starts code-server on 127.0.0.1 opening `folder`, behind a new random password, and resolves
 * once /healthz answers.
 */
export async function startCodeServer(
  profile: Profile,
  folder: string,
  options: { port?: number; extraEnv?: NodeJS.ProcessEnv } = {},
): Promise<RunningCodeServer> {
  const entry = ensureCodeServer();
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const password = newPassword();
  // The password goes through the environment, which only this user can read (a command line is
  // visible to every user in `ps`); code-server removes it before starting its own children. A
  // HASHED_PASSWORD inherited from the caller would take precedence, so it is dropped.
  // Its own process group, so stopping it also stops its extension host, file watcher and the
  // language servers the extensions started, which would otherwise outlive it for a moment.
  const child = spawn(
    process.execPath,
    [
      entry,
      ...isolationFlags(profile),
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'password',
      // No forwarding of other local ports through code-server (/proxy/PORT): nothing here needs it.
      '--disable-proxy',
      folder,
    ],
    {
      env: { ...profile.env, ...options.extraEnv, PASSWORD: password, HASHED_PASSWORD: undefined },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  const group = child.pid as number;
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `code-server exited (code ${code}, signal ${signal})`));

  const signalGroup = (signal: NodeJS.Signals | 0): boolean => {
    try {
      process.kill(-group, signal);
      return true;
    } catch {
      return false; // no process of the group is left
    }
  };
  // If this process ends without calling stop(), do not leave code-server behind.
  const onExit = (): void => void signalGroup('SIGTERM');
  process.once('exit', onExit);

  const stop = async (): Promise<void> => {
    process.removeListener('exit', onExit);
    signalGroup('SIGTERM');
    try {
      await pollFor(
        'code-server and its helper processes to exit',
        () => (signalGroup(0) ? undefined : true),
        10_000,
        100,
      );
    } catch {
      signalGroup('SIGKILL');
    }
  };

  try {
    await pollFor(
      `code-server /healthz on ${baseUrl}`,
      async () => {
        if (exited) throw new GiveUp(`${exited}:\n${output}`);
        const response = await fetch(`${baseUrl}/healthz`);
        return response.ok ? true : undefined;
      },
      60_000,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    baseUrl,
    url: `${baseUrl}/?folder=${encodeURIComponent(folder)}`,
    password,
    child,
    output: () => output,
    stop,
  };
}
