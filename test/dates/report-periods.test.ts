// Periods of company reports ("the first nine months", "a year earlier"), the tense a month's year
// follows, and forms added with them: "in the future", "into the summer", lists of years.
import { Document } from '../../src/document/document.js';
import { datesExtractor } from '../../src/extractors/dates/index.js';
import type { DateItem } from '../../src/record/types.js';

const ctx = () => ({ results: {} });
function dates(text: string, published?: string): DateItem[] {
  return datesExtractor.extract(new Document(text, { published }), ctx());
}
const valuesOf = (text: string, span: string, published?: string) => dates(text, published).filter((d) => d.text === span).map((d) => d.value);
/** Every date found, as [text, value]. */
const found = (text: string, published?: string) => dates(text, published).map((d) => [d.text, d.value]);

describe('"a year earlier" in a company report', () => {
  const ref = '2023-11-02';
  test('after a quarter it is that quarter a year back', () => {
    const text = 'Acme said its third-quarter profit rose to $40 million from $31 million a year earlier.';
    expect(valuesOf(text, 'a year earlier', ref)).toEqual(['2022-Q3']);
  });
  test('after nine months it is the year before', () => {
    const text = 'Acme earned $9 million in the third quarter. For the first nine months, it earned $20 million, up from $18 million a year earlier.';
    expect(valuesOf(text, 'a year earlier', ref)).toEqual(['2022']);
  });
  test('"the 2022 period" and "year-ago" follow the nine months', () => {
    const text = 'In the first nine months, net was $30 million, against a loss in the 2022 period. The year-ago results included a charge.';
    expect(valuesOf(text, 'the 2022 period', ref)).toEqual(['2022']);
    expect(valuesOf(text, 'year-ago', ref)).toEqual(['2022']);
  });
  test('a comparison quarter is not counted back from again', () => {
    const text = 'Sales rose from the year-ago quarter. The year-ago results were restated, as were results a year earlier.';
    expect(valuesOf(text, 'the year-ago quarter', ref)).toEqual(['2022-Q3']);
    expect(valuesOf(text, 'year-ago', ref)).toEqual(['2022-Q3']);
    expect(valuesOf(text, 'a year earlier', ref)).toEqual(['2022-Q3']);
  });
  test('"earlier in the year" is the report\'s year, not the comparison\'s', () => {
    const text = 'Profit rose from a year ago. Shipments were delayed earlier in the year by floods.';
    expect(valuesOf(text, 'earlier in the year', ref)).toEqual(['2023']);
  });
});

describe('the year of a month follows the tense that contradicts a far month', () => {
  test('a future month nine months ahead is this year\'s', () => {
    expect(valuesOf('She will be named commander of a space mission in December.', 'December', '2024-03-04')).toEqual(['2024-12']);
  });
  test('a past month nine months back is this year\'s', () => {
    expect(valuesOf('In January, the hospital hired a new director.', 'January', '2024-10-27')).toEqual(['2024-01']);
    expect(valuesOf('In the fiscal year ended Jan. 31, the chain reported sales of $60 million.', 'Jan. 31', '2024-10-31')).toEqual(['2024-01-31']);
  });
  test('the verb after "will" is the future\'s, not a past form', () => {
    expect(valuesOf('Ms. Ortiz, 52, will succeed Mr. Lane Feb. 1 as chief executive.', 'Feb. 1', '2024-10-26')).toEqual(['2025-02-01']);
  });
  test('a participle after an article is an adjective, not a past verb', () => {
    expect(valuesOf('The bonus would be paid on a still unspecified date in January.', 'January', '2024-10-26')).toEqual(['2025-01']);
  });
});

describe('forms added with them', () => {
  test('"in the future" is FUTURE_REF; "the future of" a thing is not a time', () => {
    expect(valuesOf('Similar storms may hit the coast in the future.', 'the future')).toEqual(['FUTURE_REF']);
    expect(dates('They debated the future of the alliance.')).toEqual([]);
  });
  test('a season after "into"', () => {
    expect(valuesOf('The shortage could last well into the summer.', 'the summer', '2024-04-10')).toEqual(['2024-SU']);
  });
  test('a list of years gives each, while "1,995" stays a number', () => {
    const years = dates('The car crossed the border in 1994, 1995 and 1997, and 1,995 fans watched.').map((d) => d.text);
    expect(years).toEqual(['1994', '1995', '1997']);
  });
});

