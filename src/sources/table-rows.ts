import { StringDecoder } from 'node:string_decoder';

/** A row of a table, with the line it starts on; one over the bound is reported unheld. */
export type TableRow = { line: number; cells: string[] } | { line: number; tooLarge: true };

/**
 * Splits CSV (RFC 4180) or TSV into rows as the bytes arrive: fields separated by `delimiter`, a
 * field in double quotes may hold delimiters, line breaks and `""` for a quote; rows end at LF, CRLF
 * or CR. A quote inside an unquoted field, or after a closing one, is kept as text, as Python's csv
 * module and pandas read it. Blank lines are skipped; a row over `maxBytes` is reported and skipped
 * without being held; a leading BOM is dropped.
 */
export async function* tableRows(stream: AsyncIterable<Buffer | string>, delimiter: string, maxBytes: number): AsyncGenerator<TableRow> {
  const decoder = new StringDecoder('utf8');
  const split = new RowSplitter(delimiter, maxBytes);
  for await (const chunk of stream) yield* split.feed(typeof chunk === 'string' ? chunk : decoder.write(chunk));
  yield* split.feed(decoder.end());
  yield* split.finish();
}

/** The state of the split between chunks: the row and field so far, and whether a quote is open. */
class RowSplitter {
  private cells: string[] = [];
  private field = '';
  private quoted = false;
  /** In a quoted field, a quote was the last character seen: it closes the field unless another follows. */
  private quotePending = false;
  /** The last row ended at a CR: a LF right after it ends nothing more. */
  private afterCr = false;
  private line = 1;
  private rowLine = 1;
  private size = 0;
  private tooLarge = false;
  private started = false;
  /** The current field opened with a quote: another quote in it, once closed, is text. */
  private wasQuoted = false;
  private readonly special: RegExp;

  constructor(
    private readonly delimiter: string,
    private readonly maxBytes: number,
  ) {
    this.special = new RegExp(`[${delimiter === '\t' ? '\\t' : delimiter}"\\r\\n]`, 'g');
  }

  *feed(text: string): Generator<TableRow> {
    if (!this.started && text.length) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let i = 0;
    while (i < text.length) {
      if (this.quoted) i = this.inQuotes(text, i);
      else {
        this.special.lastIndex = i;
        const m = this.special.exec(text);
        const at = m ? m.index : text.length;
        if (at > i) this.afterCr = false;
        this.add(text.slice(i, at));
        if (!m) return;
        const row = this.unquoted(text[at]!);
        i = at + 1;
        if (row) yield row;
      }
    }
  }

  /** Reads a quoted field from `i`; returns where it stopped. */
  private inQuotes(text: string, i: number): number {
    if (this.quotePending) {
      this.quotePending = false;
      if (text[i] === '"') {
        this.add('"');
        return i + 1;
      }
      this.quoted = false; // the quote closed the field
      return i;
    }
    const close = text.indexOf('"', i);
    const part = text.slice(i, close < 0 ? text.length : close);
    for (let nl = part.indexOf('\n'); nl >= 0; nl = part.indexOf('\n', nl + 1)) this.line++;
    this.add(part);
    if (close < 0) return text.length;
    this.quotePending = true;
    return close + 1;
  }

  /** A delimiter, quote or line break outside quotes; a row when it ends one. */
  private unquoted(c: string): TableRow | undefined {
    const lf = c === '\n';
    if (lf && this.afterCr) {
      this.afterCr = false;
      return undefined;
    }
    this.afterCr = c === '\r';
    if (c === '"') {
      if (this.field === '' && !this.wasQuoted) this.quoted = this.wasQuoted = true;
      else this.add('"');
      return undefined;
    }
    if (c === this.delimiter) {
      this.endField();
      return undefined;
    }
    return this.endRow();
  }

  private add(part: string): void {
    if (part === '' || this.tooLarge) return;
    this.size += part.length;
    if (this.size > this.maxBytes) {
      this.tooLarge = true;
      [this.cells, this.field] = [[], ''];
      return;
    }
    this.field += part;
  }

  private endField(): void {
    if (!this.tooLarge) this.cells.push(this.field);
    this.field = '';
    this.wasQuoted = false;
  }

  private endRow(): TableRow | undefined {
    const blank = !this.tooLarge && this.cells.length === 0 && this.field === '' && !this.wasQuoted;
    this.endField();
    const row: TableRow = this.tooLarge ? { line: this.rowLine, tooLarge: true } : { line: this.rowLine, cells: this.cells };
    this.line++;
    [this.cells, this.size, this.tooLarge, this.rowLine] = [[], 0, false, this.line];
    if (blank) return undefined;
    return 'cells' in row && this.overBytes(row.cells) ? { line: row.line, tooLarge: true } : row;
  }

  /** The exact UTF-8 size of a row that may be over the bound (its code units alone cannot tell). */
  private overBytes(cells: string[]): boolean {
    const units = cells.reduce((n, cell) => n + cell.length, 0);
    return units * 3 > this.maxBytes && cells.reduce((n, cell) => n + Buffer.byteLength(cell, 'utf8'), 0) > this.maxBytes;
  }

  /** The end of the stream: the last row, if it did not end with a line break. */
  *finish(): Generator<TableRow> {
    this.quoted = false;
    this.quotePending = false;
    const row = this.endRow();
    if (row) yield row;
  }
}
