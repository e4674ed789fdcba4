import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { securitySection, unexplained } from '../../scripts/security';

const finding = (issue: string, severity: string) => ({ issue, severity, confidence: 'FIRM', filename: 'main/x.ts', location: '1:1', description: '' });

describe('npm run security', () => {
  it('fails only on findings above low whose check the README Security section does not name', () => {
    const section = securitySection('# T\n\n## Security\n\n| `OPEN_EXTERNAL_JS_CHECK` | medium | confirmed first |\n\n## Layout\n`SANDBOX_JS_CHECK`\n');
    const findings = [finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM'), finding('SANDBOX_JS_CHECK', 'MEDIUM'), finding('LIMIT_NAVIGATION_GLOBAL_CHECK', 'LOW'), finding('NODE_INTEGRATION_JS_CHECK', 'HIGH')];
    expect(unexplained(findings, section).map((f) => f.issue)).toEqual(['SANDBOX_JS_CHECK', 'NODE_INTEGRATION_JS_CHECK']);
  });

  it("the README explains the three checks Electronegativity reports on electron/ today", () => {
    const section = securitySection(readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8'));
    for (const check of ['CSP_GLOBAL_CHECK', 'OPEN_EXTERNAL_JS_CHECK', 'PRELOAD_JS_CHECK']) expect(section).toContain(check);
  });
});
