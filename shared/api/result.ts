import { z } from 'zod';

/** Stable, machine-readable error codes: Electron passes only an error's message across IPC, so errors travel as data. */
export const ERROR_CODES = [
  'INVALID_INPUT', // payload or field failed validation; issues name each field
  'UNKNOWN_METHOD',
  'NO_DATASET', // a method needing an open dataset was called with none open
  'NOT_FOUND',
  'DATASET_CORRUPT', // a file failed to parse or validate; it is left as it was
  'DATASET_LOCKED', // another live process holds the dataset
  'DATASET_TOO_NEW', // written by a newer schema version
  'DATASET_EXISTS',
  'FILE_EXISTS', // an export target exists; the caller may ask and retry with overwrite
  'SOURCE_CITED', // deleting a cited source needs force
  'NOT_TEXT', // an imported file is binary or not UTF-8
  'BLOCKED', // validated export refused while problems block
  'CANCELLED',
  'NOTHING_TO_UNDO',
  'STALE', // the change would overwrite a record another window or tab changed since the caller last saw it
  'WRONG_DATASET', // the call names a dataset that is not the one open (another window or tab switched)
  'IO_ERROR',
  'READ_ONLY', // the dataset was opened read-only (damaged log, read-only folder): edits are refused
  'INTERNAL',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const FieldIssue = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof FieldIssue>;

export const TallyErrorData = z.object({
  code: ErrorCode,
  message: z.string(),
  issues: z.array(FieldIssue).optional(),
  file: z.string().optional(),
  /** Opening failed on a damaged dataset.json whose history can rebuild it: the start screen offers datasets-recover. */
  recoverable: z.boolean().optional(),
});
export type TallyErrorData = z.infer<typeof TallyErrorData>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: TallyErrorData };

/** Thrown by handlers; the transports turn it into `{ ok: false, error }`. */
export class TallyError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { issues?: FieldIssue[]; file?: string; recoverable?: boolean } = {},
  ) {
    super(message);
    this.name = 'TallyError';
  }
  toData(): TallyErrorData {
    return { code: this.code, message: this.message, ...this.extra };
  }
}

/** Zod issues as field issues with dotted paths, for messages that name what was wrong. */
export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
