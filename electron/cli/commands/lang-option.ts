import { LANGUAGES, type Language } from '../../../shared/model/vocab';
import { CliError } from '../io';

/** Splits `--lang vi|en` (or `--lang=en`) from the positional arguments; other options are refused by name. */
export function takeLangOption(args: string[]): { lang?: Language; rest: string[] } {
  const rest: string[] = [];
  let lang: Language | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a === '--lang' ? args[++i] : a.slice('--lang='.length);
      if (!v || !(LANGUAGES as readonly string[]).includes(v)) {
        throw new CliError(`--lang must be ${LANGUAGES.join(' or ')}, got ${v ? `"${v}"` : 'nothing'}`);
      }
      lang = v as Language;
    } else if (a.startsWith('--') && a.length > 2) {
      throw new CliError(`unknown option ${a}`);
    } else {
      rest.push(a);
    }
  }
  return { lang, rest };
}
