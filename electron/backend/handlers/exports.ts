import type { Handlers } from '../../../shared/api/contract';
import { TallyError } from '../../../shared/api/result';
import type { BackendContext } from '../context';

type ExportHandlers = Pick<Handlers, 'validation-report' | 'export-start' | 'interchange-preview' | 'interchange-import'>;

// Placeholder: the export engineer replaces this file (same export signature). Long work goes through ctx.jobs.start().
export function exportHandlers(_ctx: BackendContext): ExportHandlers {
  const notYet = (method: string) => async (): Promise<never> => {
    throw new TallyError('INTERNAL', `${method} is not available yet`);
  };
  return {
    'validation-report': notYet('validation-report'),
    'export-start': notYet('export-start'),
    'interchange-preview': notYet('interchange-preview'),
    'interchange-import': notYet('interchange-import'),
  };
}
