import type { ServerResponse } from 'node:http';
import type { PushEvent } from '../../shared/api/envelope';

/** A comment now and then keeps idle connections (and proxies) from timing the stream out. */
const KEEP_ALIVE_MS = 20_000;

/**
 * Turns an authorised GET into a Server-Sent Events stream: a hello (what is open, its last seq), then each pushed event is one `tally` event (its id the
 * change's seq), until the page goes away. `streams` holds the open ones (the server counts and closes them).
 */
export function openEventStream(
  res: ServerResponse,
  source: { subscribe: (listener: (e: PushEvent) => void) => () => void; hello: () => PushEvent },
  streams: Set<ServerResponse>,
): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
  streams.add(res);
  const send = (event: PushEvent) => {
    const id = event.kind === 'mutation' ? `id: ${event.seq}\n` : '';
    res.write(`${id}event: tally\ndata: ${JSON.stringify(event)}\n\n`);
  };
  // Subscribed first, then the hello: a change made in between is in the stream, never lost between the two.
  const unsubscribe = source.subscribe(send);
  send(source.hello());
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  keepAlive.unref();
  res.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
    streams.delete(res);
  });
}
