import { InputError } from '../errors.js';
import { isIsoDate } from '../record/iso-date.js';
import type { SourceRef } from '../record/types.js';
import type { InputItem, RawInput } from './source.js';

/**
 * An input whose read fails with `err`: what cannot be read still takes its place in the batch, as
 * an error record, and the rest goes on.
 */
export function failingInput(id: string, source: SourceRef, err: InputError): InputItem {
  return {
    id,
    source,
    read: async () => {
      throw err;
    },
  };
}

/**
 * One article given as an object, the same for an NDJSON line, an element of a JSON array and a
 * table's row: `{"id","text"}` or `{"id","html","url"}`, with optional `published`, `title`, `url`.
 * `where` names it by its place (`file:3`), its id when it has none; `what` names it in messages
 * (`line file:3`). Anything else still becomes an input, whose read fails.
 */
export function articleObjectInput(value: unknown, where: string, source: SourceRef, what: string): InputItem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failingInput(where, source, new InputError('BAD_JSON', `${what} is not a JSON object`));
  }
  const o = value as Record<string, unknown>;
  // an id that is an object or a list is named by its JSON, so that two never collide as "[object Object]"
  const id = o.id === undefined || o.id === null || o.id === '' ? where : typeof o.id === 'object' ? JSON.stringify(o.id) : String(o.id);
  const str = (k: string) => (typeof o[k] === 'string' && (o[k] as string) !== '' ? (o[k] as string) : undefined);
  const text = str('text');
  const html = str('html');
  if (text === undefined && html === undefined) {
    return failingInput(id, source, new InputError('NO_CONTENT', `${what} has neither "text" nor "html"`));
  }
  // a `published` that is no ISO 8601 date would resolve every relative date wrongly: left out, and said
  const published = str('published');
  const dated = published === undefined || isIsoDate(published);
  const raw: RawInput = {
    format: text !== undefined ? 'text' : 'html',
    content: (text ?? html)!,
    title: str('title'),
    published: dated ? published : undefined,
    url: str('url'),
    ...(dated ? {} : { warnings: [`"published" ${JSON.stringify(published)} is not an ISO 8601 date: ignored`] }),
  };
  if (raw.url) source.url = raw.url;
  return { id, source, read: async () => raw };
}

/** An article object written as JSON (an NDJSON line, a JSON array's element); text that is not JSON is BAD_JSON. */
export function articleJsonInput(json: string, where: string, source: SourceRef, what: string): InputItem {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return failingInput(where, source, new InputError('BAD_JSON', `${what} is not JSON: ${(err as Error).message}`));
  }
  return articleObjectInput(value, where, source, what);
}
