import type { ChalkInstance } from 'chalk';

/**
 * The progress line on stderr while a batch runs on a terminal: articles done, rate, errors and,
 * once the number of inputs is known, the estimated time left. Redrawn at most a few times a
 * second, cleared at the end; never shown when stderr is not a terminal or with --quiet.
 */
export class ProgressLine {
  private done = 0;
  private errors = 0;
  private total: number | undefined;
  private last = 0;
  private readonly started: number;
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly colour: ChalkInstance,
    private readonly intervalMs = 250,
    private readonly clock: () => number = Date.now,
  ) {
    this.started = clock();
  }

  static enabled(stream: NodeJS.WriteStream, quiet: boolean): boolean {
    return !quiet && Boolean(stream.isTTY);
  }

  setTotal(total: number): void {
    this.total = total;
  }

  tick(isError: boolean): void {
    this.done++;
    if (isError) this.errors++;
    const now = this.clock();
    if (now - this.last >= this.intervalMs) {
      this.last = now;
      this.draw(now);
    }
  }

  /** Clears the line so that an error line or the shell prompt starts clean. */
  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }

  /** Writes a message above the progress line. */
  above(line: string): void {
    this.clear();
    this.stream.write(line);
    this.last = 0;
  }

  private draw(now: number): void {
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    const parts = [`${this.done}${this.total !== undefined ? `/${this.total}` : ''} articles`, `${rate.toFixed(1)}/s`];
    parts.push(this.errors ? this.colour.red(`${this.errors} errors`) : '0 errors');
    if (this.total !== undefined && rate > 0) parts.push(`${formatDuration((this.total - this.done) / rate)} left`);
    const line = this.colour.dim('newsfacts: ') + parts.join(this.colour.dim(' · '));
    const width = this.stream.columns ?? 80;
    this.stream.write('\r\x1b[K' + truncateVisible(line, width - 1));
    this.shown = true;
  }
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** Cuts a string with colour codes to a number of visible characters. */
function truncateVisible(s: string, width: number): string {
  let visible = 0;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\x1b') {
      const end = s.indexOf('m', i);
      if (end < 0) break;
      out += s.slice(i, end + 1);
      i = end;
      continue;
    }
    if (visible >= width) break;
    out += s[i];
    visible++;
  }
  return out + (out.includes('\x1b') ? '\x1b[0m' : '');
}
