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

function readLang(v: string | undefined): Language {
  if (!v || !(LANGUAGES as readonly string[]).includes(v)) {
    throw new CliError(`--lang must be ${LANGUAGES.join(' or ')}, got ${v ? `"${v}"` : 'nothing'}`);
  }
  return v as Language;
}

/** Splits `--lang vi|en` (or `--lang=en`) from the positional arguments; other options are refused by name. */
export function takeLangOption(args: readonly string[]): { lang?: Language; rest: string[] } {
  const { value: lang, rest } = takeValueOption(args, 'lang', readLang);
  const unknown = rest.find((a) => a.startsWith('--') && a.length > 2);
  if (unknown) throw new CliError(`unknown option ${unknown}`);
  return { lang, rest };
}
