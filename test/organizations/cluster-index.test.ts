import fc from 'fast-check';
import { ClusterIndex, type CandidateKeys, type ClusterKeys } from '../../src/extractors/organizations/cluster-index.js';

const initialsOf = (key: string) => key.split(/[\s-]+/).filter((w) => w && !['of', 'the'].includes(w)).map((w) => w[0]!.toUpperCase()).join('');

const KEYS = ['general staff', 'general staff of the army', 'general staff of the army of the north', 'ministry of defense', 'ministry', 'army', 'security service', 'staff of the army'];
const candidate = fc.record({
  key: fc.constantFrom(...KEYS),
  country: fc.option(fc.constantFrom('ukraine', 'russia'), { nil: undefined }),
  acronym: fc.option(fc.constantFrom('GS', 'MOD', 'SS', 'GSA', 'A', 'UMOD', 'RSS'), { nil: undefined }),
  split: fc.boolean(),
  // the initials of the name with its country, where they differ ("European Union" of key "union")
  fullInitials: fc.option(fc.constantFrom('UMOD', 'RSS', 'GS'), { nil: undefined }),
}).map((c): CandidateKeys => ({ ...c, initials: initialsOf(c.key) }));

describe('ClusterIndex', () => {
  it('puts each candidate in the cluster a scan of the clusters chose', () => {
    fc.assert(fc.property(fc.array(candidate, { maxLength: 40 }), (cands) => {
      const scanned: ClusterKeys[] = [];
      const indexed = new ClusterIndex<ClusterKeys>(initialsOf);
      for (const c of cands) {
        let a = scanned.find((x) => ClusterIndex.matches(x, c, initialsOf));
        if (!a) scanned.push((a = { key: c.key, country: c.country, acronym: c.acronym, fullInitials: c.fullInitials }));
        a.acronym ??= c.acronym;
        a.country ??= c.country;
        let b = indexed.find(c);
        if (!b) indexed.add((b = { key: c.key, country: c.country, acronym: c.acronym, fullInitials: c.fullInitials }));
        if (b.acronym === undefined && c.acronym !== undefined) indexed.setAcronym(b, c.acronym);
        b.country ??= c.country;
        expect(indexed.clusters.indexOf(b)).toBe(scanned.indexOf(a));
      }
      expect(indexed.clusters).toEqual(scanned);
    }), { numRuns: 1000 });
  });

  it('joins a short form, an acronym and its expansion, and keeps two countries apart when the key is split', () => {
    const index = new ClusterIndex<ClusterKeys>(initialsOf);
    const staff = { key: 'general staff of the army' };
    index.add(staff);
    expect(index.find({ key: 'general staff', initials: 'GS', split: false })).toBe(staff);
    expect(index.find({ key: 'x', acronym: 'GSA', initials: 'X', split: false })).toBe(staff);
    const ua = { key: 'ministry of defense', country: 'ukraine' };
    index.add(ua);
    expect(index.find({ key: 'ministry of defense', country: 'russia', initials: 'MOD', split: true })).toBeUndefined();
    expect(index.find({ key: 'ministry of defense', country: 'russia', initials: 'MOD', split: false })).toBe(ua);
  });

  it('joins an acronym and an expansion whose initials take in its country', () => {
    const index = new ClusterIndex<ClusterKeys>(initialsOf);
    const eu = { key: 'union', country: 'european union', fullInitials: 'EU' };
    index.add(eu);
    expect(index.find({ key: 'eu', acronym: 'EU', initials: 'E', split: false })).toBe(eu);
    const other = new ClusterIndex<ClusterKeys>(initialsOf);
    const acronym = { key: 'eu', acronym: 'EU' };
    other.add(acronym);
    expect(other.find({ key: 'union', country: 'european union', initials: 'U', fullInitials: 'EU', split: false })).toBe(acronym);
  });
});
