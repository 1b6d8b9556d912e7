import { keptValue, restoreNet, type KeptNet } from '../../src/document/kept-net.js';

describe('the kept match network', () => {
  it('comes back from JSON with its sets, regular expressions and shared patterns', () => {
    const first = { match: '(was|were) #Verb', regs: [{ operator: 'or', fastOr: new Set(['was', 'were']) }, { tag: 'Verb' }], needs: ['#Verb'] };
    const second = { match: '/^[0-9]+$/ #Noun', regs: [{ regex: /^[0-9]+$/u }, { tag: 'Noun' }], needs: [] };
    const matches = [first, second];
    const kept = JSON.parse(JSON.stringify({ matches, hooks: { '#Verb': [0], was: [0, 1] }, always: [1] }, keptValue)) as KeptNet;
    const back = restoreNet(kept);
    expect(back.matches).toEqual(matches);
    expect(back.matches[0]).toStrictEqual(first);
    expect((back.matches[1] as typeof second).regs[0]!.regex).toEqual(/^[0-9]+$/u);
    expect(back.net.hooks.was![0]).toBe(back.matches[0]);
    expect(back.net.hooks['#Verb']![0]).toBe(back.net.hooks.was![0]);
    expect(back.net.always).toEqual([back.matches[1]]);
  });
});
