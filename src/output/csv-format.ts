/** A cell as a row holds it: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | undefined;

/** A field that must be quoted under RFC 4180: one holding a quote, a comma or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/**
 * One field by RFC 4180, every character kept (NUL too: fast-csv dropped it, so a raw cell no
 * longer matched its offsets; what a reader cannot take is the safe cells' concern, csv-cells.ts).
 */
export function csvField(cell: CsvCell): string {
  const text = cell === undefined ? '' : String(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
}

/** One row as a line of CSV, ending in `\n`, its cells in the order of `columns`. */
export function csvLine<Column extends string>(columns: readonly Column[], row: Partial<Record<Column, CsvCell>>): string {
  return columns.map((column) => csvField(row[column])).join(',') + '\n';
}

/** A whole table: the header line, then one line per row. */
export function csvTable<Column extends string>(columns: readonly Column[], rows: ReadonlyArray<Partial<Record<Column, CsvCell>>>): string {
  return csvHeader(columns) + rows.map((row) => csvLine(columns, row)).join('');
}

export const csvHeader = (columns: readonly string[]): string => columns.map(csvField).join(',') + '\n';
