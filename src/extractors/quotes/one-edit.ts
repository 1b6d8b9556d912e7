/** Whether two different words are one substitution, insertion or deletion apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Words longer than this are compared one by one: their deletions would cost their length squared. */
const MAX_INDEXED_LENGTH = 40;

/** The word with each of its characters left out in turn, and the word itself. */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Words found by one edit (substitution, insertion, deletion) without comparing every word: two
 * words one edit apart share a form with at most one character left out (the symmetric-deletion
 * index), so a look-up compares only the words sharing one of its forms.
 */
export class OneEditIndex {
  private readonly byForm = new Map<string, string[]>();
  private readonly long: string[] = [];

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word.length > MAX_INDEXED_LENGTH) {
        this.long.push(word);
        continue;
      }
      for (const form of new Set(deletions(word))) {
        const list = this.byForm.get(form);
        if (list) list.push(word);
        else this.byForm.set(form, [word]);
      }
    }
  }

  /** The indexed words one edit from `word` (withinOneEdit), each once. */
  oneEditFrom(word: string): string[] {
    const found = new Set<string>();
    if (word.length <= MAX_INDEXED_LENGTH + 1) {
      for (const form of deletions(word)) for (const w of this.byForm.get(form) ?? []) if (withinOneEdit(w, word)) found.add(w);
    }
    if (word.length >= MAX_INDEXED_LENGTH) for (const w of this.long) if (withinOneEdit(w, word)) found.add(w);
    return [...found];
  }
}