describe('a quarter with its year back, days counted from the story\'s day, names that are no dates', () => {
  const ref = '2023-11-02';
  test('"the quarter a year ago", "the corresponding period last year", "the same period a year earlier" are one date', () => {
    const text = 'For the quarter a year ago, the bank earned $16 million, against $9 million for the corresponding period last year and $8 million in the same period a year earlier.';
    expect(found(text, ref)).toEqual([
      ['the quarter a year ago', '2022-Q3'],
      ['the corresponding period last year', '2022-Q3'],
      ['the same period a year earlier', '2022-Q3'],
    ]);
    expect(found('The same period saw floods.', ref)).toEqual([]);
  });
  test('"the previous Friday" counts from the day the story is at, however far back it was named', () => {
    const text = 'London shares fell on Friday. Dealers blamed New York. Banks led the losses. The index closed down 4% from the previous Friday.';
    expect(valuesOf(text, 'the previous Friday', '2023-10-30')).toEqual(['2023-10-20']);
  });
  test('"the next morning" in a story of past days is the morning after the last day named', () => {
    const text = 'The hearing was held last Tuesday. Lawyers argued for hours. The judge was tired. He ruled the next morning.';
    expect(valuesOf(text, 'the next morning', '2023-11-02')).toEqual(['2023-11-01TMO']);
  });
  test('"the annual March for Life" is a march, "in March for the first time" a month', () => {
    expect(dates('Thousands joined the annual March for Life in Washington.', ref)).toEqual([]);
    expect(valuesOf('In March for the first time, prices fell.', 'March', ref)).toEqual(['2023-03']);
  });
  test('"post-1959 politics" is a year, not a count of politics', () => {
    expect(dates('The post-1959 politics split families.').map((d) => d.value)).toEqual(['1959']);
  });
});

describe('vague times of the past and the future, and plans told in the past perfect', () => {
  test('"in past years" is PAST_REF; "in future quarters", "at a later date", "in a year or two" FUTURE_REF', () => {
    const text = 'Rates rose in past years. The credit will cut taxes in future quarters. The board will decide at a later date, perhaps in a year or two.';
    expect(found(text)).toEqual([
      ['past years', 'PAST_REF'],
      ['future quarters', 'FUTURE_REF'],
      ['a later date', 'FUTURE_REF'],
      ['a year or two', 'FUTURE_REF'],
    ]);
  });
  test('"the results of past years" and "a year" alone stay as they were', () => {
    expect(dates('The results of past years were weak.')).toEqual([]);
    expect(valuesOf('The plant will close for a year.', 'a year')).toEqual(['P1Y']);
  });
  const ref = '2023-05-04'; // a Thursday
  test('a plan or a bound in the past perfect lies behind', () => {
    expect(valuesOf('The offer had been scheduled to expire Monday, before it was extended.', 'Monday', ref)).toEqual(['2023-05-01']);
    expect(valuesOf('Until Tuesday, the police had not named him a suspect.', 'Tuesday', ref)).toEqual(['2023-05-02']);
  });
  test('a modal keeps the future though a past perfect is near', () => {
    expect(valuesOf('The hearing, which had been delayed, will resume Monday.', 'Monday', ref)).toEqual(['2023-05-08']);
  });
});

describe('the tense of a mention far from its verb', () => {
  // [why, text, span, value], all told on 13 February 2024
  test.each([
    ['a participle before "by" is no past verb', 'The airline will almost double its flights by August in the search for markets untouched by the crisis.', 'August', '2024-08'],
    ['beyond the window, a modal nearer than the past verb gives the future', 'The airline said two new flights would leave the capital on Monday and Tuesday nights from March 30, with a third one departing every Thursday from August 6.', 'August 6', '2024-08-06'],
    ['beyond the window, a past verb alone still gives the past', 'Officials said drones were shot down over the Kursk Region, the Belgorod Region, the Bryansk Region, the Oryol Region, the Tula Region, the Kaluga Region and the Smolensk Region in September.', 'September', '2023-09'],
  ])('%s', (_why, text, span, value) => {
    expect(valuesOf(text, span, '2024-02-13')).toEqual([value]);
  });
});

describe('"soon" in a story of the past', () => {
  test('"was soon released", "soon became" name no time ahead of now', () => {
    expect(dates('He was taken to a hospital and was soon released. The trickle soon became a flood.')).toEqual([]);
  });
  test('"will soon fall", "to be applied soon" are FUTURE_REF', () => {
    const values = dates('Prices will soon fall. The rule is expected to be applied soon.').map((d) => d.value);
    expect(values).toEqual(['FUTURE_REF', 'FUTURE_REF']);
  });
});

describe('a date goes with the verb before it', () => {
  const ref = '2024-07-11'; // a Thursday
  test('"scheduled to take place on Sunday has been postponed" is the coming Sunday', () => {
    expect(valuesOf('The rally scheduled to take place in the park on Sunday has been postponed, the police chief said.', 'Sunday', ref)).toEqual(['2024-07-14']);
  });
  test('a verb right after the date still governs it when the one before is far', () => {
    expect(valuesOf('The mayor, who had promised to attend the opening of the new bridge, on Monday announced he would not.', 'Monday', ref)).toEqual(['2024-07-08']);
  });
});

