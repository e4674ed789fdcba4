import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/model/vocab';
import { readWordsBefore } from '../../../shared/numbers/words-before';

/** readWordsBefore for the number after "|", with its spans as text. */
function words(marked: string, lang: Language = 'vi') {
  const at = marked.indexOf('|');
  const text = marked.slice(0, at) + marked.slice(at + 1);
  const w = readWordsBefore(text, at, lang);
  return {
    start: text.slice(w.start), currency: w.currency, negative: w.negative, qualifier: w.qualifier, cueWord: w.cueWord,
    lead: w.lead, fall: w.fallStart < 0 ? null : text.slice(w.fallStart, at),
  };
}

describe('readWordsBefore: currency, sign, cue and verb of decrease before the digits', () => {
  it('a currency sign or code starts the figure', () => {
    expect(words('đạt US$|5 tỷ')).toMatchObject({ start: 'US$5 tỷ', currency: 'USD', negative: false });
  });
  it('a minus sign or "âm" makes it negative (domain.md, Signs)', () => {
    expect(words('lạm phát -|2,5%')).toMatchObject({ start: '-2,5%', negative: true });
    expect(words('tăng trưởng âm |2,5%')).toMatchObject({ start: 'âm 2,5%', negative: true });
    expect(words('mã A-|2')).toMatchObject({ negative: false });
  });
  it('the cue gives the qualifier; the lead is the words before it', () => {
    expect(words('đạt gần |29 tỷ USD')).toMatchObject({ qualifier: 'nearly', cueWord: 'gần', lead: 'đạt ' });
    expect(words('about |5 million', 'en')).toMatchObject({ qualifier: 'approx', cueWord: 'about' });
  });
  it('a verb of decrease makes a change negative and joins the words; a level reached stays positive', () => {
    expect(words('xuất khẩu giảm |5,3%')).toMatchObject({ negative: true, fall: 'giảm ' });
    expect(words('giảm gần |5%')).toMatchObject({ negative: true, qualifier: 'nearly' });
    expect(words('tỷ lệ hộ nghèo giảm còn |2,16%')).toMatchObject({ negative: false });
  });
});
