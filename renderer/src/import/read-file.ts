/** Files larger than this are refused before reading: news articles are kilobytes, not tens of megabytes. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/** Bytes as base64, in chunks (String.fromCharCode on a whole large file overflows the call stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** The payload of 'sources-parse-file' for a chosen or dropped file; throws a one-line message when too large. */
export async function filePayload(file: File): Promise<{ fileName: string; dataBase64: string }> {
  if (file.size > MAX_ARTICLE_BYTES) {
    throw new Error(`${file.name} is too large (${(file.size / 1024 / 1024).toFixed(1)} MB); articles up to 20 MB can be imported`);
  }
  return { fileName: file.name, dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}

/**
 * Pasted text as a payload: UTF-8 under a name without an extension, so the backend looks at the text itself
 * and reads pasted HTML as HTML, anything else as plain text.
 */
export function pastedPayload(text: string): { fileName: string; dataBase64: string } {
  return { fileName: 'pasted text', dataBase64: bytesToBase64(new TextEncoder().encode(text)) };
}

/** The backend's content hash of a text (sha256 of its UTF-8), to notice an article imported twice; null if unavailable. */
export async function textHash(text: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256-${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
