import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is calling, for the code that runs on the call's behalf (the commit guard, undo, jobs the call started). */
export interface CallScope {
  /** The client's id; '' for an in-process caller without an envelope (the command line, tests). */
  client: string;
  /** The last seq the client had applied; null when the call is not checked for staleness (no envelope). */
  baseSeq: number | null;
}

const storage = new AsyncLocalStorage<CallScope>();

/** Runs fn with `scope` as the current call's; it follows every await and timer fn starts. */
export function runInCall<T>(scope: CallScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** The current call's scope, or an unchecked anonymous one outside any call. */
export function currentCall(): CallScope {
  return storage.getStore() ?? { client: '', baseSeq: null };
}
