import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The rule ids ESLint reports for `code` as if it were the file at `path` (relative to the repository). */
async function rulesBroken(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('layout boundaries are lint rules', () => {
  it('shared/ imports nothing outside shared/ and uses no Node or DOM global', async () => {
    expect(await rulesBroken('shared/numbers/x.ts', "import { store } from '../../electron/backend/store/dataset-store';\nexport const s = store;\n")).toContain('no-restricted-imports');
    expect(await rulesBroken('shared/numbers/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toContain('no-restricted-imports');
    expect(await rulesBroken('shared/numbers/x.ts', "export const b = Buffer.from('x');\n")).toContain('no-restricted-globals');
    expect(await rulesBroken('shared/numbers/x.ts', 'export const p = process.env.HOME;\n')).toContain('no-restricted-globals');
    expect(await rulesBroken('shared/numbers/x.ts', "export const d = document.title;\n")).toContain('no-restricted-globals');
    expect(await rulesBroken('shared/numbers/x.ts', "import { fold } from '../text/fold';\nexport const f = fold;\n")).toEqual([]);
  });

  it('the backend knows no transport', async () => {
    expect(await rulesBroken('electron/backend/x.ts', "import { ipcMain } from 'electron';\nexport const i = ipcMain;\n")).toContain('no-restricted-imports');
    expect(await rulesBroken('electron/backend/x.ts', "import { startWebServer } from '../web/server';\nexport const s = startWebServer;\n")).toContain('no-restricted-imports');
    expect(await rulesBroken('electron/backend/x.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n")).toEqual([]);
  });

  it('the renderer reaches data only through the contract', async () => {
    expect(await rulesBroken('renderer/src/x.ts', "import { DatasetStore } from '../../electron/backend/store/dataset-store';\nexport const s = DatasetStore;\n")).toContain('no-restricted-imports');
    expect(await rulesBroken('renderer/src/x.ts', "import { readFile } from 'node:fs';\nexport const r = readFile;\n")).toContain('no-restricted-imports');
    expect(await rulesBroken('renderer/src/x.ts', "import { CONTRACT } from '../../shared/api/contract';\nexport const c = CONTRACT;\n")).toEqual([]);
  });

  it('hooks follow the rules of hooks', async () => {
    const code = "import { useState } from 'react';\nexport function C(p: { on: boolean }) {\n  if (p.on) useState(0);\n  return null;\n}\n";
    expect(await rulesBroken('renderer/src/x.tsx', code)).toContain('react-hooks/rules-of-hooks');
  });
});
