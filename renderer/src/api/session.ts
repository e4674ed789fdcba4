import type { EnvelopeData } from '../../../shared/api/shell';

/**
 * Who this window or tab is, and what it shows: sent with every call as the envelope, so the backend can refuse a
 * change meant for another dataset or based on an old version. The dataset store keeps `dataset` and `seq` current.
 */
export interface Session {
  client: string;
  dataset: string | null;
  /** The last history seq this client has applied, in order. */
  seq: number;
}

const CLIENT_KEY = 'tally.client';

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A tab keeps its id in sessionStorage (its own, surviving reloads, so its undo stack does too); Electron's one
 * window keeps it in localStorage, so Undo still undoes its changes after a restart.
 */
function clientId(persistent: boolean): string {
  const storage = persistent ? window.localStorage : window.sessionStorage;
  try {
    const known = storage.getItem(CLIENT_KEY);
    if (known) return known;
    const id = `${persistent ? 'app' : 'tab'}-${randomId()}`;
    storage.setItem(CLIENT_KEY, id);
    return id;
  } catch {
    return `tab-${randomId()}`; // storage refused (privacy settings): an id for this page's life
  }
}

export const session: Session = { client: clientId(window.tally !== undefined), dataset: null, seq: 0 };

/**
 * "Duplicate tab" copies sessionStorage, id included: a tab announces its id to the others of this origin, and
 * one that hears its own id from a live tab takes a new one (before its first change, which is user-paced).
 */
function claimTabId(): void {
  if (window.tally !== undefined || typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel('tally.clients');
  channel.onmessage = (e: MessageEvent<{ kind?: string; client?: string }>) => {
    if (e.data?.client !== session.client) return;
    if (e.data.kind === 'hello') channel.postMessage({ kind: 'taken', client: session.client });
    else if (e.data.kind === 'taken') {
      session.client = `tab-${randomId()}`;
      try {
        window.sessionStorage.setItem(CLIENT_KEY, session.client);
      } catch {
        // kept for this page's life only
      }
    }
  };
  channel.postMessage({ kind: 'hello', client: session.client });
}
claimTabId();

export function envelope(): EnvelopeData {
  return { client: session.client, dataset: session.dataset, baseSeq: session.seq };
}
