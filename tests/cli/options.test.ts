import { describe, expect, it } from 'vitest';
import { needsValue, refuseUnknownOptions, takeFlag, takeLangOption, takeValueOption } from '../../electron/cli/commands/options';

describe('command-line options', () => {
  it('takes a flag wherever it stands, and values as --name V or --name=V (the last one given counts)', () => {
    expect(takeFlag(['a', '--json', 'b'], 'json')).toEqual({ on: true, rest: ['a', 'b'] });
    expect(takeFlag(['a'], 'json')).toEqual({ on: false, rest: ['a'] });
    const read = needsValue('out');
    expect(takeValueOption(['--out', 'x.csv', 'ds', '--out=y.csv'], 'out', read)).toEqual({ value: 'y.csv', rest: ['ds'] });
    expect(() => takeValueOption(['ds', '--out'], 'out', read)).toThrow('--out needs a value');
    expect(() => takeValueOption(['--out', '--draft'], 'out', read)).toThrow('--out needs a value');
  });

  it('refuses what looks like an option, but a negative number is an argument', () => {
    expect(() => refuseUnknownOptions(['ds', '--yaml'], ' (validate takes --json)')).toThrow('unknown option --yaml (validate takes --json)');
    expect(() => refuseUnknownOptions(['-json'])).toThrow('unknown option -json');
    expect(() => refuseUnknownOptions(['-2,5%', '-', 'ds'])).not.toThrow();
    expect(takeLangOption(['-2,5%', '--lang=en'])).toEqual({ lang: 'en', rest: ['-2,5%'] });
  });
});
