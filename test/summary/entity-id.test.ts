import { linkRecord, officialEntityId, regionEntityId } from '../../src/summary/entity-id.js';
import { official, record, region } from './records.js';

describe('entity ids', () => {
  it('gives one id to transliterations of one official in one body', () => {
    const a = officialEntityId(official('Vasily Anokhin', 'Governor', 'Smolensk Region'));
    expect(a).toBe('person:anohin.vasili.smolensk');
    expect(officialEntityId(official('Vasiliy Anohin', 'governor', 'Smolensk region'))).toBe(a);
    expect(officialEntityId(official('Volodymyr Zelenskyy', 'President', 'Ukraine'))).toBe(officialEntityId(official('Volodymyr Zelensky', null, 'Ukrainian')));
  });

  it('keeps apart people with another given name or body', () => {
    const ids = new Set([
      officialEntityId(official('John Smith', 'Mayor', 'Springfield')),
      officialEntityId(official('Mary Smith', 'Mayor', 'Springfield')),
      officialEntityId(official('John Smith', 'Mayor', 'Shelbyville')),
    ]);
    expect(ids.size).toBe(3);
  });

  it('keys places by kind, country code and name', () => {
    expect(regionEntityId(region('Smolensk Region', 'region', 1, 'Russia'))).toBe('region:ru.smolensk');
    expect(regionEntityId(region('Smolensk oblast', 'region', 1, 'RU'))).toBe('region:ru.smolensk');
    expect(regionEntityId(region('Smolensk', 'city', 1, 'Russia'))).toBe('city:ru.smolensk');
    expect(regionEntityId(region('Russia', 'country'))).toBe('country:ru');
    expect(regionEntityId(region('Kharkiv Oblast', 'region'))).toBe('region:harkiv');
  });

  it('links a record without changing anything else', () => {
    const r = record('a', { officials: [official('Jane Roe', 'Mayor', 'Springfield')], regions: [region('Springfield', 'city', 1, 'United States')] });
    const linked = linkRecord(r);
    expect(linked.officials![0]).toEqual({ ...r.officials![0], entity: 'person:roe.iane.springfeld' });
    expect(linked.regions![0]).toEqual({ ...r.regions![0], entity: 'city:us.springfeld' });
    expect(r.officials![0]).not.toHaveProperty('entity');
    expect(linked.dates).toBe(r.dates);
  });
});
