// Numbers in the page's words.

/** "1 article", "3 articles": a count and its noun, plural by an s. */
export const counted = (n: number, noun: string): string => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
