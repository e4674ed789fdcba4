import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfigDir, defaultDatasetsDir, defaultSampleDir, findAppRoot } from '../../electron/backend/paths';
import { tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

describe('default folders', () => {
  it('take TALLY_DATASETS_DIR and TALLY_CONFIG_DIR from the environment', () => {
    expect(defaultDatasetsDir({ TALLY_DATASETS_DIR: '/x/ds' })).toBe('/x/ds');
    expect(defaultConfigDir({ TALLY_CONFIG_DIR: '/x/cfg' })).toBe('/x/cfg');
  });

  it('fall back to Documents/Tally and the XDG config folder', () => {
    expect(defaultDatasetsDir({})).toBe(path.join(os.homedir(), 'Documents', 'Tally'));
    expect(defaultConfigDir({ XDG_CONFIG_HOME: '/cfg' })).toBe(path.join('/cfg', 'tally'));
    expect(defaultConfigDir({})).toBe(path.join(os.homedir(), '.config', 'tally'));
  });

  it('find data/sample above the module, from sources or from a built out/main folder', () => {
    expect(defaultSampleDir()).toBe(path.resolve(__dirname, '../../data/sample'));
    mkdirSync(path.join(dirs.root, 'app', 'out', 'main'), { recursive: true });
    writeFileSync(path.join(dirs.root, 'app', 'package.json'), '{}');
    expect(findAppRoot(path.join(dirs.root, 'app', 'out', 'main'))).toBe(path.join(dirs.root, 'app'));
    expect(defaultSampleDir(path.join(dirs.root, 'app', 'out', 'main'))).toBe(path.join(dirs.root, 'app', 'data', 'sample'));
  });
});
