import { Document } from '../../src/document/document.js';
import { datesExtractor } from '../../src/extractors/dates/index.js';
import type { DateItem } from '../../src/record/types.js';

function dates(text: string, published?: string): DateItem[] {
  return datesExtractor.extract(new Document(text, { published }), { results: {} });
}
const pairs = (text: string, published?: string) => dates(text, published).map((d) => [d.text, d.value]);

describe('dates: a day and its time of day', () => {
  test('"today at" a clock time is one time on that day', () => {
    expect(pairs('The alert was lifted today at 05:30, the mayor said.', '2023-04-02')).toEqual([['today at 05:30', '2023-04-02T05:30']]);
    expect(pairs('Crews arrived today at 2.15 pm.', '2023-04-02')).toEqual([['today at 2.15 pm', '2023-04-02T14:15']]);
  });
  test('a dated line with a clock time after a comma', () => {
    expect(pairs('Monday, 3 April 2023, 08:41\n\nA storm hit the coast.')).toEqual([['Monday, 3 April 2023, 08:41', '2023-04-03T08:41']]);
  });
  test('seconds are kept', () => {
    expect(pairs('4/3/2023 11:05:42 PM\n\nA storm hit the coast.')).toEqual([['4/3/2023 11:05:42 PM', '2023-04-03T23:05:42']]);
  });
  test('a clock time "on" a day with its part of day sits on that day', () => {
    const got = pairs('The fight broke out at about 9.15pm on Thursday evening, police said.', '2023-04-08');
    expect(got).toContainEqual(['about 9.15pm', '2023-04-06T21:15']);
  });
  test('"the early hours of" a day is its morning; "the morning of" a date too', () => {
    expect(pairs('The dam failed in the early hours of Monday.', '2023-04-05')).toEqual([['the early hours of Monday', '2023-04-03TMO']]);
    expect(pairs('Voting closed on the evening of April 2.', '2023-04-05')).toEqual([['the evening of April 2', '2023-04-02TEV']]);
    expect(pairs('Hail fell late Sunday night into the early morning hours of Monday.', '2023-04-05')).toContainEqual(['the early morning hours of Monday', '2023-04-03TMO']);
  });
  test('"the night of" a date stays the date, as TimeBank marks it', () => {
    expect(pairs('He was shot on the night of April 2.', '2023-04-05')).toEqual([['April 2', '2023-04-02']]);
  });
  test('"since early morning" is the morning of the reference day', () => {
    expect(pairs('The town has been shelled since early morning.', '2023-04-05')).toEqual([['early morning', '2023-04-05TMO']]);
  });
  test('a 24-hour clock written with a stop after a word that introduces a time', () => {
    expect(pairs('The minister landed shortly after 22.10.', '2023-04-05')).toEqual([['shortly after 22.10', '2023-04-05T22:10']]);
    expect(pairs('Shares closed at 10.50 euros.', '2023-04-05')).toEqual([]);
    expect(pairs('The index rose to 21.30 points.', '2023-04-05')).toEqual([]);
  });
});

