import { counted, formatDuration, formatRate } from './run-figures.js';

/** The colours the progress line uses; identity off a terminal or with NO_COLOR. */
export interface LineColour {
  red(text: string): string;
  dim(text: string): string;
}

/** Where a run stands: what the progress line shows. */
export interface ProgressState {
  done: number;
  errors: number;
  /** The records the run will write, once the inputs are counted (see ProgressLine.setTotal). */
  total?: number;
  elapsedMs: number;
}

/** A width for a terminal that reports none, or 0 columns (some emulators, a serial console). */
export const DEFAULT_COLUMNS = 80;
/** Narrower than this, a reported width is taken for a wrong one. */
const MIN_COLUMNS = 20;

/** The columns the line may fill: one less than the terminal's, so the cursor never wraps. */
export function lineWidth(columns: number | undefined): number {
  return (columns !== undefined && columns >= MIN_COLUMNS ? columns : DEFAULT_COLUMNS) - 1;
}

/**
 * The progress line's text for a state and a width: done (of the total when known), errors, rate
 * and, with a total, the time left at the rate so far. Parts that do not fit are left out, the
 * least telling first (rate, then time left, then errors), before the line is cut.
 */
export function progressText(state: ProgressState, width: number, colour: LineColour): string {
  const { done, errors, elapsedMs } = state;
  const total = state.total === undefined ? undefined : Math.max(state.total, done);
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const parts: { text: string; visible: number }[] = [];
  const add = (text: string, shown = text) => parts.push({ text: shown, visible: text.length });
  add(total === undefined ? counted(done, 'article') : `${done}/${counted(total, 'article')}`);
  const errorText = counted(errors, 'error');
  add(errorText, errors ? colour.red(errorText) : errorText);
  const rateAt = parts.length;
  add(`${formatRate(rate)}/s`);
  if (total !== undefined && rate > 0 && done < total) add(`${formatDuration((total - done) / rate)} left`);
  const prefix = 'newsfacts: ';
  const separator = ' · ';
  const visible = () => prefix.length + parts.reduce((n, p) => n + p.visible, 0) + separator.length * (parts.length - 1);
  // drop order: rate, time left, errors
  for (const at of [rateAt, rateAt, 1]) if (visible() > width && parts.length > at) parts.splice(at, 1);
  const line = colour.dim(prefix) + parts.map((p) => p.text).join(colour.dim(separator));
  return truncateVisible(line, width);
}

/**
 * The progress line on stderr while a batch runs on a terminal (ProgressLine.enabled): redrawn at
 * most every `intervalMs` as records come, and each second while none does (so the time left
 * moves), cleared before any other line on stderr and at the end.
 */
export class ProgressLine {
  private done = 0;
  private errors = 0;
  private total: number | undefined;
  private last = 0;
  private readonly started: number;
  private shown = false;
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly colour: LineColour,
    private readonly intervalMs = 250,
    private readonly clock: () => number = Date.now,
    idleRedrawMs = 1000,
  ) {
    this.started = clock();
    if (idleRedrawMs > 0) this.timer = setInterval(() => this.redrawIfIdle(), idleRedrawMs).unref();
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
    if (now - this.last >= this.intervalMs) this.draw(now);
  }

  /** Clears the line so that an error line or the shell prompt starts clean. */
  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }

  /** Clears the line for good: the run is over. */
  end(): void {
    clearInterval(this.timer);
    this.clear();
  }

  /** Writes a message above the progress line. */
  above(line: string): void {
    this.clear();
    this.stream.write(line);
    this.last = 0;
  }

  private redrawIfIdle(): void {
    const now = this.clock();
    if (now - this.last >= this.intervalMs) this.draw(now);
  }

  private draw(now: number): void {
    this.last = now;
    const state = { done: this.done, errors: this.errors, total: this.total, elapsedMs: now - this.started };
    this.stream.write('\r\x1b[K' + progressText(state, lineWidth(this.stream.columns), this.colour));
    this.shown = true;
  }
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
