import chalk, { Chalk, type ChalkInstance } from 'chalk';

/**
 * Colour for a stream: on only when it is a terminal and NO_COLOR is unset or empty (no-color.org;
 * chalk itself reads only FORCE_COLOR, and judges by stdout rather than the stream we write to).
 */
export function colourFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  const off = (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || !stream.isTTY;
  return new Chalk({ level: off ? 0 : Math.max(chalk.level, 1) as 0 | 1 | 2 | 3 });
}
