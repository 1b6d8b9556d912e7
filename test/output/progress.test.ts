import { Chalk } from 'chalk';
import { colourFor } from '../../src/output/colour.js';
import { formatDuration, ProgressLine } from '../../src/output/progress.js';

function fakeTerminal(columns = 60) {
  const written: string[] = [];
  const stream = { isTTY: true, columns, write: (s: string) => (written.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('ProgressLine', () => {
  it('shows articles done, rate, errors and time left, within the terminal width', () => {
    const { stream, written } = fakeTerminal(60);
    let now = 1_000_000;
    const line = new ProgressLine(stream, new Chalk({ level: 0 }), 0, () => now);
    now += 2000;
    line.setTotal(10);
    line.tick(false);
    line.tick(true);
    const last = written[written.length - 1]!;
    expect(last.startsWith('\r\x1b[K')).toBe(true);
    expect(last).toMatch(/2\/10 articles/);
    expect(last).toMatch(/1 errors/);
    expect(last).toMatch(/1\.0\/s/);
    expect(last).toMatch(/8s left/);
    expect(last.replace('\r\x1b[K', '').length).toBeLessThanOrEqual(59);
    line.clear();
    expect(written[written.length - 1]).toBe('\r\x1b[K');
  });

  it('is off when stderr is not a terminal or with --quiet', () => {
    expect(ProgressLine.enabled({ isTTY: false } as NodeJS.WriteStream, false)).toBe(false);
    expect(ProgressLine.enabled({ isTTY: true } as NodeJS.WriteStream, true)).toBe(false);
    expect(ProgressLine.enabled({ isTTY: true } as NodeJS.WriteStream, false)).toBe(true);
  });

  it('formats durations', () => {
    expect(formatDuration(42)).toBe('42s');
    expect(formatDuration(125)).toBe('2m05s');
    expect(formatDuration(3 * 3600 + 120)).toBe('3h02m');
  });
});

describe('colourFor', () => {
  it('turns colour off with NO_COLOR and off a terminal', () => {
    expect(colourFor({ isTTY: true }, { NO_COLOR: '1' }).level).toBe(0);
    expect(colourFor({ isTTY: false }, {}).level).toBe(0);
    expect(colourFor({ isTTY: true }, { NO_COLOR: '' }).level).toBeGreaterThan(0);
  });
});
