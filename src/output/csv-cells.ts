/**
 * CSV formula injection (OWASP): Excel and LibreOffice run a cell that starts with = + - @, a tab or
 * a carriage return as a formula, so such a text cell gets a leading single quote, which they show
 * as text. A cell of quotes before such a character gets one too, so that taking one quote off a
 * cell that starts with quotes and such a character gives back the text exactly (originalText).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;
/** A number as JSON writes it: a numeric column's cell that is one stays a number, minus sign and all. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * NUL, which Python's csv module refused before 3.11 and pandas' C parser cuts a field at, becomes
 * U+FFFD: one code point for one, so the cell's offsets still index it.
 */
const NUL = /\0/g;

export const neutralisedText = (cell: string): string => {
  const readable = cell.replace(NUL, '\uFFFD');
  return FORMULA_START.test(readable) ? `'${readable}` : readable;
};

/** The text a neutralised cell was made from. */
export const originalText = (cell: string): string => (NEUTRALISED.test(cell) ? cell.slice(1) : cell);

/** A row with its text cells neutralised (formulas quoted, NUL replaced); numbers, and numbers written as text in `numeric` columns, kept. */
export function neutralisedRow<Row extends Partial<Record<string, string | number>>>(row: Row, numeric: ReadonlySet<string>): Row {
  const out: Partial<Record<string, string | number>> = {};
  for (const [column, cell] of Object.entries(row)) {
    const keep = typeof cell !== 'string' || (numeric.has(column) && PLAIN_NUMBER.test(cell));
    out[column] = keep ? cell : neutralisedText(cell);
  }
  return out as Row;
}
