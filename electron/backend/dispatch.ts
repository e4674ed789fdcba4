import { CONTRACT, type Handlers, METHODS, type Method, type Result, TallyError, zodIssues } from '../../shared/api';

const KNOWN = new Set<string>(METHODS);

/**
 * Runs one call from any transport: the method must exist, the payload must pass its zod schema, and every failure
 * comes back as data with a stable code (never a thrown error or a stack trace).
 */
export async function dispatch(handlers: Handlers, method: string, payload: unknown): Promise<Result<unknown>> {
  if (!KNOWN.has(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `unknown method "${method}"` } };
  }
  const m = method as Method;
  const parsed = CONTRACT[m].input.safeParse(payload ?? {});
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    const first = issues[0];
    const message = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'invalid input';
    return { ok: false, error: { code: 'INVALID_INPUT', message, issues } };
  }
  try {
    const handler = handlers[m] as (input: unknown) => Promise<unknown>;
    const data = await handler(parsed.data);
    return { ok: true, data };
  } catch (err) {
    if (err instanceof TallyError) return { ok: false, error: err.toData() };
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'INTERNAL', message } };
  }
}
