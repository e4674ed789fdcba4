import { z } from 'zod';

/** Light or dark colours; 'system' follows prefers-color-scheme. */
export const ThemeSetting = z.enum(['system', 'light', 'dark']);
export type ThemeSetting = z.infer<typeof ThemeSetting>;
export type Theme = 'light' | 'dark';

export function resolveTheme(setting: ThemeSetting, systemPrefersDark: boolean): Theme {
  return setting === 'system' ? (systemPrefersDark ? 'dark' : 'light') : setting;
}
