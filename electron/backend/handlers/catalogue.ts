import type { Handlers } from '../../../shared/api/contract';
import { TallyError } from '../../../shared/api/result';
import type { BackendContext } from '../context';

type CatalogueMethod =
  | 'catalogue-save-entity'
  | 'catalogue-save-indicator'
  | 'catalogue-delete'
  | 'catalogue-merge'
  | 'catalogue-add-alias'
  | 'catalogue-export'
  | 'catalogue-import'
  | 'reader-skips'
  | 'reader-skip';
type CatalogueHandlers = Pick<Handlers, CatalogueMethod>;

// Contract laid down first so the catalogue backend and panel are built side by side; each is replaced by its handler.
const notYet = (m: string) => async (): Promise<never> => {
  throw new TallyError('INTERNAL', `${m} is not built yet`);
};

export function catalogueHandlers(_ctx: BackendContext): CatalogueHandlers {
  return {
    'catalogue-save-entity': notYet('catalogue-save-entity'),
    'catalogue-save-indicator': notYet('catalogue-save-indicator'),
    'catalogue-delete': notYet('catalogue-delete'),
    'catalogue-merge': notYet('catalogue-merge'),
    'catalogue-add-alias': notYet('catalogue-add-alias'),
    'catalogue-export': notYet('catalogue-export'),
    'catalogue-import': notYet('catalogue-import'),
    'reader-skips': notYet('reader-skips'),
    'reader-skip': notYet('reader-skip'),
  };
}
