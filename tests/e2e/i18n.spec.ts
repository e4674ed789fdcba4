import { en, SAME_ON_PURPOSE } from '../../shared/i18n';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

type Tree = { [k: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

/**
 * The English interface strings to look for: from the en messages, without placeholders' text, keeping those
 * long enough to be a phrase of the UI rather than a fragment any Vietnamese text could hold.
 */
const ENGLISH = leaves(en as unknown as Tree)
  .filter(([key]) => !SAME_ON_PURPOSE.has(key.replace(/_(one|other)$/, '') as never))
  .map(([, text]) => text.replace(/\{\{\w+\}\}/g, '').replace(/[…:()·]/g, ' ').trim())
  .filter((text) => text.length >= 6 && /[a-z]{3}/i.test(text));

/** Every English UI string shown, or given as an accessible name, title or placeholder, on the page now. */
async function englishOnPage(page: Page): Promise<string[]> {
  const shown = await page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const el of Array.from(document.querySelectorAll('[aria-label],[title],[placeholder]'))) {
      for (const a of ['aria-label', 'title', 'placeholder']) parts.push(el.getAttribute(a) ?? '');
    }
    return parts.join('\n');
  });
  return ENGLISH.filter((s) => shown.includes(s));
}

async function chooseVietnamese(page: Page) {
  await page.getByRole('button', { name: 'Settings…' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('combobox', { name: 'Language' }).selectOption('vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.getByRole('button', { name: 'Đóng', exact: true }).click();
}

test.describe('interface language', () => {
  test('the start screen switches to Vietnamese, says no English, and stays Vietnamese after a reload', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await chooseVietnamese(page);
    await expect(page.getByRole('heading', { name: 'Bộ dữ liệu mới…' })).toBeVisible();
    expect(await englishOnPage(page)).toEqual([]);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('button', { name: 'Tạo bộ dữ liệu' })).toBeVisible();
  });

  test.describe('with a dataset open', () => {
    test.use({ startWith: 'sample' });
    test('the toolbar is in Vietnamese', async ({ page }) => {
      await chooseVietnamese(page);
      const bar = page.getByRole('toolbar', { name: 'Thanh công cụ chính' });
      await expect(bar.getByRole('button', { name: 'Đối chiếu' })).toBeVisible();
      await expect(bar.getByRole('button', { name: 'Hoàn tác' })).toBeVisible();
      const english = await page.evaluate(() => Array.from(document.querySelectorAll('.toolbar [aria-label], .toolbar [title], .toolbar button')).map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''} ${e.textContent ?? ''}`).join('\n'));
      expect(ENGLISH.filter((s) => english.includes(s))).toEqual([]);
      await expect(page.locator('.status-line')).toContainText('số liệu');
      const status = await page.locator('.status-line').innerText();
      expect(ENGLISH.filter((s) => status.includes(s))).toEqual([]);
    });
  });
});

test.describe('theme', () => {
  test.use({ startWith: 'sample' });
  test('Dark in Settings darkens the page and the grid; Light brings them back', async ({ page }) => {
    const background = (sel: string) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const darkish = (rgb: string) => {
      const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
      return r + g + b < 200;
    };
    await expect(page.locator('.ag-root-wrapper')).toBeVisible();
    expect(darkish(await background('html'))).toBe(false);
    await page.getByRole('button', { name: 'Settings…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => background('html').then(darkish)).toBe(true);
    await expect.poll(() => background('.ag-root-wrapper').then(darkish)).toBe(true);
    await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    await expect.poll(() => background('.ag-root-wrapper').then(darkish)).toBe(false);
  });

  test('follows the system when set to Same as the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});
