import { ensureBuilt, runCli } from '../helpers/cli.js';

beforeAll(() => ensureBuilt());

// The contract for running beyond one machine (GNU parallel --pipe, Hadoop Streaming, Spark's
// pipe()): NDJSON in on stdin, NDJSON out, and a record depends only on its own line.
describe('a split NDJSON stream, concatenated, gives the output of one run', () => {
  it('holds for ids, missing ids, bad lines and worker counts', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'Governor Jane Roe of the Tver Region said: “All is calm.” Five drones fell.', published: '2025-10-08' }),
      JSON.stringify({ text: 'An article with no id, about Kyiv and Kharkiv on Monday.' }),
      'not json at all',
      JSON.stringify({ id: 'b', html: '<html><body><article><p>Mayor John Smith of Springfield said on Tuesday that “the storm is over”, and two people were hurt.</p></article></body></html>' }),
      JSON.stringify({ id: 'c', title: 'no text' }),
      JSON.stringify({ id: 'd', text: 'Lt. Gen. Ivan Petrov said three regions were hit overnight.' }),
    ];
    const whole = await runCli(['extract', '--input-format', 'ndjson', '-j', '2', '-'], { input: lines.join('\n') + '\n', env: { NEWSFACTS_EAGER_WORKERS: '1' } });
    const parts = [lines.slice(0, 2), lines.slice(2, 3), lines.slice(3)];
    let joined = '';
    for (const [i, part] of parts.entries()) {
      joined += (await runCli(['extract', '--input-format', 'ndjson', '-j', String(1 + (i % 2)), '-'], { input: part.join('\n') + '\n', env: { NEWSFACTS_EAGER_WORKERS: '1' } })).stdout;
    }
    expect(whole.stdout.split('\n').filter(Boolean)).toHaveLength(lines.length);
    expect(joined).toBe(whole.stdout);
  });
});
