import { Command, InvalidArgumentError } from 'commander';
import fc from 'fast-check';
import { isIsoDate } from '../../src/record/iso-date.js';
import { buildProgram } from '../../src/cli.js';
import * as summarizeCommand from '../../src/summary/command.js';
import { parseBytes, parseDate, parseTimeout, RUN_DEFAULTS } from '../../src/run-options.js';

describe('the options extract and summarize share', () => {
  it('--published takes an ISO 8601 date or date-time of a real day', () => {
    for (const ok of ['2025-10-08', '2025-10-08T14:00', '2025-10-08T14:00:05Z', '2025-10-08T14:00:05.250+03:00', '2025-10-08T14:00+0300']) expect(parseDate(ok)).toBe(ok);
    for (const bad of ['2025-13-40', '08.10.2025', '2025-10-08T', '2025-10-08 14:00', 'yesterday']) expect(() => parseDate(bad)).toThrow(InvalidArgumentError);
    // days that do not exist, which Date.parse rolls over into the next month
    for (const bad of ['2024-02-30', '2023-02-29', '2025-04-31', '2025-10-08T24:30', '2025-10-08T14:60']) expect(() => parseDate(bad)).toThrow(InvalidArgumentError);
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
  });

  it('a date is a real day exactly when the calendar has it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        expect(isIsoDate(iso)).toBe(real);
      }),
    );
  });

  it('--max-bytes takes a size in bytes, K, M or G', () => {
    expect(parseBytes('10000')).toBe(10_000);
    expect(parseBytes('500k')).toBe(500 * 1024);
    expect(parseBytes('1.5MB')).toBe(1.5 * 1024 * 1024);
    expect(parseBytes(' 2g ')).toBe(2 * 1024 ** 3);
    expect(() => parseBytes('ten')).toThrow(InvalidArgumentError);
  });

  it('--timeout takes positive seconds a timer can wait, never one that would fire at once', () => {
    expect(parseTimeout('30')).toBe(30);
    expect(parseTimeout('0.5')).toBe(0.5);
    expect(parseTimeout('2147483')).toBe(2_147_483);
    for (const bad of ['0', '-1', 'soon', '99999999999']) expect(() => parseTimeout(bad)).toThrow(InvalidArgumentError);
  });

  it('are declared once: both commands list them, with the same defaults', () => {
    const io = { stdout: process.stdout, stderr: process.stderr };
    const program: Command = buildProgram(io, summarizeCommand);
    const optionsOf = (name: string) => program.commands.find((c) => c.name() === name)!.options.map((o) => [o.long, o.defaultValue]);
    const shared = ['--input-format', '--published', '--output', '--urls', '--cache', '--timeout', '--max-bytes', '--concurrency', '--quiet'];
    for (const command of ['extract', 'summarize']) {
      const options = optionsOf(command);
      expect(options.filter(([long]) => shared.includes(long as string))).toEqual([
        ['--input-format', RUN_DEFAULTS.inputFormat],
        ['--published', undefined],
        ['--output', undefined],
        ['--urls', undefined],
        ['--cache', undefined],
        ['--timeout', RUN_DEFAULTS.timeout],
        ['--max-bytes', RUN_DEFAULTS.maxBytes],
        ['--concurrency', RUN_DEFAULTS.concurrency],
        ['--quiet', false],
      ]);
    }
  });
});
