import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/create-backend';
import { backendFor, fails, ok, SOURCE_TEXT, tempDirs, type TempDirs } from './helpers';

let dirs: TempDirs;
let b: Backend;
beforeEach(() => {
  dirs = tempDirs();
  b = backendFor(dirs);
});
afterEach(async () => {
  await b.close();
  dirs.cleanup();
});

describe('source URLs through the API', () => {
  it('sources-create and sources-update refuse javascript:, data:, vbscript: and file: links; nothing is saved', async () => {
    await ok(b, 'datasets-create', { name: 'Links' });
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:msgbox', 'file:///etc/passwd']) {
      const err = await fails(b, 'sources-create', { meta: { title: 'T', url, language: 'vi' }, text: SOURCE_TEXT }, 'INVALID_INPUT');
      expect(err.issues?.[0]).toMatchObject({ message: 'the URL must be a web address starting with http:// or https://' });
    }
    expect((await ok(b, 'dataset-snapshot')).doc.sources).toEqual([]);
    const { source } = await ok(b, 'sources-create', { meta: { title: 'T', url: 'https://x.example/a', language: 'vi' }, text: SOURCE_TEXT });
    await fails(b, 'sources-update', { id: source.id, patch: { url: 'javascript:alert(1)' } }, 'INVALID_INPUT');
    expect((await ok(b, 'dataset-snapshot')).doc.sources[0].url).toBe('https://x.example/a');
  });
});
