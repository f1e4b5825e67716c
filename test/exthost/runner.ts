// A test-runner extension for the editor e2e run. code-server loads it from the throw-away
// extensions folder; it waits until the driver creates the trigger file (so it never races the
// driver's UI checks), runs the mocha suites in ./suite inside the extension host, where they can
// use VS Code's own commands, and writes the results as JSON for the driver to assert on.
// The driver passes the path of its configuration (ExtHostConfig, JSON) in NEWSMARK_EXTHOST_CONFIG,
// which code-server hands down to the extension host.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import type { ExtHostConfig, ExtHostResults } from './protocol';

/** How long to wait for the trigger: the driver's UI checks come first. */
const TRIGGER_TIMEOUT_MS = 15 * 60_000;

function waitForFile(path: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const tick = (): void => {
      if (existsSync(path)) resolve(true);
      else if (Date.now() > deadline) resolve(false);
      else setTimeout(tick, 200);
    };
    tick();
  });
}

async function runSuites(extensionPath: string, config: ExtHostConfig): Promise<ExtHostResults> {
  const results: ExtHostResults = { started: new Date().toISOString(), passed: [], failed: [], pending: [] };
  // mocha comes from the repository's node_modules, the same copy `npm test` uses.
  const Mocha = createRequire(join(config.repoRoot, 'package.json'))('mocha') as typeof import('mocha');
  const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, reporter: Mocha.reporters.Base });
  const suiteDir = join(extensionPath, 'suite');
  for (const file of readdirSync(suiteDir).filter((f) => f.endsWith('.exthost.js')))
    mocha.addFile(join(suiteDir, file));
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (test) => results.passed.push(test.fullTitle()));
    runner.on('fail', (test, error: Error) =>
      results.failed.push({ title: test.fullTitle(), message: error?.stack ?? String(error) }),
    );
    runner.on('pending', (test) => results.pending.push(test.fullTitle()));
  });
  results.finished = new Date().toISOString();
  return results;
}

export function activate(context: vscode.ExtensionContext): void {
  const configPath = process.env.NEWSMARK_EXTHOST_CONFIG;
  if (!configPath || !existsSync(configPath)) return; // not started by the e2e driver: stay idle
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as ExtHostConfig;
  void (async () => {
    let results: ExtHostResults;
    try {
      if (!(await waitForFile(config.triggerPath, TRIGGER_TIMEOUT_MS))) return;
      results = await runSuites(context.extensionPath, config);
    } catch (error) {
      results = {
        started: new Date().toISOString(),
        passed: [],
        failed: [
          {
            title: 'extension-host runner',
            message: error instanceof Error ? String(error.stack) : String(error),
          },
        ],
        pending: [],
      };
    }
    writeFileSync(config.resultsPath, JSON.stringify(results, null, 2));
  })();
}

export function deactivate(): void {}
