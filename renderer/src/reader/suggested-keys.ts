import type { FoundFigure } from '../../../shared/extract/found-figure';

export const NEEDS_INDICATOR = 'needs an indicator';

/** The keys a suggestion would give its row, as the reader shows them: "Bắc Ninh · Export value · 2023". */
export function keysLine(f: FoundFigure): string {
  return [f.entity || 'no entity', f.indicator || NEEDS_INDICATOR, f.period?.code || 'no period'].join(' · ');
}
