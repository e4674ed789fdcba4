import type { Handlers } from '../../../shared/api/contract';
import type { BackendContext } from '../context';

export function jobHandlers(ctx: BackendContext): Pick<Handlers, 'jobs-status' | 'jobs-cancel'> {
  return {
    'jobs-status': async ({ jobId }) => ctx.jobs.status(jobId),
    'jobs-cancel': async ({ jobId }) => ctx.jobs.cancel(jobId),
  };
}
