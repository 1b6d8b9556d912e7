import { brief, counts } from './helpers.js';

describe('counts: "N of M things" with a whole that is not a round base', () => {
  test('"intercepted 44 of 61 drones": both the part and the whole are counts of drones', () => {
    const got = brief(counts('The air force said it intercepted 44 of 61 drones overnight.'));
    expect(got).toContainEqual(['44', 44, 'drones', null, null]);
    expect(got).toContainEqual(['61 drones', 61, 'drones', null, null]);
  });
  test('number words: "two of five ballistic missiles"', () => {
    const got = brief(counts('Defences stopped two of five ballistic missiles fired at the port.'));
    expect(got).toContainEqual(['two', 2, 'ballistic missiles', null, null]);
    expect(got).toContainEqual(['five ballistic missiles', 5, 'ballistic missiles', null, null]);
  });
  test('a proportion over 10 or 100 stays out', () => {
    expect(counts('Seven of 10 residents oppose the plan.').map((c) => c.value)).not.toContain(7);
    expect(counts('Nine of 100 patients relapsed.').map((c) => c.value)).not.toContain(9);
  });
});

describe('counts: a definite number that opens a new set', () => {
  test('"the three other passengers" is a count', () => {
    expect(brief(counts('The driver died and the three other passengers were hospitalised.'))).toContainEqual(['three other passengers', 3, 'passengers', null, null]);
  });
  test('"the three passengers", "the four cases" state a figure again and count; "the two men" points back at a pair', () => {
    expect(brief(counts('The three passengers were hospitalised.'))).toEqual([['three passengers', 3, 'passengers', null, null]]);
    expect(counts('The two men were hospitalised.')).toEqual([]);
  });
  test('in digits, a definite number counts, though an earlier count has that number', () => {
    expect(brief(counts('Germany will deliver the 12 units by March.'))).toEqual([['12 units', 12, 'units', null, null]]);
    const trucks = brief(counts('Only 96 of the 350 trucks it had planned to send had entered.'));
    expect(trucks).toContainEqual(['350 trucks', 350, 'trucks', null, null]);
    expect(counts('Five drones were shot down over the region. The 5 drones were launched from the south.').map((c) => c.text)).toEqual(['Five drones', '5 drones']);
  });
  test('a definite year or a title-case headline is no count', () => {
    expect(counts('The 2016 candidates met his 2013 amendments.')).toEqual([]);
    expect(counts('Trump Said The 11 Words Everyone Was Thinking')).toEqual([]);
  });
});

describe('counts: "one" after a casualty verb', () => {
  test('"wounded one firefighter" is a count with no sibling in the sentence', () => {
    expect(brief(counts('The second strike wounded one firefighter.'))).toEqual([['one firefighter', 1, 'firefighter', null, null]]);
  });
  test('"praised one volunteer", no casualty verb and no other count, is not a count', () => {
    expect(counts('The mayor praised one volunteer.')).toEqual([]);
  });
});
