/**
 * Reads the word lists of data/language/: one entry a line, its fields separated by tabs, `#`
 * comments and blank lines skipped. Each file is read once per process, when its module loads.
 */
import fs from 'node:fs';
import { PROJECT_ROOT } from '../paths.js';

const LANGUAGE_DIR = new URL('data/language/', PROJECT_ROOT);

/** The words of a list written inline, separated by white space. */
export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** The entries of data/language/<name>.txt, each as its tab-separated fields. */
export function readEntries(name: string): string[][] {
  const text = fs.readFileSync(new URL(`${name}.txt`, LANGUAGE_DIR), 'utf8');
  const entries: string[][] = [];
  for (const line of text.split('\n')) {
    if (line.trim() && !line.startsWith('#')) entries.push(line.split('\t'));
  }
  return entries;
}

/** A word list with tags: each entry's first field, and the space-separated tags of its second. */
export interface TaggedWord {
  word: string;
  tags: ReadonlySet<string>;
  /** The entry's further fields, if any. */
  rest: readonly string[];
}

export function readTaggedWords(name: string): TaggedWord[] {
  return readEntries(name).map(([word, tags, ...rest]) => ({
    word: word!,
    tags: new Set((tags ?? '').split(' ').filter(Boolean)),
    rest,
  }));
}

/** The words of a tagged list that carry a tag. */
export function wordsTagged(list: readonly TaggedWord[], tag: string): string[] {
  return list.filter((w) => w.tags.has(tag)).map((w) => w.word);
}
