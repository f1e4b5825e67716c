// What the e2e driver and the extension-host test runner exchange through files.

/** Written by the driver as JSON; its path reaches the extension host as NEWSMARK_EXTHOST_CONFIG. */
export interface ExtHostConfig {
  /** The repository (for mocha and the seed's gold). */
  repoRoot: string;
  /** The runner starts the suites once this file exists. */
  triggerPath: string;
  /** Where the runner writes ExtHostResults. */
  resultsPath: string;
  /** A scratch copy of the seed article the suites may open and edit. */
  articlePath: string;
  /** Facts the suites report back beside their results (e.g. the language VS Code chose). */
  factsPath: string;
}

export interface ExtHostResults {
  started: string;
  finished?: string;
  passed: string[];
  failed: { title: string; message: string }[];
  pending: string[];
}
