import type { ItemsByKind, Organization } from '../record/types.js';
import type { PersonEntity } from '../record/people.js';

/**
 * What the extractors hand each other: every kind the record holds, and the internal results that
 * several kinds read but the record does not (the people an article names). An extractor reads
 * another's findings only through these, never by importing its folder.
 */
export interface ResultsByKind extends ItemsByKind {
  people: PersonEntity[];
}

export type ResultKind = keyof ResultsByKind;

/**
 * The organization last named before `at` whose name has the word or words `noun` (lower case):
 * "the ministry" after "the Ministry of Emergency Situations", "Air Force" after "the Ukrainian Air
 * Force". How the quotes ("the ministry said") and the officials ("the agency's spokesman") read a
 * body named by its kind alone.
 */
export function organizationNamedBefore(organizations: readonly Organization[], noun: string, at: number): string | null {
  let best: { name: string; at: number } | null = null;
  for (const o of organizations) {
    if (!` ${o.name.toLowerCase().replace(/\W+/g, ' ')} `.includes(` ${noun} `)) continue;
    for (const m of o.mentions) if (m.start < at && (!best || m.start > best.at)) best = { name: o.name, at: m.start };
  }
  return best?.name ?? null;
}
