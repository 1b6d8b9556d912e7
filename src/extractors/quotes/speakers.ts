/**
 * Turns the phrase that names a speaker ("he", "Anokhin", "the governor", "the ministry") into
 * the speaker's full name, through the people and organisations results. Person detection is theirs: here only look-ups.
 */
import { organizationNamedBefore } from '../results.js';
import type { PersonEntity } from '../../record/people.js';
import type { Organization } from '../../record/types.js';
import { readForward, type SpeakerPhrase } from './phrases.js';
import { TERMINAL } from './attribution.js';
import { windowTokens } from '../../document/windows.js';
import type { Token } from '../../document/tokens.js';
import { countBelow, countStartingBelow, type Span } from '../../document/span.js';
import { SortedList } from '../../document/sorted-list.js';
import type { MentionOwners } from './mention-owners.js';
import { lastWord, type NamedSource, type SpeakerIndex } from './speaker-index.js';
import { SPEAKING_BODY_HEADS } from '../../language/organizations.js';
import { BODY_KINDS, CUE_NOUNS, CUE_VERBS, HOLDER_WORDS, OTHER_WORDS, PRONOUNS } from '../../language/quoting.js';
import { TITLE_WORDS } from '../../language/titles.js';
// General given-name data shared with the officials extractor (read only).
import { genderOfFirstName, isFirstName } from '../../language/first-names.js';
import { withinOneEdit } from './one-edit.js';

/**
 * How a pronoun in a speech tag finds its person, in order (the order is measured: docs/extractors.md):
 * the named subject around the quote, the speaker of a quote just before, then the people
 * result's own reading of the pronoun.
 */
const PRONOUN_ORDER = ['subject', 'last', 'people'] as const;
/** How far back (UTF-16 units) the previous quote's speaker still answers for a pronoun. */
const REACH = 300;
/** How far ahead (UTF-16 units) an indefinite description may be named by an apposition. */
const NAMED_LATER_REACH = 600;
/** How far (UTF-16 units) from "the military" the body it means is looked for, either way. */
const BODY_KIND_REACH = 800;
const DOCUMENT_AUTHOR = /^\s+(?<link>from|by)\s+/u;
/** How far (UTF-16 units) the author of a document is read after "from". */
const AUTHOR_REACH = 80;

/** Surnames shorter than this are too many to read one edit apart as one name. */
const MIN_VARIANT_LENGTH = 5;


