import { Writable } from 'node:stream';

/** A stream that keeps what is written to it, as text, for a command's standard output or error in a test. */
export function textSink(): Writable & { text: string } {
  const w = new Writable({
    write(chunk, _enc, cb) {
      w.text += chunk.toString();
      cb();
    },
  }) as Writable & { text: string };
  w.text = '';
  return w;
}
