import { describe, expect, it } from 'vitest';
import { tidyAliases } from '../../../shared/catalogue/tidy-aliases';

describe('tidyAliases', () => {
  it('drops empties, repeats (case and diacritics aside) and the own name in another case; order kept', () => {
    expect(tidyAliases('Thái Nguyên', ['tỉnh  Thái Nguyên', ' ', 'THÁI NGUYÊN', 'Thai Nguyen ', 'thai nguyen', 'TỈNH THÁI NGUYÊN', 'TN'])).toEqual([
      'tỉnh Thái Nguyên',
      'Thai Nguyen',
      'TN',
    ]);
  });

  it('treats punctuation as the catalogue’s matching does', () => {
    expect(tidyAliases('Bà Rịa - Vũng Tàu', ['Ba Ria Vung Tau', 'Bà Rịa–Vũng Tàu', 'BRVT'])).toEqual(['Ba Ria Vung Tau', 'BRVT']);
  });
});
