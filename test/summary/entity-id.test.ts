import { linkRecord, officialEntityId, regionEntityId } from '../../src/summary/entity-id.js';
import { official, record, region } from './records.js';

describe('entity ids', () => {
  it('gives one id to transliterations of one official', () => {
    const a = officialEntityId(official('Vasily Anokhin', 'Governor', 'Smolensk Region'));
    expect(a).toBe('person:anohin.vasili');
    expect(officialEntityId(official('Vasiliy Anohin', 'governor', 'Smolensk region'))).toBe(a);
    expect(officialEntityId(official('Volodymyr Zelenskyy', 'President', 'Ukraine'))).toBe(officialEntityId(official('Volodymyr Zelensky', null, 'Ukrainian')));
  });

  it('names a person the same whatever place, body or title an article gives', () => {
    const ids = new Set([
      officialEntityId(official('Barack Obama', 'President', 'United States')),
      officialEntityId(official('Barack Obama', 'President', 'Chicago')),
      officialEntityId(official('Barack Obama', 'Senator', 'Illinois')),
      officialEntityId(official('Barack Obama', null, null)),
      officialEntityId(official('Barack Obama', 'former President', 'Kenya')),
    ]);
    expect([...ids]).toEqual(['person:obama.barak']);
  });

  it('keeps apart people of one surname with another given name', () => {
    const ids = new Set([
      officialEntityId(official('John Smith', 'Mayor', 'Springfield')),
      officialEntityId(official('Mary Smith', 'Mayor', 'Springfield')),
      officialEntityId(official('Smith', 'Mayor', 'Springfield')),
    ]);
    expect(ids.size).toBe(3);
  });

  it('keys places by kind, country code and name', () => {
    expect(regionEntityId(region('Smolensk Region', 'region', 1, 'Russia'))).toBe('region:ru.smolensk');
    expect(regionEntityId(region('Smolensk', 'city', 1, 'Russia'))).toBe('city:ru.smolensk');
    expect(regionEntityId(region('Russia', 'country'))).toBe('country:ru');
    expect(regionEntityId(region('Kharkiv Oblast', 'region'))).toBe('region:harkiv');
  });

  it('keys a place the gazetteer does not know without the country its article lent it', () => {
    // a place found by pattern alone takes the country of the article's other places
    const inIsrael = regionEntityId(region('Orange County', 'region', 1, 'Israel'));
    expect(inIsrael).toBe(regionEntityId(region('Orange County', 'region', 1, 'United States')));
    expect(inIsrael).toBe('region:orang');
    // a town GeoNames knows keeps its own country
    expect(regionEntityId({ ...region('Greenville', 'city', 1, 'United States'), geonames_id: 4580543 })).toBe('city:us.grenvil');
    // and so does a place found by wording alone in a country where GeoNames has a town of its name
    expect(regionEntityId(region('Cincinnati', 'city', 1, 'United States'))).toBe('city:us.kinkinat');
    expect(regionEntityId(region('Cincinnati', 'city', 1, 'Israel'))).toBe('city:kinkinat');
  });

  it('links a record without changing anything else', () => {
    const r = record('a', { officials: [official('Jane Roe', 'Mayor', 'Springfield')], regions: [region('Springfield', 'city', 1, 'United States')] });
    const linked = linkRecord(r);
    expect(linked.officials![0]).toEqual({ ...r.officials![0], entity: 'person:roe.iane' });
    expect(linked.regions![0]).toEqual({ ...r.regions![0], entity: 'city:us.springfeld' });
    expect(r.officials![0]).not.toHaveProperty('entity');
    expect(linked.dates).toBe(r.dates);
  });
});
