/**
 * Puts changes back in history order: the client's own results and the changes pushed from other clients arrive
 * on different channels, so each is offered with its seq and handed out only when every earlier seq has been. An
 * old or repeated seq is dropped (never applied twice); a missing one leaves a gap the caller resolves by
 * reloading its snapshot.
 */
export class SeqOrder<T> {
  private readonly waiting = new Map<number, T>();

  constructor(private last = 0) {}

  /** The last seq handed out: everything up to it has been applied. */
  get applied(): number {
    return this.last;
  }

  /** Some seq is missing before those waiting. */
  get gap(): boolean {
    return this.waiting.size > 0;
  }

  /** Starts over at `seq` (a new snapshot holds everything up to it). */
  reset(seq: number): void {
    this.last = seq;
    this.waiting.clear();
  }

  /** The items that can be applied now, in seq order (none while an earlier seq is missing). */
  offer(seq: number, item: T): T[] {
    if (seq <= this.last || this.waiting.has(seq)) return [];
    this.waiting.set(seq, item);
    const ready: T[] = [];
    for (let next = this.waiting.get(this.last + 1); next !== undefined; next = this.waiting.get(this.last + 1)) {
      this.waiting.delete(this.last + 1);
      this.last += 1;
      ready.push(next);
    }
    return ready;
  }
}
