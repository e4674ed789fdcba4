import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendFor, fails, ok, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

describe('language and theme settings', () => {
  it('default to the system and are kept in settings.json, each update changing only what it names', async () => {
    const b = backendFor(dirs);
    const info = await ok(b, 'app-info');
    expect(info.settings.language).toBe('system');
    expect(info.settings.theme).toBe('system');
    expect(info.systemLocale).toBeNull(); // browser mode: the page asks navigator.language
    await ok(b, 'settings-update', { reviewerName: 'Lan' });
    await ok(b, 'settings-update', { language: 'vi' });
    const s = await ok(b, 'settings-update', { theme: 'dark' });
    expect(s).toMatchObject({ reviewerName: 'Lan', language: 'vi', theme: 'dark' });
    await b.close();
    const onDisk = JSON.parse(readFileSync(path.join(dirs.configDir, 'settings.json'), 'utf8'));
    expect(onDisk).toMatchObject({ reviewerName: 'Lan', language: 'vi', theme: 'dark' });
    const b2 = backendFor(dirs);
    expect((await ok(b2, 'app-info')).settings).toMatchObject({ language: 'vi', theme: 'dark' });
    await b2.close();
  });

  it('refuses an unknown language or theme and keeps the saved one', async () => {
    const b = backendFor(dirs);
    await ok(b, 'settings-update', { language: 'en' });
    await fails(b, 'settings-update', { language: 'fr' }, 'INVALID_INPUT');
    await fails(b, 'settings-update', { theme: 'sepia' }, 'INVALID_INPUT');
    expect((await ok(b, 'app-info')).settings.language).toBe('en');
    await b.close();
  });

  it('reads a settings.json written before language and theme existed', async () => {
    mkdirSync(dirs.configDir, { recursive: true });
    writeFileSync(path.join(dirs.configDir, 'settings.json'), JSON.stringify({ reviewerName: 'Minh', recent: [] }));
    const b = backendFor(dirs);
    expect((await ok(b, 'app-info')).settings).toEqual({ reviewerName: 'Minh', recent: [], language: 'system', theme: 'system' });
    await b.close();
  });
});
