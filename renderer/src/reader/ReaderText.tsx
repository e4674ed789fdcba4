import { memo } from 'react';
import type { FoundFigure } from '../../../shared/extract/found-figure';
import type { FigureState, Segment } from './segments';

interface Props {
  text: string;
  segments: readonly Segment[];
  figures: readonly FoundFigure[];
  states: readonly FigureState[];
}

const STATE_LABEL: Record<FigureState, string> = { suggested: 'suggested', cited: 'cited', skipped: 'skipped' };
const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });

function figureTitle(f: FoundFigure, state: FigureState): string {
  const parts = [`${NUMBER.format(f.value)} ${f.unit}`, f.qualifier];
  if (f.period) parts.push(`period ${f.period.code}`);
  if (f.indicatorHint) parts.push(`“${f.indicatorHint}”`);
  return `${parts.join(' · ')} (${STATE_LABEL[state]})`;
}

/**
 * The article as plain text: one element per run, each holding a single React text node and its start offset
 * (data-offset), which is how a DOM selection maps back to text offsets. Never HTML. Re-rendered only when the
 * runs change; the current suggestion's outline is set on the element directly, so moving through suggestions
 * does not redraw the article.
 */
export const ReaderText = memo(function ReaderText({ text, segments, figures, states }: Props) {
  return (
    <>
      {segments.map((s) => {
        const chunk = text.slice(s.start, s.end);
        if (s.fig < 0 && !s.hl) {
          return (
            <span key={s.start} data-offset={s.start}>
              {chunk}
            </span>
          );
        }
        const cls = [s.fig >= 0 ? `fig fig--${states[s.fig]}` : '', s.hl ? 'is-shown' : ''].filter(Boolean).join(' ');
        return (
          <span
            key={s.start}
            data-offset={s.start}
            data-fig={s.fig >= 0 ? s.fig : undefined}
            data-hl={s.hl ? '' : undefined}
            className={cls}
            title={s.fig >= 0 ? figureTitle(figures[s.fig], states[s.fig]) : undefined}
          >
            {chunk}
          </span>
        );
      })}
    </>
  );
});

/** What the three highlight styles mean. */
export function ReaderLegend() {
  return (
    <ul className="reader-legend" aria-label="Legend">
      <li>
        <span className="fig fig--suggested legend-swatch" aria-hidden="true">12,5%</span> suggested figure
      </li>
      <li>
        <span className="fig fig--cited legend-swatch" aria-hidden="true">12,5%</span> cited by an observation
      </li>
      <li>
        <span className="fig fig--skipped legend-swatch" aria-hidden="true">12,5%</span> skipped
      </li>
      <li>
        <span className="is-shown legend-swatch" aria-hidden="true">quote</span> shown in source
      </li>
    </ul>
  );
}
