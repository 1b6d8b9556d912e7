import { Document } from '../../src/document/document.js';
import { toRecordItems } from '../../src/record/offsets.js';
import { executionOrder } from '../../src/extractors/registry.js';

describe('toRecordItems', () => {
  it('converts UTF-16 spans to code points and re-takes text, in nested mentions too', () => {
    const doc = new Document('😀 Jane Roe, 𝒳 Tver');
    const jane = doc.text.indexOf('Jane');
    const tver = doc.text.indexOf('Tver');
    const [item] = toRecordItems(
      [{ name: 'Jane Roe', mentions: [{ start: jane, end: jane + 8, text: 'stale' }], start: tver, end: tver + 4, text: 'x' }],
      doc,
    );
    expect(item).toEqual({ name: 'Jane Roe', mentions: [{ start: 2, end: 10, text: 'Jane Roe' }], start: 14, end: 18, text: 'Tver' });
  });

  it('never splits a surrogate pair', () => {
    const doc = new Document('a😀b');
    const [item] = toRecordItems([{ start: 2, end: 3, text: '' }], doc); // 2 is the low half of 😀
    expect(item).toEqual({ start: 1, end: 2, text: '😀' });
  });
});

describe('toRecordItems without astral characters', () => {
  it('copies only what changes, in the original key order, and never changes the items it was given', () => {
    const doc = new Document('Jane Roe met Tver officials');
    const same = { name: 'Jane', mentions: [{ start: 0, end: 8, text: 'Jane Roe' }] };
    const stale = { kind: 'x', mentions: [{ start: 13, end: 17, text: 'Tv' }, { start: 0, end: 4, text: 'Jane' }], note: 'n' };
    const before = JSON.stringify([same, stale]);
    const out = toRecordItems([same, stale], doc);
    expect(out[0]).toBe(same);
    expect(JSON.stringify(out[1])).toBe('{"kind":"x","mentions":[{"start":13,"end":17,"text":"Tver"},{"start":0,"end":4,"text":"Jane"}],"note":"n"}');
    expect(JSON.stringify([same, stale])).toBe(before);
  });
});

describe('executionOrder', () => {
  it('runs what an extractor needs before it, once', () => {
    const order = executionOrder(['quotes', 'counts']);
    expect(order.indexOf('people')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('people')).toBeLessThan(order.indexOf('quotes'));
    expect(order.indexOf('regions')).toBeLessThan(order.indexOf('counts'));
    expect(new Set(order).size).toBe(order.length);
  });
});