describe('a march\'s name is no month', () => {
  test('"the Women\'s March in Buffalo" is a name; "Kyiv\'s March offensive" a month', () => {
    expect(dates("The Women's March in Buffalo was postponed.", '2019-01-19')).toEqual([]);
    expect(valuesOf("Kyiv's March offensive stalled.", 'March', '2024-06-01')).toEqual(['2024-03']);
  });
});

describe('"the quarter ended <month>": the calendar quarter it mostly covers', () => {
  const ref = '2023-10-30';
  test('a quarter ended July 31 (May to July) is the second', () => {
    expect(valuesOf('In the quarter ended July 31, the retailer earned $5 million.', 'the quarter', ref)).toEqual(['2023-Q2']);
  });
  test('one ended Sept. 30 is the third; an ordinal is the company\'s own count and wins', () => {
    expect(valuesOf('In the quarter ended Sept. 30, sales fell.', 'the quarter', ref)).toEqual(['2023-Q3']);
    expect(valuesOf('In the second quarter ended Oct. 31, the chain lost money.', 'the second quarter', ref)).toEqual(['2023-Q2']);
  });
});

describe('a day or week around the day named, and "one day" as someday', () => {
  const ref = '2024-02-22'; // a Thursday
  test('"the week of March 6" is that week; "the day before last Tuesday\'s hearing" the Monday', () => {
    const text = "The case may be heard the week of March 6. The day before last Tuesday's hearing, the uncle flew in.";
    expect(found(text, ref)).toEqual([['the week of March 6', '2024-W10'], ['The day before last Tuesday', '2024-02-19']]);
  });
  test('"the day after Christmas" and a bare "the day before" at a clause end', () => {
    expect(valuesOf('Shops reopened the day after Christmas.', 'the day after Christmas', '2024-01-10')).toEqual(['2023-12-26']);
    expect(valuesOf('The storm hit on March 3. Power failed the day before.', 'the day before', '2024-03-10')).toEqual(['2024-03-02']);
  });
  test('"will one day be" is FUTURE_REF; "one day in jail" stays a length', () => {
    expect(valuesOf('Robots could one day replace drivers.', 'one day')).toEqual(['FUTURE_REF']);
    expect(valuesOf('He spent one day in jail.', 'one day')).toEqual(['P1D']);
  });
});

describe('"for the year of $…", and "that same day" after a month', () => {
  test('"a high for the year of $42" is the year; "the year of the dragon" is not', () => {
    expect(valuesOf('The stock hit a high for the year of $42.875 in June.', 'the year', '2023-10-30')).toEqual(['2023']);
    expect(dates('It was the year of the dragon.', '2023-10-30')).toEqual([]);
  });
  test('"that same day" after a month is a day of that month', () => {
    const text = 'The site was shut on Thursday. Three doctors were killed, most recently last October. His name was crossed out that same day.';
    expect(valuesOf(text, 'that same day', '2024-02-10')).toEqual(['2023-10-XX']);
  });
});

test('"the first two quarters of 1990" is its first half', () => {
  const text = 'Demand will stay weak through at least the first two quarters of 1990, and pick up in the last two quarters of next year.';
  expect(found(text, '1989-10-26')).toEqual([['the first two quarters of 1990', '1990-H1'], ['the last two quarters of next year', '1990-H2']]);
});

test('a fronted date is the time of a plan told in the past; a plan not fronted still looks ahead', () => {
  const ref = '2024-10-02'; // a Wednesday
  expect(valuesOf('On Friday, the government planned to pay the first claims.', 'Friday', ref)).toEqual(['2024-09-27']);
  expect(valuesOf('The government planned to pay the first claims on Friday.', 'Friday', ref)).toEqual(['2024-10-04']);
});

test('"this weekend" on a weekday is the coming one; "the weekend" the one just past', () => {
  const text = 'The bill will likely face a final vote this weekend. Talks stalled over the weekend.';
  expect(found(text, '2021-03-04')).toEqual([['this weekend', '2021-W09-WE'], ['the weekend', '2021-W08-WE']]);
});

test('"over the past week" is the seven days before now (P1W); "last week" the calendar week before', () => {
  const text = 'Militias have over the past week launched raids. Last week, and late last week too, talks stalled.';
  expect(dates(text, '2024-03-20').map((d) => [d.text, d.value, d.type])).toEqual([
    ['the past week', 'P1W', 'duration'],
    ['Last week', '2024-W11', 'date'],
    ['late last week', '2024-W11', 'date'],
  ]);
});

