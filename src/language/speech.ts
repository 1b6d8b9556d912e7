/**
 * Verbs of saying and reporting (data/language/speech-verbs.txt), with every form compromise
 * conjugates (speech-verb-forms.txt). Each extractor's list is a declared selection: the verbs of
 * one role, in the forms that extractor reads.
 */
import { readEntries, readTaggedWords, wordsTagged } from './word-file.js';

export type VerbForm = 'base' | 'present' | 'past' | 'participle' | 'gerund' | 'other';

const VERBS = readTaggedWords('speech-verbs');
const FORMS: ReadonlyMap<string, Readonly<Record<VerbForm, readonly string[]>>> = new Map(
  readEntries('speech-verb-forms').map(([base, present, past, participle, gerund, other]) => [
    base!,
    { base: [base!], present: [present!], past: [past!], participle: [participle!], gerund: [gerund!], other: (other ?? '').split(' ').filter(Boolean) },
  ]),
);
const ALL_FORMS: readonly VerbForm[] = ['base', 'present', 'past', 'participle', 'gerund', 'other'];

/** The base forms of the verbs that play a role. */
export function speechVerbBases(role: string): string[] {
  return wordsTagged(VERBS, role);
}

/** The given forms of the verbs that play a role, lower case, each once, in the file's order. */
export function speechVerbForms(role: string, forms: readonly VerbForm[] = ALL_FORMS): string[] {
  const out = new Set<string>();
  for (const base of speechVerbBases(role)) {
    const all = FORMS.get(base);
    if (!all) throw new Error(`speech-verb-forms.txt has no forms of "${base}": run npm run language`);
    for (const f of forms) for (const w of all[f]) out.add(w);
  }
  return [...out];
}

/** Forms after a name that make it a speaker's: "Caddell said", "Smith tells". */
const SPOKEN: readonly VerbForm[] = ['past', 'present'];

/** Verbs of saying that mark the capitalised word beside them as a speaker (officials). */
export const SPEAKER_VERBS: readonly string[] = speechVerbForms('names-speaker', SPOKEN);
/** Verbs that name a source of reported speech outside quotes (quotes' sources). */
export const SOURCE_VERBS: readonly string[] = speechVerbForms('source', SPOKEN);
/** Verbs that, after a plural s', make the mark a closing quote (quote marks). */
export const AFTER_QUOTE_VERBS: readonly string[] = speechVerbForms('after-quote', ['base', ...SPOKEN]);
/** Verbs whose subject lends a count its place (counts). */
export const COUNT_REPORTING_VERBS: readonly string[] = speechVerbForms('reports-count', SPOKEN);
/** Verbs of a trailing attribution that tells a date's tense (dates). */
export const ATTRIBUTION_VERBS: readonly string[] = speechVerbForms('attributes-clause', SPOKEN);
/** Verbs after a body's name that leave it a body's (organizations). */
export const AFTER_BODY_VERBS: readonly string[] = speechVerbForms('after-body', SPOKEN);
/** Verbs after a place name that make it a person's name (regions). */
export const PERSON_VERBS: readonly string[] = speechVerbForms('acts-as-person', SPOKEN);
