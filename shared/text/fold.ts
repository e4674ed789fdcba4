/** Lower-case text with Vietnamese diacritics removed (đ → d), for searches where "thai nguyen" finds "Thái Nguyên". */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
