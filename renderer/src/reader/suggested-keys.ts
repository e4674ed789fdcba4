import type { FoundFigure } from '../../../shared/extract/found-figure';

/** A figure as the catalogue-aware extraction returns it: entity and indicator names, null when none was found. */
type Suggested = FoundFigure & { entity?: string | null; indicator?: string | null };

export const NEEDS_INDICATOR = 'needs an indicator';

/** The indicator the suggestion names ('' when the catalogue had none), or undefined from an extraction without one. */
export function suggestedIndicator(f: FoundFigure): string | undefined {
  const s = f as Suggested;
  return 'indicator' in s ? (s.indicator ?? '') : undefined;
}

export function suggestedEntity(f: FoundFigure): string | undefined {
  const s = f as Suggested;
  return 'entity' in s ? (s.entity ?? '') : undefined;
}

/** The keys a suggestion would give its row, as the reader shows them: "Bắc Ninh · Export value · 2023". */
export function keysLine(f: FoundFigure): string {
  const entity = suggestedEntity(f) || 'no entity';
  const indicator = suggestedIndicator(f) || NEEDS_INDICATOR;
  return [entity, indicator, f.period?.code || 'no period'].join(' · ');
}
