import type { ValidationProblem, ValidationReport } from '../../../shared/api/contract';
import { plural } from '../../../shared/text/plural';
import { assessDataset } from '../../../shared/validation/assess';
import { readDatasetView } from '../../backend/export/read-dataset';
import { CliError, type CliCommand } from '../io';
import { refuseUnknownOptions, takeFlag } from './options';

/** The report as people read it: a verdict line, then blocking problems, then warnings, one per line. */
export function formatReport(name: string, report: ValidationReport): string {
  const verdict = report.publishable
    ? `${name}: publishable (${plural(report.warnings, 'warning')})`
    : `${name}: NOT publishable: ${plural(report.blocking, 'blocking problem')}, ${plural(report.warnings, 'warning')}`;
  const lines = [verdict];
  const section = (title: string, mark: string, items: ValidationProblem[]) => {
    if (!items.length) return;
    lines.push('', `${title}:`);
    for (const p of items) lines.push(`  ${mark} [${p.kind}] ${p.message}`);
  };
  section('Blocking', 'x', report.problems.filter((p) => p.severity === 'blocking'));
  section('Warnings', '!', report.problems.filter((p) => p.severity === 'warning'));
  return lines.join('\n');
}

export const command: CliCommand = {
  usage: 'validate <dataset> [--json]   is it ready to publish? exit 0 only when nothing blocks (1: something blocks, 2: bad input)',
  async run(args, io) {
    const { on: json, rest: positional } = takeFlag(args, 'json');
    refuseUnknownOptions(positional, ' (validate takes --json)');
    if (positional.length !== 1) throw new CliError(positional.length ? `expected one dataset folder, got ${positional.length}` : 'give the dataset folder, e.g. tally validate data/sample');
    const view = await readDatasetView(positional[0]);
    for (const w of view.warnings) io.err(`tally validate: ${w}`);
    const { report } = assessDataset(view.doc, view.orphanedIds);
    io.out(json ? JSON.stringify(report, null, 2) : formatReport(view.doc.meta.name, report));
    return report.publishable ? 0 : 1;
  },
};
