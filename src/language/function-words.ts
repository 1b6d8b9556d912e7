/**
 * English function words in their grammatical groups, lower case: the words that open clauses
 * and sentences. Each extractor's list of words that are never a name starts from these.
 */
import { words } from './word-file.js';

export const ARTICLES = words('the a an');
export const DEMONSTRATIVES = words('this that these those');
export const SUBJECT_PRONOUNS = words('he she it they we i you');
export const OBJECT_PRONOUNS = words('him them us me');
export const POSSESSIVES = words('his her hers their our my its your');
export const COORDINATORS = words('and but or nor so yet');
export const SUBORDINATORS = words('if when while as after before since until unless because although though');
export const QUESTION_WORDS = words('what who whom whose which why how where');
/** Words that place an event in time relative to now: "today", "later". */
export const TIME_ADVERBS = words('now today tonight yesterday tomorrow earlier later');
/** Adverbs that link a sentence to the one before: "Meanwhile, …", "However, …". */
export const LINKING_ADVERBS = words('according meanwhile however also then still there here');

/** Verbs that, after an apposition's comma, say what the subject is: "X, who …, is the head of Y". */
export const COPULAS = words('is was became remains');

/** The forms of "be": before a participle they make it passive ("was reported"). */
export const BE_FORMS = words('be is are was were been being');

/** Prepositions of place, time and relation: "Quote from X", "Ministry of Y". Not among FUNCTION_WORDS. */
export const PREPOSITIONS = words('of in on at from to for with by near over under about against between into through during within across along around');

/** Every function word of the groups above but the prepositions. */
export const FUNCTION_WORDS: readonly string[] = [
  ...ARTICLES, ...DEMONSTRATIVES, ...SUBJECT_PRONOUNS, ...OBJECT_PRONOUNS, ...POSSESSIVES, ...COORDINATORS,
  ...SUBORDINATORS, ...QUESTION_WORDS, ...TIME_ADVERBS, ...LINKING_ADVERBS,
];
