import { countLetterRuns, hasSurrogateIn } from './letters.js';

/**
 * The lines of a text (runs between "\n"), found once, and what each line's capitals say: a headline
 * capitalises every word, where capitals tell nothing about names. Each answer is worked out on the
 * first question about a line and kept, since every capitalised word on a line asks again.
 */
export class Lines {
  private readonly starts: number[] = [0];
  /** Per line and question: 0 not asked yet, 1 no, 2 yes. */
  private titleCase: Uint8Array | undefined = undefined;
  private capitalised: Uint8Array | undefined = undefined;

  constructor(private readonly text: string) {
    for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) this.starts.push(k + 1);
  }

  /** Index of the line holding a UTF-16 position (a "\n" belongs to the line it ends). */
  indexAt(pos: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  startOf(line: number): number {
    return this.starts[line]!;
  }

  endOf(line: number): number {
    const next = this.starts[line + 1];
    return next === undefined ? this.text.length : next - 1;
  }

  /**
   * Whether the line of `pos` is in title case or capitals: at least three words of five letters or
   * more, at most one of them (and under a fifth) in lower case, on a line of at most 400 characters.
   * Title case leaves only short function words ("with", "from") in lower case.
   */
  isTitleCase(pos: number): boolean {
    const line = this.indexAt(pos);
    const memo = (this.titleCase ??= new Uint8Array(this.starts.length));
    if (memo[line] === 0) memo[line] = isTitleCaseBetween(this.text, this.startOf(line), this.endOf(line)) ? 2 : 1;
    return memo[line] === 2;
  }

  /**
   * Whether the line of `pos` is mostly capitalised: at least three words of four letters or more,
   * four fifths of them capitalised, on a line of at most 300 characters.
   */
  isCapitalised(pos: number): boolean {
    const line = this.indexAt(pos);
    const memo = (this.capitalised ??= new Uint8Array(this.starts.length));
    if (memo[line] === 0) memo[line] = isCapitalisedBetween(this.text, this.startOf(line), this.endOf(line)) ? 2 : 1;
    return memo[line] === 2;
  }
}

const TITLE_CASE_MAX_LINE = 400;
const CAPITALISED_MAX_LINE = 300;
const LETTER_RUN = /\p{L}+/gu;
const CAPITAL_FIRST = /^\p{Lu}/u;

/** The letter runs of text[start, end) of at least `minLength` code units, and how many of them are capitalised. */
function letterRuns(text: string, start: number, end: number, minLength: number): { runs: number; upper: number } {
  if (!hasSurrogateIn(text, start, end)) return countLetterRuns(text, start, end, minLength);
  // lengths in code points, as /\p{L}{5,}/u counts them
  const words = (text.slice(start, end).match(LETTER_RUN) ?? []).filter((w) => codePointLength(w) >= minLength);
  return { runs: words.length, upper: words.filter((w) => CAPITAL_FIRST.test(w)).length };
}

function codePointLength(word: string): number {
  return Array.from(word).length;
}

function isTitleCaseBetween(text: string, start: number, end: number): boolean {
  if (end - start > TITLE_CASE_MAX_LINE) return false;
  const long = letterRuns(text, start, end, 5);
  if (long.runs < 3) return false;
  const lower = long.runs - long.upper;
  return lower <= 1 && lower < long.runs * 0.2;
}

function isCapitalisedBetween(text: string, start: number, end: number): boolean {
  if (end - start > CAPITALISED_MAX_LINE) return false;
  const long = letterRuns(text, start, end, 4);
  return long.runs >= 3 && long.upper >= long.runs * 0.8;
}