describe('dates: the day the article talks about', () => {
  test('"this morning" with no publication date takes the day the opening names', () => {
    const text = 'Floods kept rising across the valley.\n\nSpeaking on Friday, March 3rd, the minister said the river peaked this morning.';
    expect(pairs(text)).toContainEqual(['this morning', 'XXXX-03-03TMO']);
  });
  test('a bare clock time with no day near it goes on the event day, not the publication day', () => {
    const filler = 'The coast guard gave no details. Divers searched the bay. The port stayed shut. Ferries stopped. Relatives gathered at the quay. ';
    const text = `A ferry sank off the coast on Sunday, officials said.\n\n${filler}\n\nThe first boats reached the wreck around 5 a.m., a witness recalled.`;
    expect(pairs(text, '2023-04-03')).toContainEqual(['around 5 a.m.', '2023-04-02T05:00']);
  });
  test('a report filed after midnight: a past-tense "today" is the day it was said', () => {
    const text = 'A storm killed four people in the port on Saturday, officials said.\n\n"We lost four neighbours today," the mayor said.\n\nOn Sunday, the navy said, "the wind eased today."';
    const got = pairs(text, '2023-04-02');
    expect(got).toContainEqual(['today', '2023-04-01']);
    expect(got.filter(([t]) => t === 'today').map(([, v]) => v)).toEqual(['2023-04-01', '2023-04-02']);
  });
  test('in a report of the day before publication, a quoted "this evening" or "tonight" is the day it was said', () => {
    const text = 'The river burst its banks in Tarnby on Friday evening, officials said.\n\n'
      + '"The damage from this evening\'s rain is severe, and more streets may flood tonight," the mayor said in a statement.\n\nToday residents are clearing the streets.';
    const got = pairs(text, '2023-04-01');
    expect(got).toContainEqual(['this evening', '2023-03-31TEV']);
    expect(got).toContainEqual(['tonight', '2023-03-31TNI']);
    expect(got).toContainEqual(['Today', '2023-04-01']);
  });
  test('with no event day framed, a clock time far from any day sits on the last day named, if lately past', () => {
    const filler = 'A man was hurt. The driver was arrested. He is before the courts. The road has reopened. ';
    const text = `Tue, 11 Jul, 2023 - 09:10\n\nVan hits wall in Coldbrook\n\nA van hit a wall in Coldbrook.\n\nPolice were called at 8:40pm on Saturday, July 8.\n\n${filler}\n\n`
      + 'Drivers who were on Bell Lane between 8:30pm and 9pm are asked to contact police.';
    expect(pairs(text, '2023-07-11')).toContainEqual(['between 8:30pm and 9pm', '2023-07-08T20:30/2023-07-08T21:00']);
  });
  test('a quote after a saying dated the day before publication: its "today" and "tonight" are that day', () => {
    const text = 'Floods kill two in Vessia, officials said on Thursday.\n\nRescuers searched the valley.\n\n'
      + 'On Wednesday evening the regional head Tomas Reln said the rain was the worst in decades. "More rain fell today than in all of May. '
      + 'Two more rivers may burst tonight," he added.\n\nAfter Wednesday\'s floods, the mayor said: "Today we start clearing the roads."';
    const got = pairs(text, '2023-05-18');
    expect(got).toContainEqual(['today', '2023-05-17']);
    expect(got).toContainEqual(['tonight', '2023-05-17TNI']);
    expect(got).toContainEqual(['Today', '2023-05-18']);
  });
  test('a weekday naming the event day is that day, even beside a future verb', () => {
    const text = 'Rockets hit the town on Saturday, killing three.\n\nThe minister on Saturday vowing the attackers will pay a price.';
    expect(pairs(text, '2023-04-02').filter(([t]) => t === 'Saturday').map(([, v]) => v)).toEqual(['2023-04-01', '2023-04-01']);
  });
  test('a present-tense "today" after a late-filed report stays the publication day', () => {
    const text = 'A storm hit the port on Saturday, officials said.\n\nToday residents are clearing the streets.';
    expect(pairs(text, '2023-04-02')).toContainEqual(['Today', '2023-04-02']);
  });
});

describe('dates: which week, which decade', () => {
  test.each([
    ['"by" a weekday with no past verb is the coming one', 'Forecasters expect the rain to stop by Friday evening.', '2023-04-04', [['Friday evening', '2023-04-07TEV']]],
    ['"the 1960s and 1970s": the second decade is definite too', 'The estate was built in the 1960s and 1970s.', '2023-04-04', [['the 1960s', '196'], ['1970s', '197']]],
    // published on a Tuesday
    ['the weekday after the reference day is tomorrow, even in a past-tense clause', 'Two countries were sending planes arriving on Wednesday morning.', '2019-08-13', [['Wednesday morning', '2019-08-14TMO']]],
    ['a possessive still names a day past', "Critics attacked Wednesday's ruling.", '2019-08-13', [['Wednesday', '2019-08-07']]],
  ])('%s', (_name, text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });
});

describe('dates: numbers that are not years', () => {
  test('a measure, a model number, an old-looking number with nothing that makes it a year', () => {
    const text = 'The new GTX 1660 card shipped. The tower rises 1200 feet. The dam level stood at 1056.';
    expect(pairs(text, '2023-01-01')).toEqual([]);
  });
  test('old years with a word that introduces them, and an era, stay years', () => {
    expect(pairs('The abbey was founded in 1066 and rebuilt in AD 1320.', '2023-01-01')).toEqual([['1066', '1066'], ['1320', '1320']]);
  });
});

describe('dates: the frame day and the future', () => {
  test('a future "through the night" is the coming night, not the event day\'s', () => {
    const text = 'A missile struck a building on Monday evening, officials said.\n\nThe mayor said rescuers had pulled 11 people from the rubble. "Rescue work will continue through the night," he wrote.';
    expect(pairs(text, '2026-02-03')).toContainEqual(['the night', '2026-02-03TNI']);
  });
});

