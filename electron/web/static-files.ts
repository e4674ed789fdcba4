import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serves one file of the built renderer. Paths are decoded and must stay inside `root`; a missing build answers
 * 503 naming the command that makes it, so the API keeps working without it.
 */
export async function serveStatic(root: string, urlPath: string, head: boolean, res: ServerResponse): Promise<void> {
  const base = resolve(root);
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath);
  } catch {
    return plain(res, 400, 'bad path encoding');
  }
  if (relative.includes('\0')) return plain(res, 400, 'bad path');
  if (relative === '/' || relative === '') relative = '/index.html';
  const file = resolve(join(base, relative));
  if (file !== base && !file.startsWith(base + sep)) return plain(res, 404, 'not found');

  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) {
    const built = await stat(join(base, 'index.html')).catch(() => null);
    if (!built) return plain(res, 503, 'the renderer is not built: run `npx electron-vite build` (npm run web does it)');
    return plain(res, 404, 'not found');
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', contentTypeOf(file));
  res.setHeader('Content-Length', info.size);
  res.setHeader('Cache-Control', 'no-cache');
  if (head) {
    res.end();
    return;
  }
  await new Promise<void>((done) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      done();
    });
    stream.on('end', () => done());
    stream.pipe(res);
  });
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(text);
}
