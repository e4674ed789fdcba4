import { z } from 'zod';
import { Id, IsoDate, Language } from './vocab';
import { SourceUrl } from './web-url';

/** Where a source's text versions live: sources/<id>.v<N>.txt, nothing else. */
export const SOURCE_TEXT_FILE = /^sources\/([A-Za-z0-9_-]{1,64})\.v([1-9][0-9]{0,8})\.txt$/;

/** One frozen copy of a source's text; older versions stay on disk so citations can be re-anchored. */
export const SourceTextVersion = z.object({
  // Relative to the dataset folder and nothing else (a crafted ../../x must not be read or written).
  file: z.string().regex(SOURCE_TEXT_FILE, 'a source text file must be sources/<id>.v<N>.txt inside the dataset folder'),
  hash: z.string().regex(/^sha256-[0-9a-f]{64}$/),
  length: z.number().int().nonnegative(),
  importedAt: z.string().datetime(),
});
export type SourceTextVersion = z.infer<typeof SourceTextVersion>;

export const SourceMeta = z.object({
  title: z.string().trim().min(1, 'a source needs a title'),
  publisher: z.string().default(''),
  author: z.string().default(''),
  url: SourceUrl.default(''),
  published: z.union([z.literal(''), IsoDate]).default(''),
  language: Language,
});
export type SourceMeta = z.infer<typeof SourceMeta>;

/** Without defaults: zod 4 fills defaults inside .partial(), which would blank every field an edit leaves out. */
export const SourceMetaPatch = z
  .object({
    title: SourceMeta.shape.title,
    publisher: z.string(),
    author: z.string(),
    url: SourceUrl,
    published: z.union([z.literal(''), IsoDate]),
    language: Language,
  })
  .partial();
export type SourceMetaPatch = z.infer<typeof SourceMetaPatch>;

export const Source = SourceMeta.extend({
  id: Id,
  /** Current text first is not assumed: the last entry is the current version. */
  versions: z.array(SourceTextVersion).min(1),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});
export type Source = z.infer<typeof Source>;

export const currentVersion = (s: Source): SourceTextVersion => s.versions[s.versions.length - 1];
