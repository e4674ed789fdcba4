import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function rulesBroken(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const RULE = 'i18next/no-literal-string';

describe('an untranslated interface string is a lint error in translated renderer folders', () => {
  it('flags English in JSX text and in the attributes a person reads', async () => {
    expect(await rulesBroken('renderer/src/start/X.tsx', 'export const Panel = () => <button type="button">Open folder</button>;\n')).toContain(RULE);
    expect(await rulesBroken('renderer/src/toolbar/X.tsx', 'export const Panel = () => <button type="button" aria-label="Close dataset">x</button>;\n')).toContain(RULE);
    expect(await rulesBroken('renderer/src/settings/X.tsx', 'export const Panel = () => <input placeholder="Name" />;\n')).toContain(RULE);
    expect(await rulesBroken('renderer/src/App.tsx', 'export const Panel = () => <p title="Loading">x</p>;\n')).toContain(RULE);
  });

  it('lets through t(), symbols, the product name and attributes that are code', async () => {
    const ok = [
      "import { useT } from '../i18n/I18nProvider';",
      'export const Panel = () => {',
      '  const t = useT();',
      "  return <div className=\"x\" role=\"group\"><h1>Tally</h1><button type=\"button\" aria-label={t('toolbar.undo')}>↶</button><option value=\"system\">{t('settings.system')}</option></div>;",
      '};',
      '',
    ].join('\n');
    expect(await rulesBroken('renderer/src/toolbar/X.tsx', ok)).not.toContain(RULE);
  });
});
