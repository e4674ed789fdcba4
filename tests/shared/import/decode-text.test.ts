import { describe, expect, it } from 'vitest';
import { TallyError } from '../../../shared/api/result';
import { decodeArticleBytes } from '../../../shared/import/decode-text';

const utf8 = (s: string) => new TextEncoder().encode(s);

function refusal(bytes: Uint8Array, name = 'bai-bao.txt'): TallyError {
  try {
    decodeArticleBytes(bytes, name);
  } catch (e) {
    if (e instanceof TallyError) return e;
    throw e;
  }
  throw new Error('expected a NOT_TEXT refusal');
}

describe('decodeArticleBytes', () => {
  it('decodes UTF-8 Vietnamese as is', () => {
    expect(decodeArticleBytes(utf8('Thái Nguyên đạt gần 29 tỷ USD'), 'a.txt')).toBe('Thái Nguyên đạt gần 29 tỷ USD');
  });

  it('strips a UTF-8 byte-order mark, and only one', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Năm 2021')]);
    expect(decodeArticleBytes(bom, 'a.txt')).toBe('Năm 2021');
  });

  it('keeps CRLF and NFD exactly as given (normalising is the importer’s job)', () => {
    const nfd = 'Tha\u0301i\r\nNguye\u0302n';
    expect(decodeArticleBytes(utf8(nfd), 'a.txt')).toBe(nfd);
  });

  it('accepts an empty file', () => {
    expect(decodeArticleBytes(new Uint8Array(0), 'empty.txt')).toBe('');
  });

  it('refuses Latin-1 text, naming the file and the bad byte', () => {
    // "Thái Nguyên" in ISO-8859-1: á = 0xE1, ê = 0xEA
    const latin1 = new Uint8Array([0x54, 0x68, 0xe1, 0x69, 0x20, 0x4e, 0x67, 0x75, 0x79, 0xea, 0x6e]);
    const e = refusal(latin1, '/tmp/x/latin1.txt');
    expect(e.code).toBe('NOT_TEXT');
    expect(e.message).toContain('latin1.txt');
    expect(e.message).toContain('not valid UTF-8');
    expect(e.message).toContain('0xE1 at offset 2');
    expect(e.message).not.toContain('\n');
    expect(e.extra.file).toBe('/tmp/x/latin1.txt');
  });

  it('refuses a truncated multi-byte sequence at the end', () => {
    const cut = utf8('Thái Nguyên đạ').slice(0, -1);
    expect(refusal(cut).message).toMatch(/not valid UTF-8 \(byte 0x[0-9A-F]{2} at offset \d+\)/);
  });

  it('refuses binary data with NUL bytes (a PNG header)', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const e = refusal(png, 'anh.png');
    expect(e.code).toBe('NOT_TEXT');
    expect(e.message).toMatch(/^anh\.png is not a UTF-8 text file: it contains a NUL byte at offset 8/);
  });

  it('refuses text that is mostly control characters even without NUL', () => {
    const bytes = new Uint8Array(200);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 3 === 0 ? 0x01 + (i % 7) : 0x41;
    expect(refusal(bytes).message).toMatch(/control characters/);
  });

  it('tolerates a stray control character in otherwise normal text', () => {
    const text = `${'Kim ngạch xuất khẩu đạt gần 29 tỷ USD. '.repeat(20)}\u001a`;
    expect(decodeArticleBytes(utf8(text), 'a.txt')).toBe(text);
  });

  it('refuses UTF-16 with a clear reason', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x54, 0x00, 0x68, 0x00]);
    expect(refusal(utf16).message).toMatch(/UTF-16/);
  });
});