test('"the day before" with a verb coordinated after it is a date; "the day before and after the vote" is not', () => {
  expect(valuesOf('A drone that crossed the border the day before and crashed on a roof was shown to the envoy.', 'the day before', '2025-11-26')).toEqual(['2025-11-25']);
  expect(dates('Shops opened the day before and after the vote.', '2025-11-26')).toEqual([]);
});

test('a lead on the publication day leaves the event day to the first earlier day after it', () => {
  const text = [
    'Floods hit the north',
    'Rescue work goes on in the northern province on Wednesday after heavy rain triggered floods, officials said.',
    'At least 40 people died after the river burst its banks in the early hours of Tuesday, the governor said.',
    'The army said on Wednesday that 300 people had been rescued. Crews are clearing roads. Schools are closed. Power is out.',
    'A farmer said the water reached his roof around 5 a.m. and that his family climbed onto a truck.',
  ].join('\n\n');
  expect(valuesOf(text, 'around 5 a.m.', '2024-07-31')).toEqual(['2024-07-30T05:00']);
});

describe('the verb that governs a date', () => {
  test('a participle after a present "is" or "be" is passive, not past', () => {
    expect(valuesOf('Lawyers said the appeal is heard in May.', 'May', '2024-03-10')).toEqual(['2024-05']);
    expect(valuesOf('They said they expect the sale to be completed by Dec. 15.', 'Dec. 15', '2024-10-30')).toEqual(['2024-12-15']);
  });
  test('a month just ahead, told in the simple past, is last year\'s', () => {
    expect(valuesOf('The museum changed its opening hours in December.', 'December', '2024-10-27')).toEqual(['2023-12']);
  });
  test('a relative clause ends at its comma: the main verb after it is another clause\'s', () => {
    expect(valuesOf('The talks, which are supposed to end by May, resumed two weeks ago.', 'May', '2024-03-22')).toEqual(['2024-05']);
  });
  test('a fronted date goes with the main clause\'s verb, however far on it comes', () => {
    const text = 'In January, a week after the vote on the new budget in the regional parliament, a fire destroyed the depot.';
    expect(valuesOf(text, 'January', '2024-10-25')).toEqual(['2024-01']);
  });
  test('beyond the window, a present "expects" nearer than the past verb gives the future', () => {
    const text = 'He said he expects the swearing-in ceremony for the new borough officials to be held in the new building in early January.';
    expect(valuesOf(text, 'early January', '2016-09-12')).toEqual(['2017-01']);
  });
  test('a present perfect bound lies ahead; a participle before "by" is no past verb', () => {
    expect(valuesOf('Lenders, led by a state bank, have extended credit lines through January.', 'January', '2024-10-30')).toEqual(['2025-01']);
  });
});

describe('"today\'s" of the present age, "this quarter\'s" results, counted days, the night before', () => {
  test('"today\'s youth" names no day; "today\'s meeting" does', () => {
    expect(found('The mayor said the festival is for today\'s youth and for many of today\'s young families.', '2024-05-02')).toEqual([]);
    expect(valuesOf('The mayor cancelled today\'s meeting.', 'today', '2024-05-02')).toEqual(['2024-05-02']);
  });
  test('"this quarter\'s loss" is the reported quarter\'s; "this quarter" ahead is the current one', () => {
    expect(valuesOf('Acme reported a third-quarter loss. This quarter\'s loss includes a charge of $4 million.', 'This quarter', '2024-11-01')).toEqual(['2024-Q3']);
    expect(valuesOf('Acme expects sales to recover this quarter.', 'this quarter', '2024-11-01')).toEqual(['2024-Q4']);
  });
  test('"it is the 100th day of" a strike is the day of the report', () => {
    expect(valuesOf('It is the 100th day of the strike at the port.', 'the 100th day', '2024-06-03')).toEqual(['2024-06-03']);
    expect(found('The second day of the festival drew crowds.', '2024-06-03')).toEqual([]);
  });
  test('"overnight" told with a past day is the night that ended that morning', () => {
    const text = 'Shares in Frankfurt closed lower on Friday, hit by overnight losses in New York.';
    expect(valuesOf(text, 'overnight', '2024-10-28')).toEqual(['2024-10-24TNI']);
  });
});

describe('a month or a season in a place\'s name', () => {
  test('a capitalised season before a capitalised word is a name', () => {
    const text = 'Mud slid into the Winter Ridge area in the winter, and homes in Spring Creek flooded during the Spring Games.';
    expect(dates(text, '2023-08-14').map((d) => [d.text, d.value])).toEqual([['the winter', '2023-WI']]);
  });
  test('a month before a street or feature word, or closing a pair of names, is a town', () => {
    const text = 'Two cars met on the June Road between Oldbrook and June in May. Fares rose between January and March.';
    expect(dates(text, '2023-08-14').map((d) => d.text)).toEqual(['May', 'January', 'March']);
  });
});
