import type { en } from './en';

/** A key without i18next's plural suffix: t('x', { count }) picks x_one / x_other. */
type StripPlural<K extends string> = K extends `${infer B}_one` ? B : K extends `${infer B}_other` ? B : K;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${StripPlural<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message key, dotted ("toolbar.undo"). A key not in en is a type error at the call. */
export type MessageKey = Leaves<typeof en>;

/**
 * The shape another language must have: en's keys exactly, minus the `_one` plural forms
 * (Vietnamese has one plural form, `_other`). A missing or extra key is a type error.
 */
export type Translation<T> = {
  [K in keyof T as K extends `${string}_one` ? never : K]: T[K] extends string ? string : Translation<T[K]>;
};

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;
