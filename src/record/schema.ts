import { ERROR_CODES, ITEM_KINDS } from './types.js';

const offset = { type: 'integer', minimum: 0 } as const;
const mention = {
  type: 'object',
  required: ['start', 'end', 'text'],
  additionalProperties: false,
  properties: { start: offset, end: offset, text: { type: 'string' } },
} as const;
const mentions = { type: 'array', items: mention } as const;
const nullableString = { type: ['string', 'null'] } as const;

const source = {
  type: 'object',
  required: ['kind'],
  additionalProperties: false,
  properties: {
    kind: { enum: ['file', 'stdin', 'ndjson', 'url', 'library', 'json', 'csv'] },
    path: { type: 'string' },
    url: { type: 'string' },
    line: { type: 'integer', minimum: 1 },
    index: { type: 'integer', minimum: 0 },
  },
} as const;

const items = {
  officials: {
    type: 'object',
    required: ['name', 'title', 'affiliation', 'aliases', 'mentions'],
    additionalProperties: false,
    properties: { name: { type: 'string' }, title: nullableString, affiliation: nullableString, aliases: { type: 'array', items: { type: 'string' } }, mentions, entity: { type: 'string' } },
  },
  regions: {
    type: 'object',
    required: ['name', 'kind', 'mentions'],
    additionalProperties: false,
    properties: {
      name: { type: 'string' },
      kind: { enum: ['region', 'country', 'city'] },
      country: { type: 'string' },
      geonames_id: { type: 'integer', minimum: 1 },
      lat: { type: 'number', minimum: -90, maximum: 90 },
      lon: { type: 'number', minimum: -180, maximum: 180 },
      mentions,
      entity: { type: 'string' },
    },
  },
  dates: {
    type: 'object',
    required: ['text', 'value', 'type', 'start', 'end'],
    additionalProperties: false,
    properties: { text: { type: 'string' }, value: { type: 'string' }, type: { enum: ['date', 'time', 'duration', 'set'] }, start: offset, end: offset },
  },
  counts: {
    type: 'object',
    required: ['text', 'value', 'item', 'item_key', 'when', 'source', 'role', 'start', 'end'],
    additionalProperties: false,
    properties: {
      text: { type: 'string' },
      value: { type: 'number' },
      item: { type: 'string' },
      item_key: { type: 'string' },
      region: { type: 'string' },
      qualifier: { type: 'string' },
      when: nullableString,
      source: nullableString,
      role: { enum: ['total', 'part', 'extent', 'single'] },
      start: offset,
      end: offset,
    },
  },
  quotes: {
    type: 'object',
    required: ['text', 'speaker', 'start', 'end'],
    additionalProperties: false,
    properties: { text: { type: 'string' }, speaker: nullableString, cue: { type: 'string' }, start: offset, end: offset },
  },
  organizations: {
    type: 'object',
    required: ['name', 'mentions'],
    additionalProperties: false,
    properties: { name: { type: 'string' }, acronym: { type: 'string' }, mentions },
  },
} as const;

const articleRecord = {
  type: 'object',
  required: ['id', 'source'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    source,
    title: { type: 'string' },
    published: { type: 'string' },
    url: { type: 'string' },
    author: { type: 'string' },
    language: { type: 'string', pattern: '^[a-z]{2,3}$', description: 'ISO 639-1 code of the language (ISO 639-3 where it has none); und when the text is too short to tell' },
    text: { type: 'string' },
    ...Object.fromEntries(ITEM_KINDS.map((k) => [k, { type: 'array', items: items[k] }])),
    warnings: { type: 'array', items: { type: 'string' } },
  },
} as const;

const errorRecord = {
  type: 'object',
  required: ['id', 'source', 'error'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    source,
    error: {
      type: 'object',
      required: ['code', 'message'],
      additionalProperties: false,
      properties: { code: { enum: [...ERROR_CODES] }, message: { type: 'string' } },
    },
  },
} as const;

/** The JSON Schema (draft-07) of one output record: an article's facts, or an input's error. */
export const RECORD_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/newsfacts/newsfacts/schema/record.json',
  title: 'newsfacts record',
  description:
    'One record per input article. Offsets are Unicode code points into the article text; slicing the text by code points from start to end gives exactly the item text.',
  oneOf: [errorRecord, articleRecord],
} as const;
