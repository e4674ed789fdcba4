import type { Handlers } from '../../../shared/api/contract';
import { assessDataset } from '../../../shared/validation/assess';
import type { BackendContext } from '../context';

export function validationHandlers(ctx: BackendContext): Pick<Handlers, 'validation-report'> {
  return {
    'validation-report': async () => {
      const store = ctx.store();
      return assessDataset(store.doc, store.orphanedIds()).report;
    },
  };
}
