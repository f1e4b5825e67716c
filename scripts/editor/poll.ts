// Waiting for something to become true, shared by the code-server launcher, the browser-driven
// VS Code test and the extension-host suite. It imports nothing, so the suite's bundle (which runs
// inside the editor) does not pull in the launcher.

/** Thrown from a poll's check to stop waiting at once (e.g. the process being waited for died). */
export class GiveUp extends Error {}

/** Polls `check` every `everyMs` until it returns a value other than undefined, or throws on timeout. */
export async function pollFor<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs: number,
  everyMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      if (error instanceof GiveUp) throw error;
      lastError = error;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
