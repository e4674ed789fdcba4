import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../electron/web/csp';
import { expect, readDatasetJson, test } from './fixtures';

test.describe('browser mode smoke', () => {
  test('the page loads with the token and shows the app', async ({ page }) => {
    await expect(page).toHaveTitle(/Tally/);
    await expect(page.getByRole('heading', { name: 'Tally', level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the token moves from the address bar to sessionStorage and survives a reload', async ({ page, server }) => {
    await expect(page.getByRole('heading', { name: 'Tally', level: 1 })).toBeVisible();
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    expect(await page.evaluate(() => sessionStorage.getItem('tally.token'))).toBe(server.token);

    // After a reload the address has no token; the app still reaches the backend with the stored one.
    const appInfo = page.waitForResponse((r) => r.url().endsWith('/api/app-info'));
    await page.reload();
    const response = await appInfo;
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, data: { mode: 'web' } });
  });

  test('the CSP comes as a header and as a meta tag', async ({ page }) => {
    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      CONTENT_SECURITY_POLICY_META,
    );
  });

  test('the app loads without console errors or CSP violations', async ({ page, consoleErrors, cspViolations }) => {
    await expect(page.getByRole('heading', { name: 'Tally', level: 1 })).toBeVisible();
    // Not 'networkidle': the page keeps its push stream (/api/events) open for as long as it lives.
    await expect(page.getByRole('main', { name: 'Start' })).toBeVisible();
    expect(consoleErrors).toEqual([]);
    expect(await cspViolations()).toEqual([]);
  });

  test('the policy is enforced: an injected inline script does not run', async ({ page, cspViolations }) => {
    await expect(page.getByRole('heading', { name: 'Tally', level: 1 })).toBeVisible();
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.appendChild(script);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(cspViolations).toContainEqual(expect.stringMatching(/^script-src/));
  });

  test('a call without the token is refused, even from the page itself', async ({ page }) => {
    const status = await page.evaluate(async () => {
      const r = await fetch('/api/app-info', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      return r.status;
    });
    expect(status).toBe(403);
  });
});

test.describe('browser mode with the sample open', () => {
  test.use({ startWith: 'sample' });

  test('the dataset given at start is open when the page loads', async ({ page, datasetPath, consoleErrors }) => {
    expect(datasetPath).not.toBeNull();
    const doc = (await readDatasetJson(datasetPath!)) as { meta: { name: string } };
    // The app shows the open dataset (its name in the status line), not the start screen.
    await expect(page.getByText(doc.meta.name, { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('main', { name: 'Start' })).toHaveCount(0);
    // Not 'networkidle': the page keeps its push stream (/api/events) open for as long as it lives.
    await expect(page.getByRole('grid', { name: 'Observations' })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
});
