import { Document } from '../../src/document/document.js';
import type { ExtractionContext } from '../../src/extractors/framework.js';
import type { PersonEntity, PersonMentionKind } from '../../src/record/people.js';
import { quotesExtractor } from '../../src/extractors/quotes/index.js';
import type { Organization, Quote } from '../../src/record/types.js';

/** A person with a mention at every occurrence of each form: a full name, a surname or a title. */
export function person(text: string, name: string, gender: 'm' | 'f' | null, forms: [string, PersonMentionKind][], title: string | null = null): PersonEntity {
  const mentions: PersonEntity['mentions'] = [];
  for (const [form, kind] of forms) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) mentions.push({ start: i, end: i + form.length, kind });
  }
  mentions.sort((a, b) => a.start - b.start);
  const role = title === null ? null : { title, head: title.toLowerCase(), isOffice: true, span: mentions[0]!, affiliation: null, source: 'before' as const };
  return { name, gender, role, mentions };
}

/** An organization with a mention at every occurrence of each form. */
export function organization(text: string, name: string, forms: string[]): Organization {
  const mentions = [];
  for (const form of forms) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) mentions.push({ start: i, end: i + form.length, text: form });
  }
  return { name, mentions };
}

/** The quotes of a text as [text, speaker] pairs, with the people and organizations given. */
export function quotePairs(text: string, people: PersonEntity[] = [], organizations: Organization[] = []): [string, string | null][] {
  const ctx: ExtractionContext = { results: { organizations, people } };
  return quotesExtractor.extract(new Document(text), ctx).map((q: Quote) => [q.text, q.speaker]);
}