/** How far back (UTF-16 units) "the statement" still means the statement quoted before. */
const DOCUMENT_REACH = 600;
/** "it is reported", "it was said": a dummy subject before a passive verb of saying. */
const IMPERSONAL_PASSIVE = /^\s+(?:is|was|has been|had been)\s+(?:reported|said|stated|noted|written|specified|emphasi[sz]ed|added)\b/u;
const IMPERSONAL_WINDOW = 32;
/** A quotation mark standing as a token of its own. */
const QUOTE_MARK = /^["“”‘’«»„]$/u;
/** How many tokens after a word of saying its "by" or "from" may stand: "an email was sent from". */
const AUTHOR_LINK_TOKENS = 4;
/** How far (UTF-16 units) after "by" or "from" the author's mention starts: "from the club's executive director". */
const AUTHOR_LINK_REACH = 24;
/** The word after a person's name, when it heads a body of theirs: "Cruz campaign", "Clinton's campaign". */
const BODY_AFTER = /^(?:['’]s)?\s+(?<head>\p{Ll}+)/u;
const BODY_AFTER_WINDOW = 24;
const CAPITALISED = /\p{Lu}/u;
/** How far back (UTF-16 units) "the official" finds the person it stands for. */
const HOLDER_REACH = 800;
/** How far back (UTF-16 units) "it" finds the body it stands for. */
const BODY_REACH = 400;
/** How many named sources back a pronoun or a surname looks: keeps long texts linear. */
const LOOKBACK = 256;

/** "the official, ": "the", a noun and a comma, as an apposition that names someone opens. */
const THE_NOUN_COMMA = /\bthe\s+(?<noun>\p{L}+),\s+/giu;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * The first match in `window` of `new RegExp(`\\bthe\\s+${head},\\s+`, 'iu')` for a head of letters
 * alone, found by one pattern for every head: a pattern made at each call is compiled at each call.
 */
export function theHeadComma(window: string, head: string): RegExpExecArray | null {
  const asciiHead = ASCII.test(head);
  THE_NOUN_COMMA.lastIndex = 0;
  for (let m = THE_NOUN_COMMA.exec(window); m; m = THE_NOUN_COMMA.exec(window)) {
    const noun = m.groups!.noun!;
    // case-insensitive as the pattern is: past ASCII, Unicode's case folding ("ſ" is an "s")
    if (asciiHead && ASCII.test(noun) ? noun.toLowerCase() === head.toLowerCase() : new RegExp(`^${head}$`, 'iu').test(noun)) return m;
    THE_NOUN_COMMA.lastIndex = m.index + 1;
  }
  return null;
}

export class SpeakerResolver {
  private readonly text: string;
  private readonly people: PersonEntity[];
  private readonly organizations: Organization[];
  /** Named sources in text order, for pronouns and surnames the people result left open. */
  private readonly sources: SortedList<NamedSource>;
  private readonly personMentions: MentionOwners<PersonEntity['mentions'][number], PersonEntity>;
  private readonly organizationMentions: MentionOwners<Span, Organization>;
  /** Mentions of organizations, but where the text names them as a medium ("on Telegram", "told CNN"). */
  private readonly bodies: readonly { name: string; at: number }[];
  private readonly bodyStarts: readonly number[];
  private readonly genders: ReadonlyMap<string, 'm' | 'f' | null>;
  private readonly bySurname: ReadonlyMap<string, PersonEntity>;

  /** A resolver of its own (the sources it is told of are its own) over an article's speaker index. */
  constructor(private readonly index: SpeakerIndex) {
    this.text = index.text;
    this.people = index.people;
    this.organizations = index.organizations;
    this.personMentions = index.personMentions;
    this.organizationMentions = index.organizationMentions;
    this.sources = new SortedList((src) => src.at, index.personSources);
    this.bodies = index.bodies;
    this.bodyStarts = index.bodyStarts;
    this.genders = index.genders;
    this.bySurname = index.bySurname;
  }

  /** Records a speaker named in the text, so that later pronouns and surnames can refer to it. */
  lastSpeaker: NamedSource | null = null;

  addSource(name: string, at: number, isOrganization = false, quoted = false): void {
    const gender = this.genderOf(name);
    const src = { name, at, gender, isOrganization, key: lastWord(name) };
    if (quoted) this.lastSpeaker = src;
    this.sources.insert(src);
  }

  private genderOf(name: string): 'm' | 'f' | null {
    return this.genders.get(name) ?? null;
  }

  private personAt(s: number, e: number): PersonEntity | undefined {
    return this.personMentions.ownerAt(s, e);
  }

  /** The full name of the first phrase the people result knows as a person. */
  knownPerson(phrases: readonly SpeakerPhrase[]): string | null {
    for (const ph of phrases) {
      const p = this.namedPersonAt(ph.nameStart, ph.nameEnd);
      if (p) return p.name;
    }
    return null;
  }

  private namedPersonAt(s: number, e: number): PersonEntity | undefined {
    return this.personMentions.ownerAt(s, e, (m) => m.kind === 'name' || m.kind === 'surname');
  }

  private organizationAt(s: number, e: number): Organization | undefined {
    return this.organizationMentions.ownerAt(s, e);
  }

  /** The nearest named source before `at` that a pronoun of this gender can refer to. */
  private antecedent(at: number, pronoun: string): string | null {
    const g = PRONOUNS[pronoun];
    const found = { name: null as string | null, seen: 0 };
    this.sources.walkBack(at, (s) => {
      if (++found.seen > LOOKBACK) return true;
      if ((g === 'm' || g === 'f') && (s.isOrganization || (s.gender && s.gender !== g))) return false;
      if (g === 'n' && !s.isOrganization) return false;
      found.name = s.name;
      return true;
    });
    return found.name;
  }

  /**
   * Who the document or saying told of last before `at` is from: "Cook provided a written
   * statement. … “…,” the statement said"; "This was stated by the governor, X, in his Telegram
   * channel. ‘…,’ the message says". In the nearest sentence before `at` with a noun or verb of
   * saying (outside quotation marks), the person or body after its "by" or "from", else the one
   * named last before that word; null when that sentence names none.
   */
  private documentAuthor(at: number): { name: string; isOrganization: boolean } | null {
    const tokens = windowTokens(this.text, Math.max(0, at - DOCUMENT_REACH), at);
    let inQuote = false;
    let cue = -1;
    for (let k = tokens.length - 1; k >= 0 && cue < 0; k--) {
      const t = tokens[k]!;
      if (QUOTE_MARK.test(t.text)) inQuote = !inQuote;
      else if (!inQuote && t.isWord && !t.cap && (CUE_NOUNS.has(t.lower) || CUE_VERBS.has(t.lower))) cue = k;
    }
    if (cue < 0) return null;
    // the clause around the word, up to a sentence's end or a quotation mark either side
    const bound = (t: Token) => TERMINAL.test(t.text) || QUOTE_MARK.test(t.text);
    let clauseStart = cue;
    while (clauseStart > 0 && !bound(tokens[clauseStart - 1]!)) clauseStart--;
    let clauseEnd = cue;
    while (clauseEnd < tokens.length - 1 && !bound(tokens[clauseEnd + 1]!)) clauseEnd++;
    // a quote's own tag ("…,” Senator Lum said.") tells of no other document: the speaker quoted last is another rule's
    const quoteMark = (k: number) => k >= 0 && k < tokens.length && QUOTE_MARK.test(tokens[k]!.text);
    const closesSentence = (k: number) => k >= 0 && tokens[k]!.text === '.';
    if ((quoteMark(clauseStart - 1) && !closesSentence(clauseStart - 2)) || quoteMark(clauseEnd + 1)) return null;
    // "was sent from X", "stated by the region's governor, X": the author follows at once
    for (let j = cue + 1; j <= Math.min(clauseEnd, cue + AUTHOR_LINK_TOKENS); j++) {
      if (tokens[j]!.lower !== 'by' && tokens[j]!.lower !== 'from') continue;
      const after = this.namedIn(tokens[j]!.end, Math.min(tokens[clauseEnd]!.end, tokens[j]!.end + AUTHOR_LINK_REACH), 'first');
      // not past another name: "a letter, postmarked from Denver, reached Sam Lowe's office"
      if (after && !CAPITALISED.test(this.text.slice(tokens[j]!.end, after.at))) return after;
    }
    const named = this.namedIn(tokens[clauseStart]!.start, tokens[cue]!.start, 'last');
    if (!named || (!named.isOrganization && this.headsBody(named.end))) return null;
    return { name: named.name, isOrganization: named.isOrganization };
  }

  /** "The Cruz campaign sent an email", "Clinton's campaign": the name ending at `end` is that of a body's owner. */
  private headsBody(end: number): boolean {
    const head = BODY_AFTER.exec(this.text.slice(end, end + BODY_AFTER_WINDOW))?.groups?.head;
    return head !== undefined && SPEAKING_BODY_HEADS.has(head);
  }

  /** The first or last person or body (not a medium) whose mention starts in [from, to). */
  private namedIn(from: number, to: number, which: 'first' | 'last'): { name: string; at: number; end: number; isOrganization: boolean } | null {
    const people = this.personMentions.startingIn(from, to).map((m) => ({ name: this.personMentions.owners[m.owner]!.name, at: m.start, end: m.end, isOrganization: false }));
    const bodies = this.bodies.slice(countBelow(this.bodyStarts, from), countBelow(this.bodyStarts, to)).map((b) => ({ ...b, end: b.at, isOrganization: true }));
    const all = [...people, ...bodies].sort((a, b) => a.at - b.at);
    return (which === 'first' ? all[0] : all[all.length - 1]) ?? null;
  }

  /** The full name a surname stands for: a person with that last name, else an earlier source. */
  private fullNameOf(surname: string, at: number): string | null {
    const key = lastWord(surname);
    const person = this.bySurname.get(key);
    if (person) return person.name;
    // nearest first: of the longest names, the one a walk in text order would meet first
    const found = { name: null as string | null, seen: 0 };
    this.sources.walkBack(at, (s) => {
      if (++found.seen > LOOKBACK) return true;
      if (!s.isOrganization && s.key === key && (found.name === null ? s.name.length > 0 : s.name.length >= found.name.length)) found.name = s.name;
      return false;
    });
    return found.name;
  }

  /**
   * The name of the speaker a phrase refers to, or the phrase itself when nothing names it.
   * `subjects` are the named subjects of the sentence around the quote (or of the paragraph before
   * it), the likeliest antecedent of a pronoun in its speech tag. A document's author ("the
   * statement said") is told of before `before` (the quote's opening mark when it comes first).
   */
  resolve(phrase: SpeakerPhrase, subjects: readonly SpeakerPhrase[] = [], before = phrase.start): { name: string | null; isOrganization: boolean } {
    const { start, end, nameStart, nameEnd } = phrase;
    if (phrase.kind === 'pronoun') {
      const r = this.resolvePronoun(phrase, subjects);
      if (r) return r;
    }
    // A description names whoever its head word refers to: "a senior Cruz adviser" is not Cruz; a
    // name is a person's by a name, never by a title the people result read inside it, unless it
    // ends in that title ("Norfolk’s County Policing Commander, Chief Superintendent X").
    const headStart = phrase.kind === 'nominal' ? Math.max(nameStart, nameEnd - 1) : nameStart;
    const person =
      phrase.kind === 'name' && !TITLE_WORDS.has(lastWord(this.text.slice(nameStart, nameEnd)))
        ? this.namedPersonAt(nameStart, nameEnd)
        : this.personAt(headStart, nameEnd);
    // a bare surname two people share (Oleksandr and Aleksandr Petrenko): the one written in full last
    if (person) return { name: phrase.kind === 'name' ? this.spelledNear(person, start) : person.name, isOrganization: false };
    const org = this.organizationAt(headStart, nameEnd);
    if (org) return { name: org.name, isOrganization: true };
    const surface = this.text.slice(nameStart, nameEnd);
    if (phrase.kind === 'pronoun') {
      const lower = surface.toLowerCase();
      // "it is reported in the message": no one is named, the words are those of whoever the text
      // quoted or named last
      if (lower === 'it' && IMPERSONAL_PASSIVE.test(this.text.slice(end, end + IMPERSONAL_WINDOW))) {
        const last = this.lastSpeaker && start - this.lastSpeaker.at < DOCUMENT_REACH ? this.lastSpeaker : null;
        return this.documentAuthor(before) ?? (last ? { name: last.name, isOrganization: last.isOrganization } : { name: null, isOrganization: false });
      }
      const name = lower === 'it' ? this.nearestBody(start) ?? this.antecedent(start, lower) : this.antecedent(start, lower);
      if (name) return { name, isOrganization: lower === 'it' };
      return { name: null, isOrganization: false };
    }
    if (phrase.kind === 'name') {
      if (!/\s/.test(surface)) {
        const full = this.fullNameOf(surface, start);
        if (full) return { name: full, isOrganization: false };
      }
      return { name: surface, isOrganization: false };
    }
    // A description: "the governor" is the person with that title, "the ministry" the
    // organisation with that head word, mentioned last before the quote.
    const description = this.text.slice(start, end);
    // The head word of the description, not of a place or an organisation after its "of".
    const head = lastWord(this.text.slice(start, nameEnd));
    // Only a definite description points back ("the governor"); "a spokesman", "one strategist"
    // bring in someone new.
    const definite = /^(?:the|this|that|his|her|its|their)\s/i.test(description);
    const byTitle = definite ? this.nearestPersonWithTitle(head, start) ?? this.nearestHolder(description, head, start) : null;
    if (byTitle) return { name: byTitle, isOrganization: false };
    // "the statement continued": the author of the statement, the speaker quoted just before.
    if (CUE_NOUNS.has(head)) {
      // "a statement from the military": whoever it is from
      const author = this.authorAfter(end);
      if (author) return this.resolve(author);
      const last = this.lastSpeaker;
      // a body's statement: people's letters and columns are often written by several
      if (last && last.isOrganization && start - last.at < DOCUMENT_REACH) return { name: last.name, isOrganization: true };
      // with no body quoted before: the author of the document or saying the text told of last
      if (definite) {
        const told = this.documentAuthor(before);
        if (told) return told;
      }
    }
    // "a National Security Council spokesperson": no person is named and the body before the head
    // speaks ("a spokesman for the ministry" stays the spokesman, as written; "the RNC member" is
    // someone described before).
    const body = definite ? undefined : this.organizationAt(start, headStart);
    if (body) return { name: body.name, isOrganization: true };
    const named = definite ? null : this.namedLater(head, end);
    if (named) return { name: named, isOrganization: false };
    if (SPEAKING_BODY_HEADS.has(head)) {
      const o = organizationNamedBefore(this.organizations, head, start) ?? (definite ? this.bodyOfKind(head, start) : null);
      if (o) return { name: o, isOrganization: true };
    }
    return { name: this.text.slice(start, end), isOrganization: SPEAKING_BODY_HEADS.has(head) };
  }

  /**
   * "the military": the one body named nearby (before, or a little after) whose name has a head
   * word of that kind ("the Israel Defense Forces"); none when two such bodies are named.
   */
  private bodyOfKind(kind: string, at: number): string | null {
    const heads = BODY_KINDS.get(kind);
    if (!heads) return null;
    const bodies = this.index.bodiesOfKind(kind, heads);
    const names = new Set(bodies.ownersStartingIn(at - BODY_KIND_REACH, at + BODY_KIND_REACH + 1).map((o) => o.name));
    return names.size === 1 ? [...names][0]! : null;
  }

  private compatible(name: string, g: 'm' | 'f' | 'n' | 'p' | undefined): boolean {
    if (g !== 'm' && g !== 'f') return true;
    const gender = this.genderOf(name);
    return !gender || gender === g;
  }

  /**
   * "he said": the named subject of the sentence or paragraph that introduces the quote, else the
   * speaker of the quote just before, else the people result's reading of the pronoun, else
   * the nearest named source before it.
   */
  private resolvePronoun(phrase: SpeakerPhrase, subjects: readonly SpeakerPhrase[]): { name: string | null; isOrganization: boolean } | null {
    const lower = this.text.slice(phrase.nameStart, phrase.nameEnd).toLowerCase();
    const g = PRONOUNS[lower];
    if (g === 'n') return null;
    for (const step of PRONOUN_ORDER) {
      if (step === 'subject') {
        // Only a subject the people result knows as a person: "Looking", "Critics" are not.
        for (const s of subjects) {
          const name = this.knownSubject(s) ?? this.reportingSourceAt(s) ?? this.fullPersonName(s, g) ?? this.titledName(s) ?? this.parsedPersonName(s, g);
          if (!name) continue;
          if (this.compatible(name, g)) return { name, isOrganization: false };
        }
      } else if (step === 'last' && this.lastSpeaker && phrase.start - this.lastSpeaker.at < REACH) {
        const ls = this.lastSpeaker;
        if (!ls.isOrganization && (g === 'm' || g === 'f') && (!ls.gender || ls.gender === g)) return { name: ls.name, isOrganization: false };
      } else if (step === 'people') {
        const person = this.personAt(phrase.nameStart, phrase.nameEnd);
        if (person) return { name: person.name, isOrganization: false };
      }
    }
    return null;
  }

  /**
   * The person a subject names. A full name whose given name is not the known person's who shares
   * its surname is a relative of theirs ("Rakeyia Scott" beside "Keith Lamont Scott"): the name as written.
   */
  private knownSubject(phrase: SpeakerPhrase): string | null {
    const person = this.namedPersonAt(phrase.nameStart, phrase.nameEnd);
    if (!person && phrase.kind === 'name') return this.spelledOtherwise(this.text.slice(phrase.nameStart, phrase.nameEnd));
    if (!person || phrase.kind !== 'name') return person?.name ?? null;
    const written = this.text.slice(phrase.nameStart, phrase.nameEnd);
    const given = written.split(' ')[0]!;
    const words = written.split(' ').length;
    if (words < 2 || words > 3 || !/^\p{Lu}\p{Ll}+$/u.test(given) || person.name.split(' ').includes(given)) return person.name;
    return lastWord(written) === lastWord(person.name) ? written : person.name;
  }

  /**
   * A surname written once with one letter changed, added or dropped (Wimes and Wines, Petrenko and
   * Petrenkov: a typo or another transliteration) names the known person with that surname.
   */
  private spelledOtherwise(word: string): string | null {
    if (word.length < MIN_VARIANT_LENGTH || /\s/u.test(word)) return null;
    const key = word.toLowerCase();
    let found: string | null = null;
    for (const surname of this.index.surnameVariants.oneEditFrom(key)) {
      if (surname[0] !== key[0]) continue;
      const p = this.bySurname.get(surname)!;
      if (found && found !== p.name) return null;
      found = p.name;
    }
    return found;
  }

  /**
   * A subject the people result does not know but that reports speech itself ("Cuban said
   * he sees …"): a named source read next to a reporting verb at this very phrase.
   */
  private reportingSourceAt(phrase: SpeakerPhrase): string | null {
    if (phrase.kind !== 'name') return null;
    const found = { name: null as string | null };
    this.sources.walkFrom(phrase.start, (s) => {
      if (s.at >= phrase.end) return true;
      if (!s.isOrganization) found.name = s.name;
      return !s.isOrganization;
    });
    return found.name;
  }

  /**
   * A subject the people result left out that still reads as a person's full name: a known
   * given name of the pronoun's gender and a surname ("Jane Formicola, a professor, described …").
   */
  private fullPersonName(phrase: SpeakerPhrase, g: 'm' | 'f' | 'n' | 'p' | undefined): string | null {
    if (phrase.kind !== 'name' || (g !== 'm' && g !== 'f')) return null;
    const words = this.text.slice(phrase.nameStart, phrase.nameEnd).split(/\s+/);
    if (words.length < 2 || words.length > 3 || !isFirstName(words[0]!)) return null;
    const gender = genderOfFirstName(words[0]!);
    if (gender && gender !== g) return null;
    return words.join(' ');
  }

  /**
   * A subject whose name follows a title ("EU foreign policy chief Josep Borrell"): a title is
   * given to a person, so two or three capitalised words after it are a person's name.
   */
  private titledName(phrase: SpeakerPhrase): string | null {
    if (phrase.kind !== 'name' || phrase.nameStart <= phrase.start) return null;
    if (!TITLE_WORDS.has(lastWord(this.text.slice(phrase.start, phrase.nameStart)).replace(/\.$/u, ''))) return null;
    const name = this.text.slice(phrase.nameStart, phrase.nameEnd);
    return /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u.test(name) ? name : null;
  }

  /**
   * A subject no list knows that the sentence's grammar reads as a person ("Jo-Renee Formicola,
   * political science professor …, described"), unless its given name is of the other gender.
   */
  private parsedPersonName(phrase: SpeakerPhrase, g: 'm' | 'f' | 'n' | 'p' | undefined): string | null {
    if (phrase.kind !== 'name' || (g !== 'm' && g !== 'f')) return null;
    if (!this.index.readsAsPersonName(phrase.nameStart, phrase.nameEnd)) return null;
    const name = this.text.slice(phrase.nameStart, phrase.nameEnd);
    const gender = genderOfFirstName(name.split(' ')[0]!);
    return gender && gender !== g ? null : name;
  }

  /**
   * An indefinite description named a little later by an apposition: "a senior official told local
   * television … The official, Jane Doe, added …". Only the description's own head word with "the"
   * and a comma, followed by a person's name, counts.
   */
  private namedLater(head: string, after: number): string | null {
    if (!/^\p{L}+$/u.test(head) || SPEAKING_BODY_HEADS.has(head)) return null;
    const window = this.text.slice(after, after + NAMED_LATER_REACH);
    const m = theHeadComma(window, head);
    if (!m) return null;
    const at = after + m.index + m[0].length;
    const known = this.namedPersonAt(at, at + 1)?.name;
    if (known) return known;
    // a name the people result left out: a known given name and a surname, closed by a comma
    const name = /^(?<given>\p{Lu}\p{Ll}+)(?<rest>(?:\s\p{Lu}[\p{L}'-]+){1,2}),/u.exec(this.text.slice(at, at + 60))?.groups;
    return name && isFirstName(name.given!) ? name.given! + name.rest! : null;
  }

  /** The phrase after "from" or "by" right after a document's name ("a statement from the ministry"). */
  private authorAfter(end: number): SpeakerPhrase | null {
    const m = DOCUMENT_AUTHOR.exec(this.text.slice(end, end + 12));
    if (!m) return null;
    const at = end + m[0].length;
    const r = readForward(windowTokens(this.text, at, Math.min(this.text.length, at + AUTHOR_REACH)), 0);
    return r && r.phrase.kind !== 'pronoun' ? r.phrase : null;
  }

  /** The people mentioned between two positions, by name, surname, title or pronoun, each once. */
  peopleBetween(from: number, to: number): string[] {
    return this.personMentions.ownersStartingIn(from, to).map((p) => p.name);
  }

  /** The body named last before `at`, within reach: what "it said" refers to. */
  private nearestBody(at: number): string | null {
    const b = this.bodies[countBelow(this.bodyStarts, at) - 1];
    return b && at - b.at <= BODY_REACH ? b.name : null;
  }

  /**
   * "the official": a word for any office holder points back to the office holder named last a
   * little before it, else to the person named last ("the second official" is someone else, and
   * "the senator" is left to the titles).
   */
  private nearestHolder(description: string, head: string, at: number): string | null {
    if (!HOLDER_WORDS.has(head) || description.toLowerCase().split(/\s+/u).some((w) => OTHER_WORDS.has(w))) return null;
    let holder: { person: PersonEntity; at: number } | null = null;
    let anyone: { person: PersonEntity; at: number } | null = null;
    // in text order, a scan's order among mentions sharing a start: the first of the latest wins
    for (const m of this.personMentions.startingIn(at - HOLDER_REACH, at)) {
      if (m.kind === 'pronoun') continue;
      const p = this.people[m.owner]!;
      if (!anyone || m.start > anyone.at) anyone = { person: p, at: m.start };
      if (p.role?.isOffice && (!holder || m.start > holder.at)) holder = { person: p, at: m.start };
    }
    const best = holder ?? anyone;
    return best ? this.spelledNear(best.person, at) : null;
  }

  /**
   * The spelling of a person's name written last before `at` when the article spells them two ways
   * (a translated name, "Oleksandr Petrenko" and "Aleksandr Petrenko") and the people result made them two.
   */
  private spelledNear(person: PersonEntity, at: number): string {
    const group = this.index.surnameGroups.get(lastWord(person.name)) ?? [];
    // alone with the surname: the name is theirs whichever spelling came last
    if (group.length === 1 && group[0] === person) return person.name;
    const given = person.name.split(' ')[0]!.toLowerCase();
    let best: { name: string; at: number } | null = null;
    for (const p of group) {
      // the same surname and a given name one letter apart: one person (Bill and Hillary Clinton are two)
      const otherGiven = p.name.split(' ')[0]!.toLowerCase();
      if (p !== person && !withinOneEdit(given, otherGiven)) continue;
      const starts = this.index.nameStartsOf(p);
      const last = starts[countBelow(starts, at) - 1];
      if (last !== undefined && (!best || last > best.at)) best = { name: p.name, at: last };
    }
    return best?.name ?? person.name;
  }

  private nearestPersonWithTitle(head: string, at: number): string | null {
    const mentions = this.index.mentionsByTitleWord().get(head);
    if (!mentions) return null;
    let k = countStartingBelow(mentions, at) - 1;
    if (k < 0) return null;
    // of the mentions at the latest start, the first a scan of the people would meet
    while (k > 0 && mentions[k - 1]!.start === mentions[k]!.start) k--;
    return mentions[k]!.name;
  }
}
