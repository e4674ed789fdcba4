import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { Configuration } from 'electron-builder';
import { describe, expect, it, vi } from 'vitest';
import { fakeElectronModule, FakeWebContents, fakeLinkDeps } from './fake-electron';

vi.mock('electron', () => fakeElectronModule());

const { menuTemplate } = await import('../../electron/main/menu');
const { guardContents, setupSecurity } = await import('../../electron/main/security');
const { openExternalAfterConfirm } = await import('../../electron/main/external-links');
const { isOurPage } = await import('../../electron/main/ipc');
const { rendererSource } = await import('../../electron/main/window');

const ROOT = join(__dirname, '..', '..');

/** Every role and label in a menu template, submenus included. */
function items(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [
    String(item.label ?? item.role ?? item.type),
    ...(Array.isArray(item.submenu) ? items(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

const menuFor = (packaged: boolean) => items(menuTemplate({ send: () => {}, openFolder: async () => {}, isMac: false, packaged, version: '1.0.0' }));

describe('menu', () => {
  it('a packaged app has no DevTools and no reload anywhere in its menus', () => {
    const packaged = menuFor(true);
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    expect(packaged).toEqual(expect.arrayContaining(['Undo', 'Export…', 'resetZoom', 'About Tally 1.0.0']));
  });

  it('a development run keeps them', () => {
    expect(menuFor(false)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });
});

describe('navigation and new windows', () => {
  it('every navigation away from the page is prevented, and so is <webview>', () => {
    const contents = new FakeWebContents();
    guardContents(contents as never, fakeLinkDeps(1).deps);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(contents.attempt(event, 'https://example.com/'), event).toBe(true);
    }
  });

  it('every new window is denied; an http(s) address opens in the browser only after the user says yes', async () => {
    const yes = fakeLinkDeps(1);
    const contents = new FakeWebContents();
    guardContents(contents as never, yes.deps);
    expect(contents.openHandler!({ url: 'https://baothainguyen.vn/a' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(yes.opened).toEqual(['https://baothainguyen.vn/a']));
    expect(yes.asked[0]).toMatchObject({ detail: 'https://baothainguyen.vn/a', buttons: ['Cancel', 'Open in browser'] });

    const no = fakeLinkDeps(0);
    expect(await openExternalAfterConfirm('https://baothainguyen.vn/a', no.deps)).toBe(false);
    expect(no.asked).toHaveLength(1);
    expect(no.opened).toEqual([]);
  });

  it('javascript:, file:, data: and custom schemes are never offered nor opened', async () => {
    const yes = fakeLinkDeps(1);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'smb://host/share', 'app://tally/index.html']) {
      expect(await openExternalAfterConfirm(url, yes.deps), url).toBe(false);
    }
    expect(yes.asked).toEqual([]);
    expect(yes.opened).toEqual([]);
  });

  it('setupSecurity guards every web contents the app creates', () => {
    const app = { on: vi.fn() };
    setupSecurity(app, fakeLinkDeps(0).deps);
    expect(app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    const contents = new FakeWebContents();
    (app.on.mock.calls[0][1] as (e: unknown, c: unknown) => void)({}, contents);
    expect(contents.attempt('will-navigate', 'https://example.com/')).toBe(true);
  });
});

describe('renderer origin', () => {
  it('the built renderer loads from app://tally, and only that origin may call the backend', () => {
    const source = rendererSource('/opt/tally/out', {});
    expect(source).toEqual({ url: 'app://tally/index.html', origin: 'app://tally', rendererDir: join('/opt/tally/out', 'renderer') });
    expect(isOurPage('app://tally/index.html', source)).toBe(true);
    expect(isOurPage('app://evil/index.html', source)).toBe(false);
    expect(isOurPage('file:///opt/tally/out/renderer/index.html', source)).toBe(false);
    expect(isOurPage('https://tally/index.html', source)).toBe(false);
    const dev = rendererSource('/x', { ELECTRON_RENDERER_URL: 'http://localhost:5173/' });
    expect(isOurPage('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isOurPage('http://localhost:5174/', dev)).toBe(false);
  });
});

describe('packaging (electron-builder.json)', () => {
  const config = JSON.parse(readFileSync(join(ROOT, 'electron-builder.json'), 'utf8')) as Configuration;

  it('flips the fuses: no RunAsNode, NODE_OPTIONS or inspect flags; cookie encryption, asar integrity, app only from asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('targets AppImage and deb on Linux, nsis on Windows, dmg on macOS, and packs the built app and the sample', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'data/sample/**/*']));
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.devDependencies.electron).toMatch(/^\^45\./);
  });
});
