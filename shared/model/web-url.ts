import { z } from 'zod';

/**
 * Source links are web pages: only http and https. Others (javascript:, data:, vbscript:, file:) would run code or
 * open local files when a reader follows a link from an untrusted dataset or article, so they are refused everywhere.
 */
export function isWebUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

export const WEB_URL_RULE = 'must be a web address starting with http:// or https://';

/** A source URL: empty, or an absolute http(s) URL. */
export const SourceUrl = z.union([z.literal(''), z.string().refine(isWebUrl, `the URL ${WEB_URL_RULE}`)]);
