import iconv from 'iconv-lite';
import { decodeBytes } from '../../src/sources/decode.js';

const RUSSIAN = 'Губернатор сообщил, что ночью над областью сбили беспилотники; пострадавших нет.';
const page = (body: string, head = ''): string => `<!DOCTYPE html><html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;

describe('decodeBytes', () => {
  it('takes the charset from the HTTP header', () => {
    const d = decodeBytes(iconv.encode(page(RUSSIAN), 'koi8-r'), { contentType: 'text/html; charset=KOI8-R', html: true });
    expect(d.encoding).toBe('koi8-r');
    expect(d.text).toContain(RUSSIAN);
    expect(d.warnings).toEqual([]);
  });

  it('lets a BOM override the header', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page(RUSSIAN), 'utf-16le')]);
    const d = decodeBytes(bytes, { contentType: 'text/html; charset=windows-1252', html: true });
    expect(d.encoding).toBe('utf-16le');
    expect(d.text.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(d.text).toContain(RUSSIAN);
  });

  it('reads <meta charset> and http-equiv Content-Type', () => {
    const a = decodeBytes(iconv.encode(page(RUSSIAN, '<meta charset="windows-1251">'), 'windows-1251'), { html: true });
    expect(a.encoding).toBe('windows-1251');
    expect(a.text).toContain(RUSSIAN);
    const b = decodeBytes(iconv.encode(page(RUSSIAN, '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'), 'koi8-r'), { html: true });
    expect(b.encoding).toBe('koi8-r');
    expect(b.text).toContain(RUSSIAN);
  });

  it('ignores <meta charset> when not asked to read HTML', () => {
    const d = decodeBytes(Buffer.from('<meta charset="koi8-r"> plain ascii'), {});
    expect(d.encoding).toBe('utf-8');
  });

  it.each(['windows-1251', 'koi8-r'])('detects undeclared %s', (enc) => {
    const d = decodeBytes(iconv.encode(page(RUSSIAN), enc), { html: true });
    expect(d.encoding).toBe(enc);
    expect(d.text).toContain(RUSSIAN);
  });

  it.each(['utf-16le', 'utf-16be'])('detects undeclared %s without a BOM', (enc) => {
    const d = decodeBytes(iconv.encode(page(RUSSIAN), enc), { html: true });
    expect(d.encoding).toBe(enc);
    expect(d.text).toContain(RUSSIAN);
  });

  it('detects undeclared windows-1252 among ASCII', () => {
    const d = decodeBytes(iconv.encode(page('Le café de la gare a rouvert ses portes à Noël, déclare le maire.'), 'windows-1252'), { html: true });
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toContain('café');
  });

  it('maps ISO-8859-1 to windows-1252, as browsers do', () => {
    const d = decodeBytes(Buffer.from([0x93, 0x68, 0x69, 0x94]), { contentType: 'text/plain; charset=iso-8859-1' });
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe('\u201chi\u201d');
  });

  it('decodes UTF-8 with a BOM and strips the BOM', () => {
    const d = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Київ')]), {});
    expect(d).toEqual({ text: 'Київ', encoding: 'utf-8', warnings: [] });
  });

  it('replaces invalid UTF-8 with U+FFFD and warns', () => {
    const bytes = Buffer.concat([Buffer.from('Mariupol – '), Buffer.from([0xc3, 0x28]), Buffer.from(' Донецьк')]);
    const d = decodeBytes(bytes, { contentType: 'text/html; charset=utf-8' });
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('Mariupol – \uFFFD( Донецьк');
    expect(d.warnings).toEqual(['invalid UTF-8: 1 byte sequence replaced with U+FFFD']);
  });

  it('treats mostly valid UTF-8 with a broken byte as UTF-8 when nothing is declared', () => {
    const bytes = Buffer.concat([Buffer.from('Zaporizhzhia – Запоріжжя – Dnipro – Дніпро '), Buffer.from([0xff])]);
    const d = decodeBytes(bytes, { html: true });
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings).toHaveLength(1);
  });

  it('warns about an unknown charset label and detects instead', () => {
    const d = decodeBytes(Buffer.from('plain text'), { contentType: 'text/html; charset=x-made-up' });
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings[0]).toMatch(/unknown charset "x-made-up"/);
  });
});
