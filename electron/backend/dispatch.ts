import path from 'node:path';
import { CallEnvelope, CONTRACT, DATASET_FREE_METHODS, type Handlers, METHODS, type Method, type Result, TallyError, zodIssues } from '../../shared/api';
import { type CallScope, runInCall } from './clients/call-scope';
import type { BackendContext } from './context';

const KNOWN = new Set<string>(METHODS);

/**
 * Runs one call from any transport: the method must exist, the payload must pass its zod schema, and every failure
 * comes back as data with a stable code (never a thrown error or a stack trace).
 *
 * `envelope` is what a window or tab sends with every call (client id, the dataset it shows, the last seq it has
 * applied): a call naming another dataset than the open one is refused (WRONG_DATASET), and its changes are checked
 * against what other clients changed since (STALE, in the store's commit guard). Transports always pass one (null
 * when the client sent none, refused for any call on the dataset); in-process callers (the command line, tests) pass none and are
 * not checked.
 */
export async function dispatch(handlers: Handlers, ctx: BackendContext, method: string, payload: unknown, envelope?: unknown): Promise<Result<unknown>> {
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
  let scope: CallScope = { client: '', baseSeq: null };
  // A call that touches no dataset may come without one (a script asking app-info); the page always sends one.
  if (envelope !== undefined && !(envelope === null && DATASET_FREE_METHODS.has(m))) {
    const env = CallEnvelope.safeParse(envelope ?? undefined);
    if (!env.success) {
      const issues = zodIssues(env.error).map((i) => ({ path: `envelope${i.path ? `.${i.path}` : ''}`, message: i.message }));
      const message = `the call does not say which client and dataset it is for (${issues[0]?.path}: ${issues[0]?.message}); reload the page`;
      return { ok: false, error: { code: 'INVALID_INPUT', message, issues } };
    }
    const refusal = DATASET_FREE_METHODS.has(m) ? null : wrongDataset(ctx, env.data.dataset);
    if (refusal) return { ok: false, error: { code: 'WRONG_DATASET', message: refusal } };
    scope = { client: env.data.client, baseSeq: env.data.baseSeq };
  }
  try {
    const handler = handlers[m] as (input: unknown) => Promise<unknown>;
    const data = await runInCall(scope, () => handler(parsed.data));
    return { ok: true, data: clientView(ctx, scope.client, data) };
  } catch (err) {
    if (err instanceof TallyError) return { ok: false, error: err.toData() };
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'INTERNAL', message } };
  }
}

/** Why a call meant for `shown` must not run on the open dataset, or null when it is the open one. */
function wrongDataset(ctx: BackendContext, shown: string | null): string | null {
  const open = ctx.currentStore();
  if (open === null && shown === null) return null; // the handler answers NO_DATASET
  if (open && shown !== null && path.resolve(shown) === open.dir) return null;
  if (open === null) return `the dataset at ${shown} was closed in another window or tab; nothing was done`;
  const was = shown === null ? 'this window showed no dataset' : `this window showed ${shown}`;
  return `another window or tab opened "${open.name}" (${open.dir}) and ${was}; nothing was done here`;
}

/**
 * The caller's own undo state in every answer that has one (a job's finished import included), and a snapshot's seq
 * (the base for its next change).
 */
function clientView(ctx: BackendContext, client: string, data: unknown): unknown {
  const shared = ctx.currentClients();
  if (!shared || !data || typeof data !== 'object') return data;
  if (!('undo' in data)) {
    const result = (data as { result?: unknown }).result;
    return result && typeof result === 'object' && 'undo' in result ? { ...data, result: clientView(ctx, client, result) } : data;
  }
  const view: Record<string, unknown> = { ...data, undo: shared.undoState(client) };
  if ('doc' in data && 'path' in data) view.seq = shared.lastSeq;
  return view;
}
