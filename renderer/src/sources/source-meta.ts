import { SourceMeta, type Language } from '../../../shared/model';

/** A source's metadata as the form holds it (every field a string, the language one of LANGUAGES). */
export interface SourceMetaValues {
  title: string;
  publisher: string;
  author: string;
  url: string;
  published: string;
  language: Language;
}

/** How the form names each language (a Record, so a new entry in LANGUAGES must be named here). */
export const LANGUAGE_NAMES: Record<Language, string> = { vi: 'Vietnamese', en: 'English' };

const FIELD_NAMES: Record<keyof SourceMetaValues, string> = {
  title: 'Title',
  publisher: 'Publisher',
  author: 'Author',
  url: 'URL',
  published: 'Publication date',
  language: 'Language',
};

/**
 * Checks the form with the model's own schema (text fields trimmed) before anything is sent: the metadata, or one
 * line naming the field that is wrong.
 */
export function checkSourceMeta(v: SourceMetaValues): { ok: true; meta: SourceMeta } | { ok: false; message: string } {
  const meta = SourceMeta.safeParse({
    title: v.title.trim(),
    publisher: v.publisher.trim(),
    author: v.author.trim(),
    url: v.url.trim(),
    published: v.published,
    language: v.language,
  });
  if (meta.success) return { ok: true, meta: meta.data };
  const issue = meta.error.issues[0];
  const field = String(issue?.path[0] ?? '') as keyof SourceMetaValues;
  return { ok: false, message: `${FIELD_NAMES[field] ?? 'Metadata'}: ${issue?.message ?? 'invalid'}` };
}
