import { Document } from '../../src/document/document.js';
import type { ExtractionContext } from '../../src/extractors/framework.js';
import type { PersonEntity, PersonMentionKind } from '../../src/record/people.js';
import { quotesExtractor } from '../../src/extractors/quotes/index.js';
import type { Organization, Quote } from '../../src/record/types.js';

type Kind = PersonMentionKind;

/** A person with a mention at every occurrence of each given surface form. */
function person(text: string, name: string, gender: 'm' | 'f' | null, forms: [string, Kind][], title: string | null = null): PersonEntity {
  const mentions: PersonEntity['mentions'] = [];
  for (const [form, kind] of forms) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
      mentions.push({ start: i, end: i + form.length, kind });
    }
  }
  const role = title === null ? null : { title, head: title.toLowerCase(), isOffice: true, span: mentions[0]!, affiliation: null, source: 'before' as const };
  return { name, gender, role, mentions };
}

function organization(text: string, name: string, forms: string[]): Organization {
  const mentions = [];
  for (const form of forms) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) mentions.push({ start: i, end: i + form.length, text: form });
  }
  return { name, mentions };
}

function extract(text: string, people: PersonEntity[] = [], organizations: Organization[] = []): Quote[] {
  const ctx: ExtractionContext = { results: { organizations, people } };
  return quotesExtractor.extract(new Document(text), ctx);
}

const pairs = (qs: Quote[]) => qs.map((q) => [q.text, q.speaker]);

describe('quotes: speaker positions', () => {
  it('speaker after the quote ("…,” Kowalski wrote)', () => {
    const text = 'Storms hit the coast.\n“No one was hurt in the night,” Kowalski wrote on his channel.';
    const qs = extract(text);
    expect(pairs(qs)).toEqual([['No one was hurt in the night,', 'Kowalski']]);
    expect(qs[0]!.cue).toBe('wrote');
    expect(text.slice(qs[0]!.start, qs[0]!.end)).toBe(qs[0]!.text);
  });

  it('inverted speech tag ("…,” said Deputy Mayor Lena Ortiz)', () => {
    const text = 'The bridge reopened.\n“Traffic is flowing again,” said Deputy Mayor Lena Ortiz, who oversees roads.';
    expect(pairs(extract(text))).toEqual([['Traffic is flowing again,', 'Lena Ortiz']]);
  });

  it('speaker before the quote with a colon and a reporting verb', () => {
    const text = 'Mayor Tom Reyes told reporters on Friday: “The water is safe to drink.”';
    const qs = extract(text);
    expect(pairs(qs)).toEqual([['The water is safe to drink.', 'Tom Reyes']]);
    expect(qs[0]!.cue).toBe('told');
  });

  it('speaker as the subject of a sentence ending in a colon, past an apposition', () => {
    const text = 'Governor Anna Berg, in a message to residents on her channel, issued a warning: ‘Stay indoors until the alert ends.’';
    expect(pairs(extract(text))).toEqual([['Stay indoors until the alert ends.', 'Anna Berg']]);
  });

  it('"according to" a source', () => {
    const text = 'Roads were closed. “Crews will work through the night,” according to the transport department.';
    const org = organization(text, 'Transport Department', ['transport department']);
    expect(pairs(extract(text, [], [org]))).toEqual([['Crews will work through the night,', 'Transport Department']]);
  });

  it('a speaker with a parenthetical and an apposition before the verb', () => {
    const text = 'Debate went late.\n“We will not back down,” Rep. Maria Lopez (D-Ore.), a member of the panel, said Tuesday.';
    expect(pairs(extract(text))).toEqual([['We will not back down,', 'Maria Lopez']]);
  });

  it('a dash byline after the quote', () => {
    const text = 'Readers wrote in.\n“The new park changed our street.” ― Dana Whitfield\n';
    expect(pairs(extract(text))).toEqual([['The new park changed our street.', 'Dana Whitfield']]);
  });

  it('a description with no name stays the speaker ("a senior adviser said")', () => {
    const text = 'Talks stalled.\n“Nobody expects a deal this week,” a senior adviser to the minister said.';
    expect(pairs(extract(text))).toEqual([['Nobody expects a deal this week,', 'a senior adviser to the minister']]);
  });
});

