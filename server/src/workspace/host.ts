// The workspace index's side of the LSP connection: where its folders and cache come from
// (initialize), the editor's progress bar and its cancel button, the file watcher, and what it
// tells the client and the log. Kept apart from server.ts, which only wires handlers.
import {
  DidChangeWatchedFilesNotification,
  type Connection,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEXED_NOTIFICATION, type IndexedParams } from '../protocol';
import { ALIASES_FILE } from './aliases';
import type { IndexerHost, IndexerOptions, Progress } from './indexer';
import { ARTICLE_GLOB } from './scan';

/** What the client says in initializationOptions about the index. */
interface IndexOptions {
  /** A folder the extension owns (VS Code's storageUri), for the cache. */
  storagePath?: unknown;
  /** The client watches the article files itself and sends didChangeWatchedFiles: no registration. */
  watchesFiles?: unknown;
}

/** `--cache-dir DIR` or `--cache-dir=DIR` among the server's arguments. */
export function cacheDirArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--cache-dir' && argv[i + 1] !== undefined) return resolve(argv[i + 1]);
    if (argv[i].startsWith('--cache-dir=')) return resolve(argv[i].slice('--cache-dir='.length));
  }
  return undefined;
}

function fileFolder(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The index's folders and cache from the initialize request and the server's arguments. */
export function indexerOptions(
  params: InitializeParams,
  argv: readonly string[],
  workerPath: string,
): IndexerOptions & { registerWatcher: boolean } {
  const folders = (params.workspaceFolders ?? [])
    .map((f) => fileFolder(f.uri))
    .filter((f): f is string => f !== undefined);
  if (folders.length === 0 && params.rootUri) {
    const root = fileFolder(params.rootUri);
    if (root) folders.push(root);
  }
  const options = (params.initializationOptions ?? {}) as IndexOptions;
  const storage =
    typeof options.storagePath === 'string' && isAbsolute(options.storagePath)
      ? options.storagePath
      : undefined;
  const canRegister = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  return {
    folders,
    cacheDir: cacheDirArgument(argv) ?? storage,
    workerPath,
    // Two on this project's two-core machine; never more than the cores leave beside the server.
    workers: 2,
    registerWatcher: canRegister && options.watchesFiles !== true,
  };
}

/**
 * Asks the client to watch the articles, the aliases files and `more` (an editor that does not
 * watch by itself).
 */
export function registerWatcher(connection: Connection, more: readonly string[] = []): void {
  void connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: [ARTICLE_GLOB, `**/${ALIASES_FILE.replace(/\\/g, '/')}`, ...more].map((globPattern) => ({
      globPattern,
    })),
  });
}

/** The indexer's host over `connection`; `changed` is called (debounced) when the index changes. */
export function connectionHost(connection: Connection, changed: () => void): IndexerHost {
  let timer: NodeJS.Timeout | undefined;
  return {
    log: (line) => connection.console.log(line),
    progress: async (title): Promise<Progress> => {
      const reporter = await connection.window.createWorkDoneProgress();
      reporter.begin(title, 0, undefined, true);
      return {
        report: (percentage, message) => reporter.report(percentage, message),
        done: () => reporter.done(),
        get cancelled() {
          return reporter.token.isCancellationRequested;
        },
      };
    },
    changed: () => {
      clearTimeout(timer);
      timer = setTimeout(changed, 200);
    },
    scanned: (stats) => void connection.sendNotification(INDEXED_NOTIFICATION, stats satisfies IndexedParams),
  };
}
