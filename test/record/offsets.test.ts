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

describe('executionOrder', () => {
  it('runs what an extractor needs before it, once', () => {
    const order = executionOrder(['quotes', 'counts']);
    expect(order.indexOf('officials')).toBeLessThan(order.indexOf('quotes'));
    expect(order.indexOf('regions')).toBeLessThan(order.indexOf('counts'));
    expect(new Set(order).size).toBe(order.length);
  });
});
