import { TallyError } from '../../../shared/api/result';

/** Rows written between two yields to the event loop: small enough that the process never stalls visibly. */
export const CHUNK_ROWS = 2000;

/** Lets timers, IPC and HTTP requests run between chunks of long work. */
export const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new TallyError('CANCELLED', 'the export was cancelled');
}

/** Counts rows done across every file of one export and reports them. */
export class ProgressCounter {
  private done = 0;
  constructor(
    readonly total: number,
    private readonly report: (done: number, total: number) => void = () => {},
  ) {}

  add(rows: number): void {
    this.done += rows;
    this.report(Math.min(this.done, this.total), this.total);
  }
}

/**
 * Runs `each` over items in chunks: after each chunk it reports progress, checks for cancellation and yields, so a
 * 200k-row export neither blocks the process nor ignores a cancel for long.
 */
export async function inChunks<T>(
  items: readonly T[],
  each: (chunk: readonly T[]) => Promise<void> | void,
  progress: ProgressCounter,
  signal: AbortSignal | undefined,
  size = CHUNK_ROWS,
): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    throwIfCancelled(signal);
    const chunk = items.slice(i, i + size);
    await each(chunk);
    progress.add(chunk.length);
    await yieldToLoop();
  }
  throwIfCancelled(signal);
}
