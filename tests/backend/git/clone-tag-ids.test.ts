import { describe, expect, it } from 'vitest';
import { IdAllocator } from '../../../electron/backend/store/ids';

describe('ids in a shared dataset', () => {
  it('carry the clone tag and continue above the tagged ids already seen, apart from plain ones', () => {
    const ids = new IdAllocator();
    ids.cloneTag = 'abcde';
    for (const id of ['obs-9', 'obs-abcde-4', 'obs-zzzzz-20']) ids.see(id);
    expect(ids.next('observations')).toBe('obs-abcde-5');
    expect(ids.next('sources')).toBe('src-abcde-1');
    ids.cloneTag = null;
    expect(ids.next('observations')).toBe('obs-10');
  });
});
