import type { Span } from '../document/span.js';

/**
 * The people an article names: a result the extractors hand each other (the officials extractor
 * chooses its officials among them, the quotes extractor resolves speakers through them), never
 * written to the record itself. Spans are UTF-16 indices, like every span inside the pipeline.
 */

/** Where an office belongs: named in the text, or only implied ("the region's governor"). */
export type AffiliationRef =
  | { kind: 'named'; span: Span }
  | { kind: 'country'; text: string }
  | { kind: 'implied'; place: 'region' | 'city' | 'country' }
  /** A body named earlier and now by its kind alone: "the agency's permanent secretary". */
  | { kind: 'body'; noun: string };

/** A title or role the article gives a person, with where it says the office belongs. */
export interface RoleInfo {
  /** The title as the article states it, abbreviations expanded. */
  title: string;
  /** The head word, lower case: "governor", "spokesman". */
  head: string;
  isOffice: boolean;
  span: Span;
  affiliation: AffiliationRef | null;
  /** Where the role was read: right before the name, or in an apposition around it. */
  source: 'before' | 'apposition';
}

export type PersonMentionKind = 'name' | 'surname' | 'title' | 'pronoun';

/** One place the article refers to a person: full name, surname, title alone or pronoun. */
export type PersonMention = Span & { kind: PersonMentionKind };

/** A person the article names, official or not, with every place it refers to them. */
export interface PersonEntity {
  /** The longest way the article writes the name. */
  name: string;
  gender: 'm' | 'f' | null;
  /** The strongest of the roles the article gives them (an office over a mere role), or none. */
  role: RoleInfo | null;
  mentions: PersonMention[];
}
