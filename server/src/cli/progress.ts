// The progress line of a long run, on standard error when it is a terminal: files done, the
// speed in MB/s of input and the time left. Redrawn at most ten times a second, cleared before
// anything else is written so it never mixes with the output or the messages.
export class Progress {
  private readonly started = Date.now();
  private drawnAt = 0;
  private shown = false;
  private files = 0;
  private bytes = 0;

  constructor(
    private readonly totalFiles: number,
    private readonly totalBytes: number,
    private readonly stream: { write(s: string): boolean; isTTY?: boolean } = process.stderr,
  ) {}

  private get enabled(): boolean {
    return this.stream.isTTY === true && this.totalFiles > 1;
  }

  /** One more file done, of `bytes` bytes. */
  advance(bytes: number): void {
    this.files++;
    this.bytes += bytes;
    const now = Date.now();
    if (!this.enabled || (now - this.drawnAt < 100 && this.files < this.totalFiles)) return;
    this.drawnAt = now;
    this.stream.write(
      `\r\u001b[K${progressText(this.files, this.totalFiles, this.bytes, this.totalBytes, now - this.started)}`,
    );
    this.shown = true;
  }

  /** Takes the line away, before other output. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\u001b[K');
    this.shown = false;
  }
}

/** "120/10000 files · 8.4 MB/s · 0:42 left". */
export function progressText(
  files: number,
  totalFiles: number,
  bytes: number,
  totalBytes: number,
  ms: number,
): string {
  const seconds = ms / 1000;
  const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
  const left = bytes > 0 && totalBytes > bytes ? ((totalBytes - bytes) / bytes) * seconds : 0;
  const whole = Math.round(left);
  const clock = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  return `${files}/${totalFiles} files · ${rate.toFixed(1)} MB/s · ${clock} left`;
}
