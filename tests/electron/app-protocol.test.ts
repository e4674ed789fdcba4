import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, appFileFor, appRequestHandler, registerAppScheme, setupAppProtocol } from '../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/web/csp';
import { fakeProtocol } from './fake-electron';

let root: string;
let renderer: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tally-app-protocol-'));
  renderer = join(root, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Tally</title>');
  await writeFile(join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(renderer, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(renderer, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(root, 'secret.txt'), 'not for the page');
  await symlink(join(root, 'secret.txt'), join(renderer, 'assets', 'leak.txt'));
  await symlink(root, join(renderer, 'up'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('app:// scheme', () => {
  it('is registered as privileged (standard, secure, fetch) and handled by our handler', () => {
    const protocol = fakeProtocol();
    registerAppScheme(protocol);
    expect(protocol.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) }]);
    setupAppProtocol(protocol, renderer);
    expect([...protocol.handlers.keys()]).toEqual(['app']);
  });

  it('maps app://tally/ paths to files inside the renderer folder', async () => {
    expect(await appFileFor(renderer, APP_INDEX_URL)).toBe(join(renderer, 'index.html'));
    expect(await appFileFor(renderer, 'app://tally/')).toBe(join(renderer, 'index.html'));
    expect(await appFileFor(renderer, 'app://tally/assets/index-abc.js?v=1#x')).toBe(join(renderer, 'assets', 'index-abc.js'));
  });

  it('refuses every way out of the folder: encoded .., backslashes, NUL, symlinks, other hosts, folders, missing files', async () => {
    const refused = [
      'app://tally/%2e%2e/secret.txt',
      'app://tally/..%2fsecret.txt',
      'app://tally/assets/..%2f..%2fsecret.txt',
      'app://tally/..%5csecret.txt',
      'app://tally/index.html%00.js',
      'app://tally/assets/leak.txt',
      'app://tally/up/secret.txt',
      'app://evil/index.html',
      'app://tally:8080/index.html',
      'file:///etc/passwd',
      'app://tally/assets',
      'app://tally/nope.js',
      'app://tally/%E0%A4%A',
    ];
    for (const url of refused) expect(await appFileFor(renderer, url), url).toBeNull();
  });

  it('answers with the right MIME type, the CSP and nosniff; 404 outside; 405 for writes', async () => {
    const handle = appRequestHandler(renderer);
    const types: Record<string, string> = {
      'app://tally/index.html': 'text/html; charset=utf-8',
      'app://tally/assets/index-abc.js': 'text/javascript; charset=utf-8',
      'app://tally/assets/index-abc.css': 'text/css; charset=utf-8',
      'app://tally/assets/logo.svg': 'image/svg+xml',
    };
    for (const [url, type] of Object.entries(types)) {
      const res = await handle(new Request(url));
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(await (await handle(new Request('app://tally/index.html'))).text()).toBe('<!doctype html><title>Tally</title>');
    const leak = await handle(new Request('app://tally/assets/leak.txt'));
    expect(leak.status).toBe(404);
    expect(await leak.text()).toBe('not found');
    expect((await handle(new Request('app://tally/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
