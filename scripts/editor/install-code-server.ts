// Command line: installs code-server into the Newsmark cache (once) and prints its entry script.
// `npm run test:e2e` runs it before mocha, so a first (long) install is not timed as part of a test.
import { ensureCodeServer } from './ensure-code-server';

try {
  console.log(ensureCodeServer());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
