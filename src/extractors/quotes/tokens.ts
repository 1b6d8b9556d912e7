/** Word and punctuation tokens of a short window of text, with absolute UTF-16 offsets. */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
  lower: string;
  /** The word starts with an upper-case letter. */
  cap: boolean;
}

// Words keep inner apostrophes, hyphens and dots (O’Neil, Al-Sisi, U.S.) and a final dot; the
// dot is split off again below unless the word is an abbreviation or an initial.
const TOKEN = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*\.?|\S/gu;

const KEEP_DOT = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'prof', 'rev', 'st', 'jr',
  'sr', 'hon', 'maj', 'cmdr', 'pres', 'sec', 'dep', 'atty', 'supt', 'insp', 'det', 'brig', 'cpl', 'pvt', 'mt', 'ft',
]);

/** A party and state abbreviation after a name: "R-Ky.", "D-Calif.". */
const PARTY_STATE = /^[RDI]-\p{Lu}\p{Ll}{1,4}$/u;

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let t = m[0];
    const start = from + m.index;
    const word = /[\p{L}\p{N}]/u.test(t[0]!);
    if (word && t.length > 1 && t.endsWith('.')) {
      const bare = t.slice(0, -1);
      const keep = KEEP_DOT.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare) || /\./.test(bare) || PARTY_STATE.test(bare);
      if (!keep) {
        out.push(mk(bare, start, true));
        out.push(mk('.', start + bare.length, false));
        continue;
      }
    }
    t = m[0];
    out.push(mk(t, start, word));
  }
  return out;
}

function mk(text: string, start: number, word: boolean): Token {
  return { text, start, end: start + text.length, word, lower: text.toLowerCase(), cap: /^\p{Lu}/u.test(text) };
}
