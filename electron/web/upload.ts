import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { CONTRACT, FilePayload } from '../../shared/api/contract';
import type { Method } from '../../shared/api/methods';

/**
 * File uploads in the browser mode: a method whose input is a file (FilePayload: article import, interchange preview,
 * catalogue import) may be sent as the file's raw bytes with this type and the name in FILE_NAME_HEADER, so a large
 * import is read as bytes under UPLOAD_LIMIT rather than parsed as one huge JSON string. Over IPC nothing changes.
 */
export const UPLOAD_TYPE = 'application/octet-stream';
export const FILE_NAME_HEADER = 'x-tally-file-name';

export const FILE_METHODS = (Object.keys(CONTRACT) as Method[]).filter((m) => CONTRACT[m].input === FilePayload);

export const takesFile = (method: string): boolean => (FILE_METHODS as string[]).includes(method);

/** The payload the method takes, from the raw bytes; null without a usable file name. */
export function filePayload(req: IncomingMessage, body: Buffer): z.infer<typeof FilePayload> | null {
  const raw = req.headers[FILE_NAME_HEADER];
  if (typeof raw !== 'string' || !raw) return null;
  let fileName: string;
  try {
    fileName = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return { fileName, dataBase64: body.toString('base64') };
}
