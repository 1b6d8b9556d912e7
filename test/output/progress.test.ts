import { Chalk } from 'chalk';
import { colourFor } from '../../src/output/colour.js';
import { DEFAULT_COLUMNS, lineWidth, ProgressLine, progressText } from '../../src/output/progress.js';

const PLAIN = new Chalk({ level: 0 });
const RED = { red: (s: string) => `\x1b[31m${s}\x1b[39m`, dim: (s: string) => s };

function fakeTerminal(columns: number | undefined = 60) {
  const written: string[] = [];
  const stream = { isTTY: true, columns, write: (s: string) => (written.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('progressText', () => {
  it('shows done of the total, errors, rate and time left', () => {
    expect(progressText({ done: 120, errors: 2, total: 840, elapsedMs: 4000 }, 79, PLAIN)).toBe('newsfacts: 120/840 articles · 2 errors · 30/s · 24s left');
  });

  it('counts without a total when the inputs are not counted (yet)', () => {
    expect(progressText({ done: 7, errors: 0, elapsedMs: 2000 }, 79, PLAIN)).toBe('newsfacts: 7 articles · 0 errors · 3.5/s');
  });

  it('says article and error in the singular for one', () => {
    expect(progressText({ done: 1, errors: 1, elapsedMs: 1000 }, 79, PLAIN)).toBe('newsfacts: 1 article · 1 error · 1/s');
    expect(progressText({ done: 0, errors: 0, total: 1, elapsedMs: 500 }, 79, PLAIN)).toBe('newsfacts: 0/1 article · 0 errors · 0/s');
  });

  it('shows no time left once done, and never a total below the count', () => {
    expect(progressText({ done: 5, errors: 0, total: 5, elapsedMs: 1000 }, 79, PLAIN)).toBe('newsfacts: 5/5 articles · 0 errors · 5/s');
    expect(progressText({ done: 6, errors: 0, total: 5, elapsedMs: 1000 }, 79, PLAIN)).toBe('newsfacts: 6/6 articles · 0 errors · 6/s');
  });

  it('drops the rate, then the time left, then the errors before it cuts the line', () => {
    const state = { done: 120, errors: 2, total: 840, elapsedMs: 4000 };
    expect(progressText(state, 50, PLAIN)).toBe('newsfacts: 120/840 articles · 2 errors · 24s left');
    expect(progressText(state, 40, PLAIN)).toBe('newsfacts: 120/840 articles · 2 errors');
    expect(progressText(state, 30, PLAIN)).toBe('newsfacts: 120/840 articles');
    expect(progressText(state, 20, PLAIN)).toBe('newsfacts: 120/840 a');
  });

  it('colours errors but counts only visible characters against the width', () => {
    const text = progressText({ done: 3, errors: 2, elapsedMs: 1000 }, 38, RED);
    expect(text).toBe('newsfacts: 3 articles · \x1b[31m2 errors\x1b[39m · 3/s\x1b[0m');
  });
});

describe('lineWidth', () => {
  it('takes a default width when the terminal reports none or 0 columns', () => {
    expect(lineWidth(undefined)).toBe(DEFAULT_COLUMNS - 1);
    expect(lineWidth(0)).toBe(DEFAULT_COLUMNS - 1);
    expect(lineWidth(120)).toBe(119);
  });
});

describe('ProgressLine', () => {
  it('draws within the terminal width, at most once an interval, and clears itself', () => {
    const { stream, written } = fakeTerminal(60);
    let now = 1_000_000;
    const line = new ProgressLine(stream, PLAIN, 250, () => now, 0);
    now += 2000;
    line.setTotal(10);
    line.tick(false);
    line.tick(true); // within the interval: not drawn
    expect(written).toEqual(['\r\x1b[Knewsfacts: 1/10 articles · 0 errors · 0.5/s · 18s left']);
    now += 300;
    line.tick(false);
    expect(written[written.length - 1]).toBe('\r\x1b[Knewsfacts: 3/10 articles · 1 error · 1.3/s · 5s left');
    line.end();
    expect(written[written.length - 1]).toBe('\r\x1b[K');
  });

  /** A progress line on a fake terminal of `columns`, one record done a second after it started. */
  function afterOneRecord(columns: number) {
    const { stream, written } = fakeTerminal(columns);
    let now = 0;
    const line = new ProgressLine(stream, PLAIN, 250, () => now, 0);
    now = 1000;
    line.tick(false);
    return { line, written };
  }

  it('is drawn at a usable width on a terminal of 0 columns', () => {
    expect(afterOneRecord(0).written).toEqual(['\r\x1b[Knewsfacts: 1 article · 0 errors · 1/s']);
  });

  it('clears itself before a message, then draws again', () => {
    const { line, written } = afterOneRecord(60);
    line.above('newsfacts: warning x\n');
    expect(written.slice(1)).toEqual(['\r\x1b[K', 'newsfacts: warning x\n']);
    line.tick(false);
    expect(written[written.length - 1]).toMatch(/^\r\x1b\[Knewsfacts: 2 articles/);
  });

  it('is off when stderr is not a terminal or with --quiet', () => {
    expect(ProgressLine.enabled({ isTTY: false } as NodeJS.WriteStream, false)).toBe(false);
    expect(ProgressLine.enabled({ isTTY: true } as NodeJS.WriteStream, true)).toBe(false);
    expect(ProgressLine.enabled({ isTTY: true } as NodeJS.WriteStream, false)).toBe(true);
  });
});

describe('colourFor', () => {
  it('turns colour off with NO_COLOR and off a terminal', () => {
    expect(colourFor({ isTTY: true }, { NO_COLOR: '1' }).level).toBe(0);
    expect(colourFor({ isTTY: false }, {}).level).toBe(0);
    expect(colourFor({ isTTY: true }, { NO_COLOR: '' }).level).toBeGreaterThan(0);
  });
});
