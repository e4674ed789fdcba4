import type { MessageKey } from './keys';

/** Keys whose Vietnamese is the English on purpose: language names, format lists, pure placeholders. */
export const SAME_ON_PURPOSE: ReadonlySet<MessageKey> = new Set<MessageKey>([
  'settings.vietnamese',
  'settings.english',
  'toolbar.commandKeys',
  'toolbar.commandWhatKeys',
  'start.counts',
  'status.groupCount',
]);
