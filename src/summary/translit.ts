// Transliteration-tolerant keys for names. Cyrillic (and other) names reach English news in
// several romanisations: Anokhin/Anohin, Zelensky/Zelenskyy/Zelenskiy, Syniehubov/Synehubov,
// Shoigu/Shoygu, Kipper/Kiper. The key folds the spelling choices those systems differ on, as
// general rules over letters, so that every romanisation of one name gives one key. It is a
// matching key, not a spelling: two keys that are equal mean "could be the same name".

import { asciiFold } from '../language/fold.js';

/** A letter written twice or more in a row (Kipper, Zelenskyy). */
const DOUBLED_LETTER = /(?<letter>[a-zA-Z])\k<letter>+/g;

// Ordered rewrites; later rules see the output of earlier ones. Sibilant digraphs become single
// placeholder capitals first so that the lone-letter rules below do not split them.
const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/shch|sch|shh/g, 'S'], // Khrushchev / Khruschev (sch in German transliteration)
  [/tsch|tch|ch|cz/g, 'C'], // Tchaikovsky / Chaikovsky, Polish cz
  [/sh|sz/g, 'S'], // Polish sz
  [/zh|zs/g, 'z'], // Zhukov / Jukov written with z; the brief's zh/z fold
  [/kh/g, 'h'], // Anokhin / Anohin
  [/ph/g, 'f'],
  [/ck|q/g, 'k'],
  [/x/g, 'ks'], // Alexei / Aleksei
  [/c/g, 'k'], // a lone c left over: Cyril / Kyril
  [/tz|ts/g, 'c'], // Tsvetkov / Tzvetkov (c is free now: every other c became C or k)
  [/w/g, 'v'], // Wladimir / Vladimir, Polish -ow / -ov
  [/[yj]/g, 'i'], // Shoygu / Shoigu, Zelenskyy / Zelenskij, Yuri / Juri
  [DOUBLED_LETTER, '$<letter>'], // doubled letters: Kipper / Kiper, Zelenskyy → zelenskii → zelenski
  [/ou/g, 'u'], // French transliteration: Iouri / Yuri
  [/ie/g, 'e'], // Syniehubov / Synehubov, Yevgeny / Evgeny, Dmitriyev / Dmitriev
  [/(?<vowel>[aeiou])f$/g, '$<vowel>v'], // Smirnoff (now smirnof) / Smirnov
  [/aia$/g, 'a'], // feminine -aya / -a: Zelenskaya / Zelenska
];

// Names repeat across a batch: their keys are kept (up to a bound, so memory stays flat).
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_SIZE = 50_000;

/** The transliteration key of one word or name: lower-case letters (and the placeholders S, C). */
export function nameKey(word: string): string {
  const cached = KEY_CACHE.get(word);
  if (cached !== undefined) return cached;
  let s = asciiFold(word);
  for (const [re, to] of REWRITES) s = s.replace(re, to);
  s = s.replace(DOUBLED_LETTER, '$<letter>');
  if (KEY_CACHE.size >= KEY_CACHE_SIZE) KEY_CACHE.clear();
  KEY_CACHE.set(word, s);
  return s;
}

/**
 * The consonants of a key, to compare given names loosely: Aleksandr / Alexander, and Ukrainian h
 * for Russian g (Oleh / Oleg, Hennadiy / Gennady), a fold too loose for surnames.
 */
export function consonantSkeleton(key: string): string {
  return key.replace(/[aeiou]/g, '').replace(/g/g, 'h');
}
