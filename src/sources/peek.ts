/**
 * Reads a stream until its first non-blank text has arrived (or it ends), and gives that text
 * with a replay of the whole stream, so a format can be decided by content without losing bytes.
 */
export async function peekStream(stream: AsyncIterable<Buffer | string>): Promise<{ headText: string; replay: () => AsyncGenerator<Buffer | string> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const head: Array<Buffer | string> = [];
  let headText = '';
  let done = false;
  while (headText.trim() === '' && !done) {
    const next = await iterator.next();
    if (next.done) done = true;
    else {
      head.push(next.value);
      headText += next.value.toString();
    }
  }
  async function* replay(): AsyncGenerator<Buffer | string> {
    yield* head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { headText, replay };
}