describe('dates: the article\'s own date where there is no publication date', () => {
  test('a date line under the headline is the reference', () => {
    const text = 'Council passes budget\n\nMarch 4, 2021\n\nThe council met on Monday and passed the budget that day.';
    expect(pairs(text)).toEqual([['March 4, 2021', '2021-03-04'], ['Monday', '2021-03-01'], ['that day', '2021-03-01']]);
  });
  test('a day the lead names is not: "since October 7, 2023" leaves weekdays unknown', () => {
    const text = 'Talks resume\n\nTalks stalled since October 7, 2023, resumed on Monday.';
    expect(pairs(text)).toContainEqual(['Monday', 'XXXX-WXX-1']);
  });
});

describe('dates: a day of history or a correction line is no frame', () => {
  test.each([
    ['a date of history in the opening, with no publication date', 'Remembering the attacks\n\nOn Sept. 11, 2001, hijackers flew planes into the towers.\n\n"We think of them today," a survivor said.'],
    ['a correction line at the end', 'Budget talks\n\nLawmakers talked.\n\nThey will meet today.\n\nMore talks followed.\n\nDecember 4, 2015'],
  ])('%s', (_name, text) => {
    expect(pairs(text)).toContainEqual(['today', 'XXXX-XX-XX']);
  });
});

describe('dates: a phone number is no year', () => {
  test('a number followed by more digit groups', () => {
    const text = 'Witnesses can call the Tipline on 1800 555 210 or the station on 1900 444123, the police said in 1999.';
    expect(pairs(text, '2023-07-08')).toEqual([['1999', '1999']]);
  });
  test('years in a list or before a count stay years', () => {
    expect(pairs('The plant ran in 1994 and 1995, and 1997, 2000 people were hired.', '2023-07-08').map((p) => p[1])).toEqual(['1994', '1995', '1997']);
  });
});

describe('dates: a night named by the day it runs into', () => {
  test('"the night of" and "overnight into" a day are the night before it, whatever day came before', () => {
    const text = 'Gunners downed nine drones last night. Officials said 12 drones were fired during the night of March 4 at the port. '
      + 'Sirens sounded on the evening of Sunday, March 3, and overnight into Monday, March 4.';
    expect(pairs(text, '2024-03-04').filter(([t]) => /night/i.test(t!))).toEqual([
      ['last night', '2024-03-03TNI'], ['the night', '2024-03-03TNI'], ['overnight', '2024-03-03TNI'],
    ]);
  });
  test('"overnight into" a day still to come', () => {
    expect(pairs('Heavy rain will fall overnight into Thursday, forecasters said.', '2024-08-23')).toEqual([['overnight', '2024-08-28TNI'], ['Thursday', '2024-08-29']]);
  });
  test('"into the night" after a day is the night that follows that day', () => {
    const text = 'A gas main burst in Orlow on Thursday. On Friday morning residents spoke of the events of the previous day. One said crews kept the street shut late into the night.';
    expect(pairs(text, '2023-03-05')).toContainEqual(['the night', '2023-03-02TNI']);
  });
  test('a night-long range with the time in another zone between its ends is one range', () => {
    const text = 'Drones came in waves from about 9:00 p.m. (1900 GMT) to 4:15 a.m., the air force said.';
    expect(pairs(text, '2024-02-08')).toContainEqual(['9:00 p.m. (1900 GMT) to 4:15 a.m.', '2024-02-07T21:00/2024-02-08T04:15']);
  });
  test('a bare night after a night already named is that night', () => {
    expect(pairs('Shelling began on Friday night. Overnight, three houses burned.', '2024-03-09')).toEqual([['Friday night', '2024-03-08TNI'], ['Overnight', '2024-03-08TNI']]);
  });
  test('"this night" and "the past night" told in the past are the night just over', () => {
    const text = '"This night, the enemy attacked the town with drones," the mayor wrote. During the past night, gunners downed two more.';
    expect(pairs(text, '2025-06-02')).toEqual([['This night', '2025-06-01TNI'], ['the past night', '2025-06-01TNI']]);
  });
});

describe('a night after a day named with its evening', () => {
  test('"Since yesterday evening and over the past night" is the night after that evening', () => {
    expect(pairs('Since yesterday evening and over the past night, 22 drones were destroyed.', '2024-07-27')).toEqual([
      ['yesterday evening', '2024-07-26TEV'],
      ['the past night', '2024-07-26TNI'],
    ]);
  });
});
