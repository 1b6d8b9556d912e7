import { brief, counts } from './helpers.js';

describe('counts: a part of a counted whole', () => {
  test('"three of the city\'s 40 schools": the part takes the whole\'s noun, the whole stays a count', () => {
    const got = brief(counts("Shelling damaged three of the city's 40 schools on Friday."));
    expect(got).toContainEqual(['three', 3, 'schools', null, null]);
    expect(got).toContainEqual(['40 schools', 40, 'schools', null, null]);
  });
  test('"two of its 12 reactors"', () => {
    expect(brief(counts('The plant shut down two of its 12 reactors for repairs.'))).toContainEqual(['two', 2, 'reactors', null, null]);
  });
  test('a ratio without a determiner is still not a count', () => {
    expect(counts('Eight of 10 voters backed the plan.').map((c) => c.value)).not.toContain(8);
  });
});

describe('counts: a list of places after a colon takes the thing counted before', () => {
  test('the sentence before names the thing', () => {
    const text = 'Air defences downed 30 drones over four regions. The ministry listed them by area: 14 over the Lipetsk Region, 9 over the Voronezh Region and 7 over the Tambov Region.';
    const got = brief(counts(text, [['Lipetsk Region', 'region'], ['Voronezh Region', 'region'], ['Tambov Region', 'region']]));
    expect(got).toContainEqual(['14', 14, 'drones', 'Lipetsk Region', null]);
    expect(got).toContainEqual(['9', 9, 'drones', 'Voronezh Region', null]);
    expect(got).toContainEqual(['7', 7, 'drones', 'Tambov Region', null]);
  });
  test('a bare number with nothing counted before it stays out', () => {
    expect(counts('The results were clear: 14 in the Lipetsk Region.', [['Lipetsk Region', 'region']])).toEqual([]);
  });
});

describe('counts: the region that frames the sentence', () => {
  test('a village inside a sentence opened by a region gives way to the region', () => {
    const text = 'In the Lipetsk Region, a substation near the village of Borinskoye was hit and 800 homes lost power.';
    const got = brief(counts(text, [['Lipetsk Region', 'region'], ['Borinskoye', 'city']]));
    expect(got).toContainEqual(['800 homes', 800, 'homes', 'Lipetsk Region', null]);
  });
  test('"In neighbouring X Oblast," frames it too', () => {
    const text = 'In neighbouring Poltava Oblast, debris damaged four houses in the town of Lubny.';
    expect(brief(counts(text, [['Poltava Oblast', 'region'], ['Lubny', 'city']]))).toContainEqual(['four houses', 4, 'houses', 'Poltava Oblast', null]);
  });
  test('without a fronted region the town stays', () => {
    const text = 'Debris damaged four houses in the town of Lubny, Poltava Oblast officials said.';
    expect(brief(counts(text, [['Poltava Oblast', 'region'], ['Lubny', 'city']]))[0]).toEqual(['four houses', 4, 'houses', 'Lubny', null]);
  });
  test('"over the region" right after the count wins over a town named later in the sentence', () => {
    const text = 'The Tver Region governor said 12 drones were destroyed over the region overnight and debris fell on a barn in the village of Zavidovo.';
    expect(brief(counts(text, [['Tver Region', 'region'], ['Zavidovo', 'city']]))).toContainEqual(['12 drones', 12, 'drones', 'Tver Region', null]);
  });
  test('a participle clause stays in the place just named', () => {
    const text = 'A missile hit a warehouse in the Lviv Region, destroying 30 trucks.';
    expect(brief(counts(text, [['Lviv Region', 'region']]))).toContainEqual(['30 trucks', 30, 'trucks', 'Lviv Region', null]);
  });
});
