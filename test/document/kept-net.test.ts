import { keepNet, keptValue, restoreNet, type KeptNet } from '../../src/document/kept-net.js';

describe('the kept match network', () => {
  it('comes back from JSON with its sets, regular expressions and shared patterns', () => {
    const first = { match: '(was|were) #Verb', regs: [{ operator: 'or', fastOr: new Set(['was', 'were']) }, { tag: 'Verb' }], needs: ['#Verb'] };
    const second = { match: '/^[0-9]+$/ #Noun', regs: [{ regex: /^[0-9]+$/u }, { choices: [[{ fastOr: new Set(['a']) }]] }], needs: [] };
    const matches = [first, second];
    const kept = keepNet(matches, { hooks: { '#Verb': [first], was: [first, second] }, always: [second] });
    const back = restoreNet(JSON.parse(JSON.stringify(kept, keptValue)) as KeptNet);
    expect(back.matches).toStrictEqual([first, second]);
    expect((back.matches[1] as typeof second).regs[0]!.regex).toEqual(/^[0-9]+$/u);
    expect(back.net.hooks.was![0]).toBe(back.matches[0]);
    expect(back.net.hooks['#Verb']![0]).toBe(back.net.hooks.was![0]);
    expect(back.net.always).toEqual([back.matches[1]]);
  });
});
