import { Ajv } from 'ajv';
import { RECORD_SCHEMA } from '../../src/record/schema.js';
import { sliceCodePoints } from '../../src/document/offsets.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(RECORD_SCHEMA);

/** Errors from validating a record against the published JSON Schema (empty when valid). */
export function schemaErrors(record: unknown): string[] {
  return validate(record) ? [] : (validate.errors ?? []).map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`);
}

/** Every item and mention with offsets, as [path, {start,end,text}] pairs. */
export function spansOf(record: Record<string, any>): [string, { start: number; end: number; text: string }][] {
  const out: [string, { start: number; end: number; text: string }][] = [];
  for (const kind of ['officials', 'regions', 'dates', 'counts', 'quotes', 'organizations']) {
    (record[kind] ?? []).forEach((item: any, i: number) => {
      if (typeof item.start === 'number') out.push([`${kind}[${i}]`, item]);
      (item.mentions ?? []).forEach((m: any, j: number) => out.push([`${kind}[${i}].mentions[${j}]`, m]));
    });
  }
  return out;
}

/** Spans whose code point slice of the text is not their text, or that fall outside it. */
export function badSpans(record: Record<string, any>, text: string): string[] {
  const length = Array.from(text).length;
  return spansOf(record)
    .filter(([, s]) => !(s.start >= 0 && s.start <= s.end && s.end <= length && sliceCodePoints(text, s.start, s.end) === s.text))
    .map(([p, s]) => `${p} ${JSON.stringify(s)}`);
}
