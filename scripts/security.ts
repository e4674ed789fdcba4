// npm run security: Electronegativity over electron/, for the installed Electron version. Every finding is printed;
// the run fails only for a finding above LOW whose check is not explained in README's "Security" section, so CI
// passes on low findings and on reviewed ones, and a new kind of finding cannot slip in unexplained.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';

const ROOT = path.resolve(import.meta.dirname, '..');
const ABOVE_LOW = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  filename: string;
  location: string;
  description: string;
}

/** The README's Security section, where each reviewed check is named with its reason. */
export function securitySection(readme: string): string {
  const start = readme.indexOf('\n## Security');
  if (start < 0) return '';
  const next = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, next < 0 ? undefined : next);
}

export function unexplained(findings: readonly Finding[], section: string): Finding[] {
  return findings.filter((f) => ABOVE_LOW.has(f.severity) && !section.includes(f.issue));
}

function runElectronegativity(): Finding[] {
  const electron = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version as string;
  const dir = mkdtempSync(path.join(tmpdir(), 'tally-security-'));
  const csv = path.join(dir, 'findings.csv'); // a fresh file: the tool does not truncate an existing one
  try {
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'electronegativity'), ['-i', path.join(ROOT, 'electron'), '-r', '-v', 'false', '-e', electron, '-o', csv], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const parsed = Papa.parse<Record<string, string>>(readFileSync(csv, 'utf8'), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() });
    return parsed.data.map((r) => ({
      issue: r.issue,
      severity: r.severity,
      confidence: r.confidence,
      filename: r.filename,
      location: r.location,
      description: r.description,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const findings = runElectronegativity();
  for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.issue}  ${f.filename}:${f.location}  ${f.description}`);
  const missing = unexplained(findings, securitySection(readFileSync(path.join(ROOT, 'README.md'), 'utf8')));
  console.log(`${findings.length} findings, ${findings.filter((f) => ABOVE_LOW.has(f.severity)).length} above low, ${missing.length} unexplained`);
  if (missing.length) {
    console.error(`security: explain these checks in README's Security section, or fix them: ${[...new Set(missing.map((f) => f.issue))].join(', ')}`);
    process.exit(1);
  }
}
