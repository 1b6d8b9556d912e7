// `extract --link` names a person and a place by what stays the same whatever an article is about:
// Barack Obama is one id as President (of the United States) in one article and Senator (of
// Illinois) in another, Gladkov one id whether the article ties him to Belgorod or to Kursk, and
// John and Mary Smith stay two. The articles are test/fixtures/tables/articles.ndjson.
import path from 'node:path';
import { ensureBuilt, parseNdjson, ROOT, runCli } from '../helpers/cli.js';

beforeAll(ensureBuilt);

const ARTICLES = path.join(ROOT, 'test/fixtures/tables/articles.ndjson');

async function linked(): Promise<Map<string, Record<string, any>>> {
  const r = await runCli(['extract', '-q', '--link', '-j', '1', ARTICLES]);
  return new Map(parseNdjson(r.stdout).map((rec) => [rec.id, rec]));
}

const officialNamed = (rec: Record<string, any>, name: string) => rec.officials.find((o: { name: string }) => o.name === name);

describe('extract --link', () => {
  it('gives one person one id whatever places the articles tie them to', async () => {
    const records = await linked();
    const chicago = officialNamed(records.get('obama-chicago')!, 'Barack Obama');
    const nairobi = officialNamed(records.get('obama-nairobi')!, 'Barack Obama');
    expect(chicago.affiliation).not.toBe(nairobi.affiliation);
    expect(chicago.entity).toBe('person:obama.barak');
    expect(nairobi.entity).toBe(chicago.entity);
    const belgorod = officialNamed(records.get('drones-belgorod')!, 'Vyacheslav Gladkov');
    const kursk = officialNamed(records.get('drones-kursk')!, 'Vyacheslav Gladkov');
    expect(belgorod.entity).toBe(kursk.entity);
  });

  it('keeps apart two people of one surname', async () => {
    const smiths = (await linked()).get('smith-two')!.officials.map((o: { entity: string }) => o.entity);
    expect(smiths).toEqual(['person:smith.iohn', 'person:smith.mari']);
  });

  it('gives the same ids on another run', async () => {
    const ids = (records: Map<string, Record<string, any>>) => [...records.values()].flatMap((rec) => [...(rec.officials ?? []), ...(rec.regions ?? [])].map((x) => x.entity));
    expect(ids(await linked())).toEqual(ids(await linked()));
  });
});
