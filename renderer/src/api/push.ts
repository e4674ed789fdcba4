import { PushEvent } from '../../../shared/api/envelope';
import { EVENTS_PATH } from '../../../shared/api/shell';
import { SseFrames } from './sse-frames';

export interface PushHandlers {
  event(e: PushEvent): void;
  /** The stream was down and is back: events may have been missed, so the caller reloads its snapshot. */
  reconnected(): void;
}

/** Only well-formed events reach the app (main and the server are trusted, but a message is still data). */
function checked(raw: unknown, handlers: PushHandlers): void {
  const parsed = PushEvent.safeParse(raw);
  if (parsed.success) handlers.event(parsed.data);
}

/** Electron: main sends each event to every window over IPC. */
export function subscribeIpc(onPush: (listener: (raw: unknown) => void) => () => void, handlers: PushHandlers): () => void {
  return onPush((raw) => checked(raw, handlers));
}

const RETRY_MS = [500, 1000, 2000, 5000];

/**
 * The browser mode: Server-Sent Events read with fetch (EventSource cannot send the token header), reconnecting
 * with a growing pause while the server is unreachable.
 */
export function subscribeSse(getToken: () => string | null, handlers: PushHandlers, base = ''): () => void {
  let stopped = false;
  let controller: AbortController | null = null;
  let failures = 0;
  let connectedBefore = false;

  const run = async () => {
    while (!stopped) {
      const token = getToken();
      controller = new AbortController();
      try {
        if (!token) throw new Error('no token');
        const res = await fetch(`${base}${EVENTS_PATH}`, {
          headers: { 'X-Tally-Token': token, Accept: 'text/event-stream' },
          cache: 'no-store',
          credentials: 'same-origin',
          signal: controller.signal,
        });
        if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
        failures = 0;
        if (connectedBefore) handlers.reconnected();
        connectedBefore = true;
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        const frames = new SseFrames();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const data of frames.push(value)) {
            try {
              checked(JSON.parse(data), handlers);
            } catch {
              // a frame that is not JSON is not ours: skipped
            }
          }
        }
      } catch {
        failures += 1;
      }
      if (stopped) return;
      await new Promise((r) => setTimeout(r, RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]));
    }
  };
  void run();
  return () => {
    stopped = true;
    controller?.abort();
  };
}
