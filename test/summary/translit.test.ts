import { nameKey } from '../../src/summary/translit.js';
import { givenRelation, parsePersonName, placeKey, titleRelation, affiliationRelation } from '../../src/summary/keys.js';

describe('nameKey folds romanisations of one name together', () => {
  const families: string[][] = [
    ['Anokhin', 'Anohin', 'Annokhin'],
    ['Kipper', 'Kiper'],
    ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskyi', 'Zelenskij', 'Zelenskii', 'Zelenski', 'Zelens’kyi'],
    ['Syniehubov', 'Synehubov', 'Sinehubov'],
    ['Shoigu', 'Shoygu'],
    ['Smirnov', 'Smirnoff', 'Smirnow'],
    ['Khrushchev', 'Hrushchev', 'Khruschev'],
    ['Tchaikovsky', 'Chaikovsky', 'Czajkovsky'],
    ['Yevgeny', 'Evgeny', 'Evgeniy', 'Yevgeniy', 'Yevgenij'],
    ['Alexei', 'Aleksei', 'Alexey', 'Aleksey'],
    ['Dmitriev', 'Dmitriyev', 'Dmitrijev'],
    ['Yuri', 'Iouri', 'Yury', 'Jurij'],
    ['Zhukov', 'Zukov'],
    ['Tsvetkov', 'Tzvetkov'],
    ['Kirill', 'Kiril', 'Cirill'],
    ['Zelenskaya', 'Zelenska'],
    ['Łukaszenka', 'Lukaszenka'],
  ];
  it.each(families.map((f) => [f[0]!, f] as const))('%s', (_first, family) => {
    const keys = new Set(family.map(nameKey));
    expect(keys.size).toBe(1);
  });

  it('keeps different names apart', () => {
    const distinct = ['Tsarev', 'Karev', 'Anokhin', 'Anisimov', 'Ivanov', 'Ivanova', 'Petrov', 'Peters', 'Kipper', 'Kuper', 'Shoigu', 'Shogun', 'Zelensky', 'Zelenin'];
    expect(new Set(distinct.map(nameKey)).size).toBe(distinct.length);
  });
});

describe('name parts and relations', () => {
  it('splits given name and surname, dropping honorifics and suffixes', () => {
    expect(parsePersonName('Vasily Anokhin')).toEqual({ surname: nameKey('Anokhin'), given: nameKey('Vasily'), givenIsInitial: false });
    expect(parsePersonName('Anohin')).toEqual({ surname: nameKey('Anokhin'), given: '', givenIsInitial: false });
    expect(parsePersonName('Mr. John Smith Jr.')).toMatchObject({ surname: nameKey('Smith'), given: nameKey('John') });
    expect(parsePersonName('V. Anokhin')).toMatchObject({ given: 'v', givenIsInitial: true });
  });

  it('relates given names: same, initial, short form, conflict', () => {
    const rel = (a: string, b: string) => givenRelation(parsePersonName(a)!, parsePersonName(b)!);
    expect(rel('Vasily Anokhin', 'Vasiliy Anohin')).toBe('same');
    expect(rel('Aleksandr Bogomaz', 'Alexander Bogomaz')).toBe('same');
    expect(rel('V. Anokhin', 'Vasily Anokhin')).toBe('compatible');
    expect(rel('Alex Smith', 'Alexander Smith')).toBe('compatible');
    expect(rel('Anokhin', 'Vasily Anokhin')).toBe('unknown');
    expect(rel('Ivan Petrov', 'Igor Petrov')).toBe('conflict');
    expect(rel('Mary Smith', 'John Smith')).toBe('conflict');
  });

  it('relates titles and affiliations', () => {
    expect(titleRelation('Governor', 'acting governor')).toBe('same');
    expect(titleRelation('Defense Minister', 'Minister of Defense')).toBe('same');
    expect(titleRelation('Governor', 'Mayor')).toBe('conflict');
    expect(titleRelation(null, 'Mayor')).toBe('unknown');
    expect(placeKey('the Smolensk Region')).toBe(placeKey('Smolensk oblast'));
    expect(affiliationRelation('Ukraine', 'Ukrainian')).toBe('same');
    expect(affiliationRelation('Smolensk Region', 'Smolensk region')).toBe('same');
    expect(affiliationRelation('Kursk Region', 'Bryansk Region')).toBe('conflict');
    expect(affiliationRelation(null, 'Bryansk Region')).toBe('unknown');
  });
});
