import fc from 'fast-check';
import { tokenize } from '../../src/document/tokens.js';
import { readBackward, tokenStartingAt } from '../../src/extractors/quotes/phrases.js';
import { MentionOwners } from '../../src/extractors/quotes/mention-owners.js';
import { OneEditIndex, withinOneEdit } from '../../src/extractors/quotes/one-edit.js';
import { SpeakerIndex } from '../../src/extractors/quotes/speaker-index.js';
import { SpeakerResolver } from '../../src/extractors/quotes/speakers.js';
import type { PersonEntity, PersonMentionKind } from '../../src/record/people.js';

describe('tokenStartingAt', () => {
  it('finds the token starting at a position, as a scan of the tokens does', () => {
    const tokens = tokenize('Governor of the Kursk Region Alexander Khinshtein said, “No.”');
    fc.assert(fc.property(fc.integer({ min: -2, max: 70 }), (at) => {
      expect(tokenStartingAt(tokens, at)).toBe(tokens.findIndex((t) => t.start === at));
    }));
  });

  it('still reads the head of a phrase in a long sentence', () => {
    const text = `${'and more words '.repeat(2000)}the governor of the Belgorod Region said`;
    const tokens = tokenize(text);
    const phrase = readBackward(tokens, tokens.length - 1);
    expect(phrase && text.slice(phrase.start, phrase.nameEnd)).toBe('the governor');
  });
});

const span = fc.tuple(fc.nat(60), fc.nat(8)).map(([start, len]) => ({ start, end: start + len }));
const kinds: PersonMentionKind[] = ['name', 'surname', 'title', 'pronoun'];
const owner = fc.array(fc.tuple(span, fc.constantFrom(...kinds)).map(([s, kind]) => ({ ...s, kind })), { maxLength: 6 }).map((mentions) => ({ mentions }));

describe('MentionOwners', () => {
  it('answers what a scan of every owner and mention answered', () => {
    fc.assert(fc.property(fc.array(owner, { maxLength: 8 }), span, (owners, q) => {
      type M = { start: number; end: number; kind: PersonMentionKind };
      const index = new MentionOwners<M, { mentions: M[] }>(owners);
      const overlaps = (m: { start: number; end: number }) => m.start < q.end && q.start < m.end;
      const named = (m: { kind: PersonMentionKind }) => m.kind === 'name' || m.kind === 'surname';
      expect(index.ownerAt(q.start, q.end)).toBe(owners.find((o) => o.mentions.some(overlaps)));
      expect(index.ownerAt(q.start, q.end, named)).toBe(owners.find((o) => o.mentions.some((m) => named(m) && overlaps(m))));
      expect(index.ownersStartingIn(q.start, q.end)).toEqual(owners.filter((o) => o.mentions.some((m) => m.start >= q.start && m.start < q.end)));
    }), { numRuns: 500 });
  });
});

describe('OneEditIndex', () => {
  it('finds the words a comparison with each word finds', () => {
    const word = fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 6 }).map((cs) => cs.join(''));
    fc.assert(fc.property(fc.array(word, { maxLength: 20 }), word, (words, query) => {
      const expected = [...new Set(words.filter((w) => withinOneEdit(w, query)))].sort();
      expect(new OneEditIndex(words).oneEditFrom(query).sort()).toEqual(expected);
    }), { numRuns: 500 });
  });

  it('compares words too long to index one by one', () => {
    const long = 'x'.repeat(50);
    expect(new OneEditIndex([long, 'petrenko']).oneEditFrom(`${long}y`)).toEqual([long]);
    expect(new OneEditIndex([long, 'petrenko']).oneEditFrom('petrenkov')).toEqual(['petrenko']);
  });
});

/** A person with mentions at the given starts, each as long as the word written there. */
function person(text: string, name: string, mentions: Array<[string, PersonMentionKind, number?]>, title?: string): PersonEntity {
  return {
    name,
    gender: 'm',
    role: title ? { title, head: title.toLowerCase(), isOffice: true, span: { start: 0, end: 0 }, affiliation: null, source: 'before' } : null,
    mentions: mentions.map(([word, kind, nth]) => {
      let start = -1;
      for (let k = 0; k <= (nth ?? 0); k++) start = text.indexOf(word, start + 1);
      return { start, end: start + word.length, kind };
    }),
  };
}

describe('SpeakerResolver look-ups', () => {
  const text = 'Oleksandr Petrenko spoke. Aleksandr Petrenko spoke. Petrenko said. Governor Ivan Roe spoke. Mayor Jo Doe spoke. The governor said it. He left.';
  const people = [
    person(text, 'Oleksandr Petrenko', [['Oleksandr Petrenko', 'name'], ['Petrenko', 'surname', 2]]),
    person(text, 'Aleksandr Petrenko', [['Aleksandr Petrenko', 'name']]),
    person(text, 'Ivan Roe', [['Ivan Roe', 'name']], 'Governor'),
    person(text, 'Jo Doe', [['Jo Doe', 'name']], 'Mayor'),
  ];
  const resolver = () => new SpeakerResolver(new SpeakerIndex(text, people, []));
  const phraseAt = (word: string, kind: 'name' | 'nominal' | 'pronoun', nth = 0) => {
    let start = -1;
    for (let k = 0; k <= nth; k++) start = text.indexOf(word, start + 1);
    return { kind, start, end: start + word.length, nameStart: start, nameEnd: start + word.length };
  };

  it('gives a bare surname the spelling written last before it', () => {
    expect(resolver().resolve(phraseAt('Petrenko', 'name', 2)).name).toBe('Aleksandr Petrenko');
  });

  it('gives "the governor" the person with that title named last', () => {
    expect(resolver().resolve(phraseAt('The governor', 'nominal')).name).toBe('Ivan Roe');
  });

  it('lists the people mentioned between two positions in their order', () => {
    expect(resolver().peopleBetween(0, text.indexOf('Governor'))).toEqual(['Oleksandr Petrenko', 'Aleksandr Petrenko']);
  });

  it('reads a surname added as a source in the middle of the text for a later pronoun', () => {
    const r = resolver();
    expect(r.resolve(phraseAt('He', 'pronoun')).name).toBe('Jo Doe');
    r.addSource('Zed Smith', text.indexOf('The governor'));
    expect(r.resolve(phraseAt('He', 'pronoun')).name).toBe('Zed Smith');
  });
});
