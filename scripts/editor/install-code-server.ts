// Command line: installs code-server into the Newsmark cache (once) and prints its entry script.
// Used by .ci/run before the editor tests, so the install time shows as its own step.
import { ensureCodeServer } from './code-server-install';

try {
  console.log(ensureCodeServer());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
