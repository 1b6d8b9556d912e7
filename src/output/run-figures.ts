// How a run's figures read on stderr, in the progress line and in the last line: counts with their
// noun, rates and durations. No colour here: the last line is written off a terminal too.

/** A count and its noun, singular for one: "1 article", "3 errors". */
export function counted(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}

/** A rate a reader takes in at a glance: three figures at most, two below 10 ("271", "27.1", "2.7", "0.45", "30"). */
export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond) || perSecond <= 0) return '0';
  if (perSecond >= 100) return perSecond.toFixed(0);
  return String(Number(perSecond >= 10 ? perSecond.toFixed(1) : perSecond.toPrecision(2)));
}

/** A time left or taken in whole seconds: "42s", "2m05s", "3h02m". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** What the last line of a run reports. */
export interface RunFigures {
  records: number;
  errors: number;
  seconds: number;
  /** With --resume: the records the output file held already, whose inputs were skipped. */
  resumed?: { records: number; file: string };
}

/**
 * The last line of a run, after its prefix: "840 articles (2 errors) in 3.1 s, 271 articles/s".
 * A short run's time keeps a tenth of a second; a long one reads as the progress line's time left.
 */
export function summaryLine(figures: RunFigures): string {
  const { records, errors, seconds } = figures;
  const took = seconds < 60 ? `${seconds.toFixed(1)} s` : formatDuration(seconds);
  let line = counted(records, 'article');
  if (errors > 0) line += ` (${counted(errors, 'error')})`;
  line += ` in ${took}`;
  if (records > 0 && seconds > 0) line += `, ${formatRate(records / seconds)} articles/s`;
  if (figures.resumed) line += `; ${figures.resumed.records} already in ${figures.resumed.file}`;
  return line;
}
