import { describe, expect, it } from 'vitest';
import { loosen, looseText } from '../../../shared/text/loose-text';

describe('looseText', () => {
  it('composes NFD and collapses whitespace runs, mapping back to original offsets', () => {
    const original = 'Tha\u0301i  \n Nguye\u0302n';
    const l = looseText(original);
    expect(l.text).toBe('Thái Nguyên');
    const at = l.text.indexOf('Nguyên');
    expect(original.slice(l.toOriginal(at), l.toOriginal(at + 'Nguyên'.length))).toBe('Nguye\u0302n');
    expect(l.toOriginal(0)).toBe(0);
    expect(l.toOriginal(l.text.length)).toBe(original.length);
  });

  it('leaves already loose text alone, offset for offset', () => {
    const s = 'gần 29 tỷ USD 😀';
    const l = looseText(s);
    expect(l.text).toBe(s);
    for (let i = 0; i <= s.length; i++) expect(l.toOriginal(i)).toBe(i);
  });

  it('loosens short strings the same way', () => {
    expect(loosen('gần\n 29 ty\u0309')).toBe('gần 29 tỷ');
  });
});

describe('looseText edge cases', () => {
  it('composes marks that follow a space or start the text on their own', () => {
    const l = looseText('\u0301a b\u0323\u0302c');
    expect(l.text).toBe(`\u0301a ${'b\u0323\u0302'.normalize('NFC')}c`);
    expect(l.toOriginal(l.text.length)).toBe(7);
  });

  it('maps every loose offset to a non-decreasing original offset', () => {
    const original = 'Nguye\u0302\u0303n\r\n\r\n  tha\u0301ng\u00a0sáu 😀 e\u0301';
    const l = looseText(original);
    expect(l.text).toBe('Nguyễn tháng sáu 😀 é');
    let last = 0;
    for (let i = 0; i <= l.text.length; i++) {
      expect(l.toOriginal(i)).toBeGreaterThanOrEqual(last);
      last = l.toOriginal(i);
    }
    const at = l.text.indexOf('tháng');
    expect(original.slice(l.toOriginal(at), l.toOriginal(at + 5))).toBe('tha\u0301ng');
  });
});
