import { useId, useLayoutEffect, useRef, useState } from 'react';
import { chartLayout, chartSummary, MARGIN, WIDTH, type ChartBand } from './interval-chart-layout';
import { formatBound } from './review-format';

export type { ChartBand } from './interval-chart-layout';

const TEXT = { fill: 'var(--text)', stroke: 'var(--panel)', strokeWidth: 3, paintOrder: 'stroke' } as const;

// Fill patterns tell bands apart without colour; each band also carries its source and figure as text.
const PATTERNS = ['diag', 'dots', 'cross', 'vert', 'horiz', 'diag2'] as const;
const COLOURS = ['#2f6fb2', '#b3611e', '#2e7d4f', '#7a3fa8', '#9e1f17', '#4b5563'];

function Patterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      {PATTERNS.map((p, i) => {
        const c = COLOURS[i];
        return (
          <pattern key={p} id={`${prefix}-${p}`} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={c} fillOpacity="0.12" />
            {p === 'diag' && <path d="M0,8 L8,0" stroke={c} strokeWidth="1.4" />}
            {p === 'diag2' && <path d="M0,0 L8,8" stroke={c} strokeWidth="1.4" />}
            {p === 'dots' && <circle cx="4" cy="4" r="1.5" fill={c} />}
            {p === 'cross' && <path d="M0,8 L8,0 M0,0 L8,8" stroke={c} strokeWidth="1" />}
            {p === 'vert' && <path d="M4,0 L4,8" stroke={c} strokeWidth="1.4" />}
            {p === 'horiz' && <path d="M0,4 L8,4" stroke={c} strokeWidth="1.4" />}
          </pattern>
        );
      })}
    </defs>
  );
}

/**
 * One horizontal band per observation: the interval of true values its figure stands for (domain.md, Cross-checking),
 * unbounded sides clipped to the chart and marked ◀ −∞ / +∞ ▶, the stated value as a diamond, the accepted value as
 * a dashed line. Bands are told apart by pattern, outline and their text label, not by colour alone. Plain SVG: the
 * axis is the only scale it needs (nice-ticks.ts).
 */
export function IntervalChart({
  bands,
  accepted,
  unit,
  formatTick = formatBound,
}: {
  bands: readonly ChartBand[];
  accepted: number | null;
  unit: string;
  /** Writes an axis tick; by default compact ("29.5B"). */
  formatTick?: (v: number) => string;
}) {
  const prefix = useId().replace(/:/g, '');
  // Drawn at the width it is given, so text keeps its size however wide the pane is.
  const box = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(WIDTH);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setWidth(Math.max(240, Math.round(el.clientWidth - 18)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const layout = chartLayout(bands, accepted, width);
  const { axisY, plotRight } = layout;
  return (
    <figure ref={box} className="interval-chart" role="img" aria-label={chartSummary(bands, accepted, unit, formatTick)}>
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} width={layout.width} height={layout.height} aria-hidden="true" focusable="false">
        <Patterns prefix={prefix} />
        {layout.ticks.map((t) => (
          <g key={t.value}>
            <line x1={t.x} x2={t.x} y1={MARGIN.top - 8} y2={axisY} stroke="var(--border-strong)" strokeDasharray="2 3" />
            <text x={t.x} y={axisY + 16} fontSize={11} textAnchor="middle" fill="var(--muted)">
              {formatTick(t.value)}
            </text>
          </g>
        ))}
        <line x1={MARGIN.left} x2={plotRight} y1={axisY} y2={axisY} stroke="var(--muted)" />
        {layout.bands.map((b, k) => {
          const i = k % PATTERNS.length;
          const mid = b.y + b.height / 2;
          return (
            <g key={b.band.n}>
              <text x={MARGIN.left - 8} y={mid + 4} fontSize={12} textAnchor="end" fill="var(--muted)">
                {b.band.n}
              </text>
              <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={`url(#${prefix}-${PATTERNS[i]})`} stroke={COLOURS[i]} strokeWidth={1.5} strokeDasharray={i % 2 ? '4 2' : undefined} />
              {b.valueX !== null && <path d={`M${b.valueX},${b.y - 3} L${b.valueX + 4},${mid} L${b.valueX},${b.y + b.height + 3} L${b.valueX - 4},${mid} Z`} fill="var(--text)" />}
              {b.openLow && (
                <text x={b.x + 3} y={mid + 4} fontSize={12} fontWeight={700} {...TEXT}>
                  ◀ −∞
                </text>
              )}
              {b.openHigh && (
                <text x={b.x + b.width - 3} y={mid + 4} fontSize={12} fontWeight={700} textAnchor="end" {...TEXT}>
                  +∞ ▶
                </text>
              )}
              <text x={b.label.x} textAnchor={b.label.textAnchor} y={b.y - 4} fontSize={11} {...TEXT}>
                {b.label.text}
              </text>
            </g>
          );
        })}
        {layout.accepted && (
          <g>
            <line x1={layout.accepted.x} x2={layout.accepted.x} y1={MARGIN.top - 6} y2={axisY} stroke="var(--text)" strokeWidth={2} strokeDasharray="6 3" />
            <text x={layout.accepted.x} y={MARGIN.top - 10} fontSize={11} textAnchor="middle" {...TEXT}>
              accepted {formatTick(layout.accepted.value)}
            </text>
          </g>
        )}
      </svg>
      <figcaption className="muted small">
        Each band is the range of true values a figure allows (rounding and hedges, tolerance included); ◆ marks the stated value
        {accepted !== null ? ', the dashed line the accepted value' : ''}.
      </figcaption>
    </figure>
  );
}
