import { extractRecord } from '../../src/pipeline.js';
import { htmlToArticle } from '../../src/article/html.js';
import { ITEM_KINDS, type ItemKind } from '../../src/record/types.js';

// Inputs built to make a regular expression backtrack or an algorithm go quadratic. Each must
// finish, and quadrupling the input may cost at most about four times as long: the bound (10x)
// is generous because machines are noisy, while a quadratic step shows as 16x or more. The cost is
// this process's CPU time, the least of three runs: wall time counts the time other processes
// hold the cores, and on a loaded machine one preemption made a 7 ms run take 46 ms.
const STRESS: Record<string, (n: number) => string> = {
  'capitalised words': (n) => 'Governor Vasily Anokhin Smolensk Region Ministry Defense '.repeat(Math.ceil(n / 57)).slice(0, n),
  'unmatched quotation marks': (n) => '“ He said ‘ " « '.repeat(Math.ceil(n / 16)).slice(0, n),
  'digit runs': (n) => ('1234567890'.repeat(50) + ' , ').repeat(Math.ceil(n / 503)).slice(0, n),
  '"and" chains': (n) => 'Bryansk, Kursk and Belgorod and five and two and '.repeat(Math.ceil(n / 49)).slice(0, n),
  'one long line of dates': (n) => 'October 8 between 2:00 and 5:00 pm on Monday, '.repeat(Math.ceil(n / 46)).slice(0, n),
};

/** CPU milliseconds (user and system) of the least costly of three runs. */
function cpuMs(fn: () => void): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    runs.push((used.user + used.system) / 1000);
  }
  return Math.min(...runs);
}

function growth(run: (n: number) => void, base: number): { t1: number; t4: number } {
  run(base / 4); // warm-up: lexicons, JIT
  const t1 = cpuMs(() => run(base));
  const t4 = cpuMs(() => run(base * 4));
  return { t1, t4 };
}

const BASE = 50_000; // characters: 50 KB, then 200 KB

describe.each(Object.entries(STRESS))('%s', (_name, make) => {
  it.each(ITEM_KINDS as unknown as ItemKind[])('%s finishes in linear time', (kind) => {
    const run = (n: number) => {
      extractRecord({ id: 's', source: { kind: 'stdin' }, text: make(n) }, { types: [kind], includeText: false });
    };
    const { t1, t4 } = growth(run, BASE);
    // 20 ms of slack absorbs timer noise on inputs that run in a few milliseconds.
    expect(t4).toBeLessThan(10 * t1 + 20);
  });
});

describe('HTML', () => {
  it('10,000 nested tags finish, in linear time', () => {
    const nested = (n: number) => '<div>'.repeat(n) + '<p>Governor Jane Roe said: “We are calm.”</p>' + '</div>'.repeat(n);
    const run = (n: number) => {
      try {
        htmlToArticle(`<html><body>${nested(n)}</body></html>`);
      } catch {
        /* a page without an article is a fine answer here */
      }
    };
    const { t1, t4 } = growth(run, 2_500);
    expect(t4).toBeLessThan(10 * t1 + 50);
  });
});
