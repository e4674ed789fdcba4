import type { PushEvent } from '../../../shared/api/envelope';

export type PushListener = (event: PushEvent) => void;

/** Fans each pushed event out to every transport's subscribers (IPC windows, SSE streams, tests). */
export class PushHub {
  private readonly listeners = new Set<PushListener>();

  subscribe(listener: PushListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  publish(event: PushEvent): void {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch (err) {
        // One broken stream must not stop the others, nor the change that was already made durable.
        console.error(`tally: a push listener failed: ${(err as Error).message}`);
      }
    }
  }
}
