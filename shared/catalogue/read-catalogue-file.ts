import { CatalogueFile } from '../api/contract';
import { TallyError, zodIssues } from '../api/result';
import type { CatalogueLike } from './catalogue-index';
import { catalogueProblemsMessage, validateCatalogueFile } from './validate-catalogue';

/**
 * A catalogue file's text read and checked (untrusted: shared between teams): JSON, the documented shape, then the
 * catalogue's own rules, alone or added to `existing`. Throws an INVALID_INPUT TallyError whose one-line message names
 * the file and the entry at fault; nothing is returned half-read.
 */
export function readCatalogueFile(text: string, fileName: string, existing?: CatalogueLike): CatalogueFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new TallyError('INVALID_INPUT', `${fileName} is not JSON: ${(err as Error).message}`, { file: fileName });
  }
  const parsed = CatalogueFile.safeParse(json);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    const first = issues[0];
    throw new TallyError('INVALID_INPUT', `${fileName} is not a catalogue: ${first.path || 'the file'}: ${first.message}`, { issues, file: fileName });
  }
  const problems = validateCatalogueFile(parsed.data, existing);
  if (problems.length > 0) {
    throw new TallyError('INVALID_INPUT', `${fileName}: ${catalogueProblemsMessage(problems)}`, {
      file: fileName,
      issues: problems.map((p) => ({ path: `${p.collection}.${p.name}`, message: p.message })),
    });
  }
  return parsed.data;
}
