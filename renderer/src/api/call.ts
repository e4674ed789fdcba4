import type { Input, Output } from '../../../shared/api/contract';
import type { Method } from '../../../shared/api/methods';
import type { ErrorCode, FieldIssue, Result, TallyErrorData } from '../../../shared/api/result';
import { api } from './client';

/** A failed call as an exception, for code that prefers try/catch: it keeps the stable code and the field issues. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  readonly file: string | undefined;
  constructor(
    readonly method: Method,
    readonly data: TallyErrorData,
  ) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.issues = data.issues ?? [];
    this.file = data.file;
  }
}

/** Calls one method and returns its data, or throws an ApiError carrying the backend's code and issues. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await (api[method] as (i: Input<M>) => Promise<Result<Output<M>>>)(input);
  if (result.ok) return result.data;
  throw new ApiError(method, result.error);
}
