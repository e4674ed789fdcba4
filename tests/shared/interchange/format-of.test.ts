import { describe, expect, it } from 'vitest';
import { interchangeFormatOf } from '../../../shared/interchange/format-of';

// Killed mutants of a Stryker run (issue 14 §6): the extension decides, in any case; without one, the first character.
describe('interchangeFormatOf', () => {
  it('goes by the extension first, whatever the text looks like', () => {
    expect(interchangeFormatOf('rows.CSV', '[1]')).toBe('csv');
    expect(interchangeFormatOf('rows.Json', 'id,value')).toBe('json');
  });

  it('without a known extension, JSON when the text opens with [ or { after blanks, else CSV', () => {
    expect(interchangeFormatOf('rows', '  \n[{"id":"a"}]')).toBe('json');
    expect(interchangeFormatOf('rows.txt', '{"observations":[]}')).toBe('json');
    expect(interchangeFormatOf('rows', 'id,value\na,[1]')).toBe('csv');
    expect(interchangeFormatOf('rows.json.bak', 'x{')).toBe('csv');
  });
});
