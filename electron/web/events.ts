import type { ServerResponse } from 'node:http';
import type { PushEvent } from '../../shared/api/envelope';

/** A comment now and then keeps idle connections (and proxies) from timing the stream out. */
const KEEP_ALIVE_MS = 20_000;

/**
 * Turns an authorised GET into a Server-Sent Events stream: each pushed event is one `tally` event (its id the
 * change's seq), until the page goes away. `streams` holds the open ones (the server counts and closes them).
 */
export function openEventStream(res: ServerResponse, subscribe: (listener: (e: PushEvent) => void) => () => void, streams: Set<ServerResponse>): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
  res.write(': tally events\n\n'); // sends the headers now, so the page knows it is connected
  streams.add(res);
  const unsubscribe = subscribe((event) => {
    const id = event.kind === 'mutation' ? `id: ${event.seq}\n` : '';
    res.write(`${id}event: tally\ndata: ${JSON.stringify(event)}\n\n`);
  });
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  keepAlive.unref();
  res.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
    streams.delete(res);
  });
}
