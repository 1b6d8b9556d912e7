import fc from 'fast-check';
import { keepLongestNonOverlapping, runParsers, type Parser, type PositionParser } from '../../src/extractors/framework.js';
import { Document } from '../../src/document/document.js';
import { organizationNamedBefore } from '../../src/extractors/results.js';
import type { Organization } from '../../src/record/types.js';

describe('keepLongestNonOverlapping', () => {
  it('keeps the longest of overlapping spans, then the earliest, sorted by start', () => {
    const spans = [
      { start: 0, end: 5, id: 'a' },
      { start: 3, end: 12, id: 'b' },
      { start: 12, end: 14, id: 'c' },
      { start: 13, end: 15, id: 'd' },
      { start: 20, end: 22, id: 'e' },
      { start: 21, end: 23, id: 'f' },
    ];
    expect(keepLongestNonOverlapping(spans).map((s) => s.id)).toEqual(['b', 'c', 'e']);
  });

  it('agrees with the obvious quadratic rule on random spans', () => {
    const naive = <T extends { start: number; end: number }>(items: T[]) => {
      const sorted = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: T[] = [];
      for (const it of sorted) if (!kept.some((k) => k.start < it.end && it.start < k.end)) kept.push(it);
      return kept.sort((a, b) => a.start - b.start || a.end - b.end);
    };
    const span = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 30 })).map(([start, len]) => ({ start, end: start + len }));
    fc.assert(fc.property(fc.array(span, { maxLength: 60 }), (spans) => {
      expect(keepLongestNonOverlapping(spans)).toEqual(naive(spans));
    }));
  });
});

describe('keepLongestNonOverlapping against the insertion by shifting it replaced', () => {
  // the former implementation: a sorted array of kept spans, each inserted by shifting its tail
  const byShifting = <T extends { start: number; end: number }>(items: T[]): T[] => {
    const sorted = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: T[] = [];
    for (const it of sorted) {
      let lo = 0;
      while (lo < kept.length && kept[lo]!.start < it.start) lo++;
      const before = kept[lo - 1];
      const after = kept[lo];
      if (before && before.end > it.start) continue;
      if (after && after.start < it.end) continue;
      if (it.end === it.start && after && after.start === it.start) continue;
      kept.splice(lo, 0, it);
    }
    return kept;
  };

  it('keeps one empty span at a start, and none inside or at the start of a kept span', () => {
    const spans = ([[4, 4, 'empty at 4'], [4, 4, 'another at 4'], [2, 6, 'long'], [6, 6, 'empty at its end'], [2, 2, 'empty at its start'], [9, 9, 'empty alone']] as const)
      .map(([start, end, id]) => ({ start, end, id }));
    expect(keepLongestNonOverlapping(spans).map((s) => s.id)).toEqual(['long', 'empty at its end', 'empty alone']);
  });

  it('gives what it gave on random spans, empty ones and shared starts included', () => {
    const span = fc.tuple(fc.nat(120), fc.nat(12), fc.nat(1000)).map(([start, len, id]) => ({ start, end: start + len, id }));
    fc.assert(fc.property(fc.array(span, { maxLength: 80 }), (spans) => {
      expect(keepLongestNonOverlapping(spans)).toEqual(byShifting(spans));
    }), { numRuns: 500 });
  });
});

describe('runParsers', () => {
  it('runs sentence-scoped patterns with document offsets', () => {
    const doc = new Document('First one. Second one.');
    const parser: Parser<{ start: number; end: number }> = {
      name: 'one',
      pattern: /one/g,
      scope: 'sentence',
      extract: (m) => ({ start: m.index, end: m.index + m[0].length }),
    };
    const found = runParsers([parser], doc, { results: {} });
    expect(found.map((f) => doc.text.slice(f.start, f.end))).toEqual(['one', 'one']);
    expect(found[1]!.start).toBe(doc.text.lastIndexOf('one'));
  });

  it('runs a position parser at each start its scan finds, as the regex parser of its pattern would', () => {
    const doc = new Document('Kyiv and 𝐀 Odesa, not x-Ray.');
    const pattern = /(?<![\p{L}'.-])\p{Lu}/gu;
    const byRegex: Parser<number> = { name: 'regex', pattern, extract: (m) => m.index };
    const byScan: PositionParser<number> = {
      name: 'scan',
      pattern,
      // never from inside a surrogate pair, where a Unicode pattern would step back to the pair's start
      nextStart: (text, from) => {
        const at = new RegExp(pattern.source, 'uy');
        for (let i = from; i < text.length; i++) {
          at.lastIndex = i;
          if ((text.charCodeAt(i) & 0xfc00) !== 0xdc00 && at.test(text)) return i;
        }
        return -1;
      },
      extractAt: (start) => start,
    };
    const ctx = { results: {} };
    expect(runParsers([byScan], doc, ctx)).toEqual(runParsers([byRegex], doc, ctx));
    expect(runParsers([byScan], doc, ctx)).toEqual([0, 9, 12]);
  });

  it('refuses a pattern that is not global', () => {
    const doc = new Document('x');
    expect(() => runParsers([{ name: 'bad', pattern: /x/, extract: () => null }], doc, { results: {} })).toThrow(/global/);
  });
});

describe('organizationNamedBefore', () => {
  // the scan it replaced
  const scanned = (organizations: Organization[], noun: string, at: number) => {
    let best: { name: string; at: number } | null = null;
    for (const o of organizations) {
      if (!` ${o.name.toLowerCase().replace(/\W+/g, ' ')} `.includes(` ${noun} `)) continue;
      for (const m of o.mentions) if (m.start < at && (!best || m.start > best.at)) best = { name: o.name, at: m.start };
    }
    return best?.name ?? null;
  };

  it('names the body with that word mentioned last before a position', () => {
    const orgs: Organization[] = [
      { name: 'Ministry of Emergency Situations', mentions: [{ start: 10, end: 20, text: '' }] },
      { name: 'Ukrainian Air Force', mentions: [{ start: 30, end: 40, text: '' }] },
      { name: 'Ministry of Defence', mentions: [{ start: 50, end: 60, text: '' }] },
    ];
    expect(organizationNamedBefore(orgs, 'ministry', 45)).toBe('Ministry of Emergency Situations');
    expect(organizationNamedBefore(orgs, 'ministry', 55)).toBe('Ministry of Defence');
    expect(organizationNamedBefore(orgs, 'air force', 99)).toBe('Ukrainian Air Force');
    expect(organizationNamedBefore(orgs, 'ministry', 10)).toBeNull();
  });

  it('agrees with a scan of every organization on random mentions', () => {
    const name = fc.constantFrom('Air Force', 'Ministry of Defence', 'the Ministry', 'Force One', 'Security Service');
    const org = fc.record({ name, mentions: fc.array(fc.nat(50).map((start) => ({ start, end: start + 3, text: '' })), { maxLength: 5 }) });
    fc.assert(fc.property(fc.array(org, { maxLength: 8 }), fc.constantFrom('ministry', 'force', 'air force', 'service'), fc.nat(60), (orgs, noun, at) => {
      expect(organizationNamedBefore(orgs, noun, at)).toBe(scanned(orgs, noun, at));
    }), { numRuns: 1000 });
  });
});
