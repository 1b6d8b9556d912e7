import { StringDecoder } from 'node:string_decoder';

export type Line = { lineNo: number; text: string } | { lineNo: number; tooLong: true };

/**
 * Splits a byte stream into lines as they arrive, so an NDJSON stream of any length is processed
 * with flat memory. A line longer than `maxBytes` is reported as too long and skipped without being
 * held in memory; `\r\n` endings and a leading BOM are handled; blank lines are dropped.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let buf = '';
  let bufBytes = 0;
  let overflow = false;
  let lineNo = 0;
  let first = true;
  const finish = (text: string): Line | null => {
    lineNo++;
    if (overflow || text.length > maxBytes / 3 && Buffer.byteLength(text, 'utf8') > maxBytes) {
      overflow = false;
      return { lineNo, tooLong: true };
    }
    if (first) {
      first = false;
      text = text.replace(/^\uFEFF/, '');
    }
    text = text.endsWith('\r') ? text.slice(0, -1) : text;
    return text.trim() === '' ? null : { lineNo, text };
  };
  for await (const chunk of stream) {
    let s = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let nl = s.indexOf('\n');
    while (nl >= 0) {
      const line = finish(overflow ? '' : buf + s.slice(0, nl));
      buf = '';
      bufBytes = 0;
      if (line) yield line;
      s = s.slice(nl + 1);
      nl = s.indexOf('\n');
    }
    if (!overflow) {
      buf += s;
      bufBytes += Buffer.byteLength(s, 'utf8');
      if (bufBytes > maxBytes) {
        overflow = true;
        buf = '';
      }
    }
  }
  const rest = decoder.end();
  if (!overflow) buf += rest;
  if (buf !== '' || overflow) {
    const line = finish(buf);
    if (line) yield line;
  }
}
