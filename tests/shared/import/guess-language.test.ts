import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../shared/import/guess-language';
import { seedFiles } from '../../fixtures/seeds';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const seeds = seedFiles().map((s) => s.file);

describe('guessLanguage', () => {
  it('finds the seed articles', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(3);
  });

  it.each(seeds)('reads seed %s as Vietnamese', (file) => {
    expect(guessLanguage(readFileSync(file, 'utf8'))).toBe('vi');
  });

  it('reads the same seed as Vietnamese when its diacritics are decomposed (NFD)', () => {
    const text = readFileSync(seeds[0], 'utf8').normalize('NFD');
    expect(guessLanguage(text)).toBe('vi');
  });

  it('reads an English news sample as English, Vietnamese place names notwithstanding', () => {
    const en = readFileSync(path.resolve(repoRoot, 'tests/fixtures/articles/vietnam-exports.txt'), 'utf8');
    expect(guessLanguage(en)).toBe('en');
    expect(guessLanguage('Exports from Thái Nguyên reached nearly $29 billion in 2021, the provincial statistics office said.')).toBe('en');
  });

  it('reads Vietnamese typed without diacritics by its common words', () => {
    expect(guessLanguage('Gia tri xuat khau cua tinh nam 2021 dat gan 29 ty USD, tang so voi nam truoc va duoc danh gia cao')).toBe('vi');
  });

  it('answers vi for text with no letters', () => {
    expect(guessLanguage('6,51% — 844')).toBe('vi');
    expect(guessLanguage('')).toBe('vi');
  });

  it('samples only the start of a very large text', () => {
    const big = 'Kim ngạch xuất khẩu đạt gần 29 tỷ USD. '.repeat(2000) + 'the and of to in is that '.repeat(200_000);
    expect(guessLanguage(big)).toBe('vi');
  });
});
