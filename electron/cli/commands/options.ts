import { LANGUAGES, type Language } from '../../../shared/model/vocab';
import { CliError } from '../io';

/**
 * Splits one valued option (`--name V` or `--name=V`) from the other arguments. read checks the value (undefined
 * when the option ends the line) and throws a CliError naming what was wrong; given twice, the last one counts.
 */
export function takeValueOption<T>(args: readonly string[], name: string, read: (value: string | undefined) => T): { value?: T; rest: string[] } {
  const flag = `--${name}`;
  const rest: string[] = [];
  let value: T | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === flag) value = read(args[++i]);
    else if (a.startsWith(`${flag}=`)) value = read(a.slice(flag.length + 1));
    else rest.push(a);
  }
  return { value, rest };
}

/** Splits a flag (`--name`, no value) from the other arguments. */
export function takeFlag(args: readonly string[], name: string): { on: boolean; rest: string[] } {
  const rest = args.filter((a) => a !== `--${name}`);
  return { on: rest.length !== args.length, rest };
}

/** A reader for takeValueOption: any text, but something must follow the option. */
export const needsValue =
  (name: string) =>
  (v: string | undefined): string => {
    if (v === undefined || v === '' || v.startsWith('--')) throw new CliError(`--${name} needs a value`);
    return v;
  };

/**
 * Refuses what is left that looks like an option: `--word`, or a dash and a letter (`-json`). A dash and a digit is
 * a negative number ("-2,5%"), an argument like any other. `hint` follows the message, e.g. " (validate takes --json)".
 */
export function refuseUnknownOptions(rest: readonly string[], hint = ''): void {
  const unknown = rest.find((a) => (a.startsWith('--') && a.length > 2) || /^-\p{L}/u.test(a));
  if (unknown) throw new CliError(`unknown option ${unknown}${hint}`);
}

function readLang(v: string | undefined): Language {
  if (!v || !(LANGUAGES as readonly string[]).includes(v)) {
    throw new CliError(`--lang must be ${LANGUAGES.join(' or ')}, got ${v ? `"${v}"` : 'nothing'}`);
  }
  return v as Language;
}

/** Splits `--lang vi|en` (or `--lang=en`) from the positional arguments; other options are refused by name. */
export function takeLangOption(args: readonly string[]): { lang?: Language; rest: string[] } {
  const { value: lang, rest } = takeValueOption(args, 'lang', readLang);
  refuseUnknownOptions(rest);
  return { lang, rest };
}
