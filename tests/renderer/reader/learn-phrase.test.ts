import { describe, expect, it } from 'vitest';
import { entityPhrase, learnablePhrase } from '../../../renderer/src/reader/learn-phrase';

describe('learnablePhrase', () => {
  it('keeps the noun phrase naming what was measured', () => {
    expect(learnablePhrase('kim ngạch xuất khẩu', 'vi', [])).toBe('kim ngạch xuất khẩu');
  });
  it('drops trailing change verbs and estimate words', () => {
    expect(learnablePhrase('giá trị xuất khẩu ước tăng', 'vi', [])).toBe('giá trị xuất khẩu');
    expect(learnablePhrase('tổng sản phẩm trên địa bàn tăng trưởng', 'vi', [])).toBe('tổng sản phẩm trên địa bàn');
    expect(learnablePhrase('export turnover rose', 'en', [])).toBe('export turnover');
  });
  it('cuts the place the figure is about', () => {
    expect(learnablePhrase('vốn FDI đăng ký của tỉnh Bắc Ninh', 'vi', [])).toBe('vốn FDI đăng ký');
    expect(learnablePhrase('Bac Ninh export value', 'en', ['Bắc Ninh'])).toBe('export value');
    expect(learnablePhrase('export value Bac Ninh', 'en', ['Bắc Ninh'])).toBe('export value');
  });
  it('offers nothing for a bare verb or no words', () => {
    expect(learnablePhrase('tăng', 'vi', [])).toBeNull();
    expect(learnablePhrase(undefined, 'vi', [])).toBeNull();
    expect(learnablePhrase('  ', 'en', [])).toBeNull();
  });
});

describe('entityPhrase', () => {
  it('takes the last capitalised name before the figure', () => {
    expect(entityPhrase('Theo Cục Thống kê, trong năm 2023 tăng trưởng kinh tế của TP. Bắc Ninh')).toBe('TP. Bắc Ninh');
    expect(entityPhrase('Năm 2023, xuất khẩu của Bà Rịa - Vũng Tàu')).toBe('Bà Rịa - Vũng Tàu');
    expect(entityPhrase('kim ngạch xuất khẩu của TP.HCM')).toBe('TP.HCM');
  });
  it('drops a sentence opener and ignores a lone capital at the clause’s start', () => {
    expect(entityPhrase('Năm Bắc Ninh')).toBe('Bắc Ninh');
    expect(entityPhrase('Kim ngạch xuất khẩu năm 2023')).toBeNull();
    expect(entityPhrase('In 2023 Vietnam’s exports')).toBe('Vietnam');
  });
});