describe('quotes: resolving pronouns, surnames and titles through the people list', () => {
  const text =
    'Governor Vasily Petrenko confirmed the interception overnight.\n' +
    '“There are no victims,” Petrenko wrote. “Emergency services are at the scene,” he added.\n' +
    'Later the governor said: “Schools will open as usual.”';
  const people = [
    person(text, 'Vasily Petrenko', 'm', [['Vasily Petrenko', 'name'], ['Petrenko wrote', 'surname'], ['the governor', 'title']], 'governor'),
  ];
  // The surname mention must cover only the surname.
  people[0]!.mentions.forEach((m) => {
    if (text.slice(m.start, m.end) === 'Petrenko wrote') m.end = m.start + 'Petrenko'.length;
  });

  it('gives the full name for a surname, "he added" and "the governor said"', () => {
    const qs = extract(text, people);
    expect(pairs(qs)).toEqual([
      ['There are no victims,', 'Vasily Petrenko'],
      ['Emergency services are at the scene,', 'Vasily Petrenko'],
      ['Schools will open as usual.', 'Vasily Petrenko'],
    ]);
    expect(qs.map((q) => q.cue)).toEqual(['wrote', 'added', 'said']);
  });

  it('uses the officials extractor’s reading of a pronoun', () => {
    const t = 'Olga Marsh met the press. Her deputy, Ivan Tull, stood by.\n“We are ready,” she said.';
    const she = t.indexOf('she said');
    const olga = person(t, 'Olga Marsh', 'f', [['Olga Marsh', 'name']]);
    olga.mentions.push({ start: she, end: she + 3, kind: 'pronoun' });
    const ivan = person(t, 'Ivan Tull', 'm', [['Ivan Tull', 'name']]);
    expect(pairs(extract(t, [olga, ivan]))).toEqual([['We are ready,', 'Olga Marsh']]);
  });

  it('takes a pronoun’s speaker from the named subject of the paragraph before the quote', () => {
    const t = 'Sara Lind, a professor at the state university, described the plan as risky.\n\n“It will cost more than anyone admits,” she said.';
    const sara = person(t, 'Sara Lind', 'f', [['Sara Lind', 'name']]);
    expect(pairs(extract(t, [sara]))).toEqual([['It will cost more than anyone admits,', 'Sara Lind']]);
  });

  it('resolves "the ministry said" to the organisation', () => {
    const t = 'The Ministry of Defence reported the strikes. “All targets were hit,” the ministry said.';
    const org = organization(t, 'Ministry of Defence', ['Ministry of Defence']);
    expect(pairs(extract(t, [], [org]))).toEqual([['All targets were hit,', 'Ministry of Defence']]);
  });

  it('resolves "He wrote on Telegram:" and an inverted "said Gusev" to full names', () => {
    const t =
      'Mayor Pavel Gusev spoke after the attack. He wrote on Telegram: “The fire is out.”\n' +
      '“Two homes were damaged,” said Gusev.';
    const he = t.indexOf('He wrote');
    const gusev = person(t, 'Pavel Gusev', 'm', [['Pavel Gusev', 'name'], ['said Gusev', 'surname']], 'mayor');
    gusev.mentions.forEach((m) => {
      if (t.slice(m.start, m.end) === 'said Gusev') m.start += 'said '.length;
    });
    gusev.mentions.push({ start: he, end: he + 2, kind: 'pronoun' });
    const qs = extract(t, [gusev]);
    expect(pairs(qs)).toEqual([
      ['The fire is out.', 'Pavel Gusev'],
      ['Two homes were damaged,', 'Pavel Gusev'],
    ]);
    expect(qs.map((q) => q.cue)).toEqual(['wrote', 'said']);
  });

  it('gives an untagged quote the person the paragraph before is about', () => {
    const t = 'Nadia Orlova is confident about the harvest this year.\n\n“We planted early and the rain came on time.”';
    const nadia = person(t, 'Nadia Orlova', 'f', [['Nadia Orlova', 'name']]);
    expect(pairs(extract(t, [nadia]))).toEqual([['We planted early and the rain came on time.', 'Nadia Orlova']]);
  });

  it('does not take a name inside a description for its speaker', () => {
    const t = 'Senator Ruth Cole spoke first.\n“It will pass,” a senior Cole adviser said.';
    const ruth = person(t, 'Ruth Cole', 'f', [['Ruth Cole', 'name'], ['Cole adviser', 'surname']]);
    ruth.mentions.forEach((m) => {
      if (t.slice(m.start, m.end) === 'Cole adviser') m.end = m.start + 4;
    });
    expect(pairs(extract(t, [ruth]))).toEqual([['It will pass,', 'a senior Cole adviser']]);
  });

  it('resolves a definite title to its holder but keeps an indefinite one as said', () => {
    const t =
      'Strategist Mark Hale advised the campaign.\n“We can win the state,” the strategist said.\n' +
      '“Nobody believes that,” said one rival strategist.';
    const hale = person(t, 'Mark Hale', 'm', [['Mark Hale', 'name']], 'strategist');
    expect(pairs(extract(t, [hale]))).toEqual([
      ['We can win the state,', 'Mark Hale'],
      ['Nobody believes that,', 'one rival strategist'],
    ]);
  });

  it('leaves an unresolvable pronoun without a speaker rather than "he"', () => {
    const qs = extract('“We are ready,” he said.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speaker).toBeNull();
  });
});

describe('quotes: split and follow-on quotes', () => {
  it('gives both halves of a split quote one speaker', () => {
    const text = 'The vote passed.\n“This is a good day,” Nkosi said. “We waited ten years for it.”';
    expect(pairs(extract(text))).toEqual([
      ['This is a good day,', 'Nkosi'],
      ['We waited ten years for it.', 'Nkosi'],
    ]);
  });

  it('keeps the speaker for a paragraph that only continues the quoting', () => {
    const text = 'The vote passed.\n\n“This is a good day,” said Amara Nkosi.\n\n“We waited ten years for this and we will not wait again.”';
    expect(pairs(extract(text)).map((p) => p[1])).toEqual(['Amara Nkosi', 'Amara Nkosi']);
  });

  it('does not carry a speaker to a quote a new speaker introduces', () => {
    const text =
      '“This is a good day,” said Amara Nkosi.\n\nCritics were unmoved. Paul Verde said: “It changes nothing for the villages.”';
    expect(pairs(extract(text)).map((p) => p[1])).toEqual(['Amara Nkosi', 'Paul Verde']);
  });

  it('reads a multi-paragraph quote as one item', () => {
    const text = 'The statement reads:\n\n"First, the roads are open.\n\n"Second, the schools will reopen on Monday."\n\nNo one objected.';
    const qs = extract(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe('First, the roads are open.\n\n"Second, the schools will reopen on Monday.');
  });
});

describe('quotes: direct quotes only', () => {
  it('drops a quoted fragment inside paraphrase', () => {
    const text = 'The senator called the deal a “brazen breach” of trust and left.';
    expect(extract(text)).toEqual([]);
  });

  it('drops a scare quote and a quoted title', () => {
    const text = 'The so-called “experts” were wrong. She starred in “The Long Night” last year.';
    expect(extract(text)).toEqual([]);
  });

  it('keeps quoted words the sentence goes on after as a partial quote of its subject', () => {
    const text = 'The spokeswoman said that “we will defend ourselves” against what she called attacks.';
    expect(pairs(extract(text))).toEqual([['we will defend ourselves', 'The spokeswoman']]);
  });

  it('drops a headline in title case', () => {
    const text = 'Mayor on the Flood: ‘We Will Rebuild Every Home’\n\nThe city council met on Monday.';
    expect(extract(text)).toEqual([]);
  });

  it('keeps a whole sentence after a colon', () => {
    const text = 'The notice was blunt: “Leave the area now.”';
    expect(extract(text).map((q) => q.text)).toEqual(['Leave the area now.']);
  });
});

describe('quotes: robustness', () => {
  it('gets through a long run of capitalised words and marks', () => {
    const text = 'Word '.repeat(40000) + '“' + 'Big '.repeat(2000) + '” said Jones. “We are safe,” said Smith. ' + '"'.repeat(5000);
    const quotes = extract(text);
    expect(quotes.find((q) => q.text === 'We are safe,')?.speaker).toBe('Smith');
  });

  it('every item’s text is its span of the article', () => {
    const text = '“One,” he said. ‘Two,’ said Ann Lee. «Three», wrote Bo Park. "Four" — Cy Dunn';
    for (const q of extract(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('quotes: the head of the subject phrase is the speaker', () => {
  it('"Governor Jane Roe of the Tver Region said:" names the governor, not the region', () => {
    const text = 'Governor Jane Roe of the Tver Region said: “All is calm.”';
    const qs = extract(text, [person(text, 'Jane Roe', 'f', [['Jane Roe', 'name']], 'Governor')]);
    expect(pairs(qs)).toEqual([['All is calm.', 'Jane Roe']]);
  });

  it('"Governor of the Kursk Region Alexander Khinshtein said" names the person after the bare title', () => {
    const text = 'Governor of the Kursk Region Alexander Khinshtein said: “The situation is under control.”';
    const qs = extract(text, [person(text, 'Alexander Khinshtein', 'm', [['Alexander Khinshtein', 'name']], 'Governor')]);
    expect(pairs(qs)).toEqual([['The situation is under control.', 'Alexander Khinshtein']]);
  });

  it('"Governor Jane Roe of the centre-left Unity Party (UP) said" names the governor, not the party', () => {
    const text = 'Governor Jane Roe of the centre-left Unity Party (UP) said “the water rose too fast”.';
    const qs = extract(text, [person(text, 'Jane Roe', 'f', [['Jane Roe', 'name']], 'Governor')], [organization(text, 'Unity Party', ['Unity Party'])]);
    expect(pairs(qs)).toEqual([['the water rose too fast', 'Jane Roe']]);
  });

  it('"the Red Shield (RS) ambulance service said": a body\'s acronym in brackets stands aside', () => {
    const text = '“Two men were hurt,” the Red Shield (RS) ambulance service said.';
    expect(pairs(extract(text))).toEqual([['Two men were hurt,', 'the Red Shield (RS) ambulance service']]);
  });

  it('"a spokesman for the Ministry of Defense said" is the spokesman as written', () => {
    const text = 'A spokesman for the Ministry of Defense said: “The attack was repelled.”';
    const qs = extract(text, [], [organization(text, 'Ministry of Defense', ['Ministry of Defense'])]);
    expect(pairs(qs)).toEqual([['The attack was repelled.', 'A spokesman for the Ministry of Defense']]);
  });

  it('"the governor of the region said" resolves through the title, not the place', () => {
    const text = 'Vasily Petrov visited the hospital.\n“Everyone will get help,” the governor of the Kursk Region said.';
    const qs = extract(text, [person(text, 'Vasily Petrov', 'm', [['Vasily Petrov', 'name']], 'governor')]);
    expect(pairs(qs)).toEqual([['Everyone will get help,', 'Vasily Petrov']]);
  });

  it('appositions one after another before the verb', () => {
    const text =
      '“It is an invasion of the state domain,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the agency, said on Monday.';
    const qs = extract(text, [person(text, 'Scott Pruitt', 'm', [['Scott Pruitt', 'name']], 'attorney general')]);
    expect(pairs(qs)).toEqual([['It is an invasion of the state domain,', 'Scott Pruitt']]);
  });

  it('a party and state abbreviation in apposition ("Mitch McConnell, R-Ky., said")', () => {
    const text = '“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.';
    const qs = extract(text, [person(text, 'Mitch McConnell', 'm', [['Mitch McConnell', 'name']], 'Majority Leader')]);
    expect(pairs(qs)).toEqual([['Our assumption is that the veto will be overridden,', 'Mitch McConnell']]);
  });

  it('a quote after a multi-paragraph quote with an inverted tag keeps that tag\'s speaker', () => {
    const text =
      '“It is a dog whistle,” Rep. Gwen Moore said. “If indeed this goes on, we will all lose.\n' +
      '“I have been thinking a lot about where we are,” added Rep. Jim Clyburn (D-S.C.), the assistant leader. “These are howls, not whistles.”';
    const qs = extract(text, [
      person(text, 'Gwen Moore', 'f', [['Gwen Moore', 'name']], 'Representative'),
      person(text, 'Jim Clyburn', 'm', [['Jim Clyburn', 'name']], 'Representative'),
    ]);
    expect(qs[qs.length - 1]!.text).toBe('These are howls, not whistles.');
    expect(qs.map((q) => q.speaker)).toEqual(['Gwen Moore', 'Jim Clyburn', 'Jim Clyburn']);
  });

  it('a pronoun refers to a subject who reports speech even when no official was found for it', () => {
    const text =
      'Asked about the race, Cuban said Donald Trump lacks curiosity.\n\n“You have got to be able to adapt,” he said.';
    const qs = extract(text, [person(text, 'Donald Trump', 'm', [['Donald Trump', 'name']], null)]);
    expect(pairs(qs)).toEqual([['You have got to be able to adapt,', 'Cuban']]);
  });
});

describe('quotes: a participle after a description is no speech tag', () => {
  it('"‘…’ His message, brief yet urgent, underscored …, reflecting …" keeps the speaker before the quote', () => {
    const text =
      'Governor Ivan Sokolov, in a message to residents, issued a warning: ‘Stay indoors tonight.’ His message, brief yet urgent, underscored the danger, reflecting a pattern of attacks.';
    const qs = extract(text, [person(text, 'Ivan Sokolov', 'm', [['Ivan Sokolov', 'name']], 'Governor')]);
    expect(pairs(qs)).toEqual([['Stay indoors tonight.', 'Ivan Sokolov']]);
  });
});

describe('quotes: pronouns find a subject the officials extractor left out', () => {
  it('a full name with a known given name of the pronoun\'s gender', () => {
    const text =
      'Donald Trump spoke on Monday.\n\nJane Formicola, a political science professor, described the approach as lowering expectations.\n\n' +
      '“If he is asked questions he cannot answer, he will deflect them,” she said.';
    const qs = extract(text, [person(text, 'Donald Trump', 'm', [['Donald Trump', 'name']], null)]);
    expect(pairs(qs)).toEqual([['If he is asked questions he cannot answer, he will deflect them,', 'Jane Formicola']]);
  });

  it('a given name of the other gender is skipped', () => {
    const text =
      'Mary Jones spoke first.\n\nJohn Formicola, a professor, described the approach.\n\n“We will see what happens next,” she said.';
    const qs = extract(text, [person(text, 'Mary Jones', 'f', [['Mary Jones', 'name']], null)]);
    expect(qs.map((q) => q.speaker)).not.toEqual(['John Formicola']);
  });
});
