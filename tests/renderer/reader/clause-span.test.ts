import { describe, expect, it } from 'vitest';
import { clauseSpan } from '../../../renderer/src/reader/clause-span';

const quoteOf = (text: string, figure: string) => {
  const start = text.indexOf(figure);
  const s = clauseSpan(text, start, start + figure.length);
  return text.slice(s.start, s.end);
};

describe('clauseSpan', () => {
  const para =
    'Theo báo cáo của UBND tỉnh, giá trị sản xuất công nghiệp năm 2021 đạt 844 nghìn tỷ đồng, tăng 11,2% so với cùng kỳ. Kim ngạch xuất khẩu cả năm đạt gần 29 tỷ USD, đứng thứ 3 cả nước.\n\nThu ngân sách ước đạt 15.300 tỷ đồng; tỷ lệ hộ nghèo giảm còn 2,17%.';

  it('takes the sentence around a figure, its full stop included', () => {
    expect(quoteOf(para, 'gần 29 tỷ USD')).toBe('Kim ngạch xuất khẩu cả năm đạt gần 29 tỷ USD, đứng thứ 3 cả nước.');
  });

  it('stops at a semicolon and at a line break, and not at the dots inside a number', () => {
    expect(quoteOf(para, 'ước đạt 15.300 tỷ đồng')).toBe('Thu ngân sách ước đạt 15.300 tỷ đồng');
    expect(quoteOf(para, '2,17%')).toBe('tỷ lệ hộ nghèo giảm còn 2,17%.');
  });

  it('does not end a clause at the colon of a time', () => {
    expect(quoteOf('Cập nhật 08:15 hôm nay, xuất khẩu đạt 5 tỷ USD.', '5 tỷ USD')).toBe('Cập nhật 08:15 hôm nay, xuất khẩu đạt 5 tỷ USD.');
  });

  it('cuts a run-on passage at a word within reach of the figure, never inside the figure', () => {
    const words = Array.from({ length: 80 }, (_, i) => `từ${i}`).join(' ');
    const text = `${words} đạt 7% ${words}`;
    const start = text.indexOf('7%');
    const s = clauseSpan(text, start, start + 2);
    expect(s.start).toBeGreaterThanOrEqual(start - 120);
    expect(s.end).toBeLessThanOrEqual(start + 2 + 120);
    expect(text[s.start - 1]).toBe(' ');
    expect(text[s.end]).toBe(' ');
    expect(text.slice(s.start, s.end)).toContain('đạt 7%');
  });

  it('keeps the figure even when it starts the text or sits between line breaks', () => {
    expect(quoteOf('12%', '12%')).toBe('12%');
    expect(quoteOf('Tiêu đề\n  6,51%  \nKhác', '6,51%')).toBe('6,51%');
  });
});
