import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { niceTicks } from './nice-ticks';
import type { Interval } from '../../../shared/crosscheck';
import { formatBound } from './review-format';

export interface ChartBand {
  /** 1-based number of the observation in the group (the key that chooses it). */
  n: number;
  source: string;
  stated: string;
  value: number | null;
  interval: Interval | null;
  /** The interval in words as explain-status writes it ("28,75 – 30,29 tỷ USD"), for the spoken summary. */
  intervalText?: string | null;
}

interface Row {
  name: string;
  range: [number, number];
  band: ChartBand;
  openLow: boolean;
  openHigh: boolean;
  valueAt: number | null;
}

// Fill patterns tell bands apart without colour; each band also carries its source and figure as text.
const PATTERNS = ['diag', 'dots', 'cross', 'vert', 'horiz', 'diag2'] as const;
const COLOURS = ['#2f6fb2', '#b3611e', '#2e7d4f', '#7a3fa8', '#9e1f17', '#4b5563'];

function Patterns() {
  return (
    <defs>
      {PATTERNS.map((p, i) => {
        const c = COLOURS[i];
        return (
          <pattern key={p} id={`band-${p}`} width="8" height="8" patternUnits="userSpaceOnUse">
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

/** The x-axis range: every finite bound and value, with a margin, so unbounded sides have somewhere to end. */
export function chartDomain(bands: readonly ChartBand[], accepted: number | null): [number, number] {
  const xs: number[] = [];
  for (const b of bands) {
    if (b.value !== null) xs.push(b.value);
    if (b.interval) for (const x of [b.interval.low, b.interval.high]) if (Number.isFinite(x)) xs.push(x);
  }
  if (accepted !== null) xs.push(accepted);
  if (xs.length === 0) return [0, 1];
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const pad = (max - min) * 0.15 || Math.abs(max) * 0.05 || 1;
  return [min - pad, max + pad];
}

/** Keeps a band's label inside the plot: left-aligned on the band, or right-aligned when it would run off the end. */
function labelPlacement(label: string, x: number, w: number, plot: { x?: number | null; width?: number | null } | undefined) {
  const right = typeof plot?.x === 'number' && typeof plot.width === 'number' ? plot.x + plot.width : Infinity;
  const estimated = label.length * 6.2; // ~11px sans-serif
  if (x + estimated <= right) return { x, textAnchor: 'start' as const };
  return { x: Math.max(Math.min(x + w, right), (plot?.x ?? 0) + estimated), textAnchor: 'end' as const };
}

function BandShape(props: BarShapeProps) {
  const { x, y, width, height, index, background } = props;
  const row = props.payload as Row;
  const i = index % PATTERNS.length;
  const h = Math.max(height, 8);
  const w = Math.max(width, 2);
  const mid = y + h / 2;
  // Where the stated value sits inside the band (the band is linear from its clipped low to its clipped high).
  const vx = row.valueAt === null || row.range[1] === row.range[0] ? null : x + ((row.valueAt - row.range[0]) / (row.range[1] - row.range[0])) * w;
  const label = `${row.band.source}: ${row.band.stated || '(no figure)'}`;
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} fill={`url(#band-${PATTERNS[i]})`} stroke={COLOURS[i]} strokeWidth={1.5} strokeDasharray={i % 2 ? '4 2' : undefined} />
      {vx !== null && <path d={`M${vx},${y - 3} L${vx + 4},${mid} L${vx},${y + h + 3} L${vx - 4},${mid} Z`} fill="#1d2430" />}
      {row.openLow && (
        <text x={x + 3} y={mid + 4} fontSize={12} fontWeight={700} fill="#1d2430" stroke="#fff" strokeWidth={3} paintOrder="stroke">
          ◀ −∞
        </text>
      )}
      {row.openHigh && (
        <text x={x + w - 3} y={mid + 4} fontSize={12} fontWeight={700} fill="#1d2430" stroke="#fff" strokeWidth={3} paintOrder="stroke" textAnchor="end">
          +∞ ▶
        </text>
      )}
      <text {...labelPlacement(label, x, w, background)} y={y - 4} fontSize={11} fill="#1d2430" stroke="#fff" strokeWidth={3} paintOrder="stroke">
        {label}
      </text>
    </g>
  );
}

/** A sentence per band for screen readers (the chart itself is an image to them). */
export function chartSummary(bands: readonly ChartBand[], accepted: number | null, unit: string): string {
  const parts = bands.map((b) => {
    const where = !b.interval
      ? 'no value yet'
      : b.intervalText
        ? `${b.intervalText} (the upper end not included)`
        : `from ${formatBound(b.interval.low)} up to (not including) ${formatBound(b.interval.high)}`;
    return `${b.n}. ${b.source}, “${b.stated}”: ${where}`;
  });
  const acc = accepted === null ? 'no accepted value yet' : `accepted value ${formatBound(accepted)}`;
  return `Interval chart${unit ? ` (${unit})` : ''}: ${parts.join('; ')}; ${acc}.`;
}

/**
 * One horizontal band per observation: the interval of true values its figure stands for (domain.md, Cross-checking),
 * unbounded sides clipped to the chart and marked ◀ −∞ / +∞ ▶, the stated value as a diamond, the accepted value as
 * a dashed line. Bands are told apart by pattern, outline and their text label, not by colour alone.
 */
export function IntervalChart({ bands, accepted, unit }: { bands: readonly ChartBand[]; accepted: number | null; unit: string }) {
  const [lo, hi] = chartDomain(bands, accepted);
  const rows: Row[] = bands
    .filter((b) => b.interval !== null)
    .map((b) => {
      const iv = b.interval!;
      const low = Number.isFinite(iv.low) ? iv.low : lo;
      const high = Number.isFinite(iv.high) ? iv.high : hi;
      return { name: String(b.n), range: [low, high], band: b, openLow: !Number.isFinite(iv.low), openHigh: !Number.isFinite(iv.high), valueAt: b.value };
    });
  const height = 50 + rows.length * 46;
  return (
    <figure className="interval-chart" role="img" aria-label={chartSummary(bands, accepted, unit)}>
      <BarChart
        layout="vertical"
        data={rows}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 26, right: 24, bottom: 4, left: 4 }}
        barCategoryGap="45%"
        accessibilityLayer={false}
      >
        <Patterns />
        <CartesianGrid horizontal={false} strokeDasharray="2 3" />
        <XAxis type="number" domain={[lo, hi]} allowDataOverflow ticks={niceTicks(lo, hi)} tickFormatter={(v: number) => formatBound(v)} fontSize={11} />
        <YAxis type="category" dataKey="name" width={24} fontSize={12} tickLine={false} />
        <Bar dataKey="range" shape={BandShape} isAnimationActive={false} />
        {accepted !== null && (
          <ReferenceLine
            x={accepted}
            stroke="#1d2430"
            strokeWidth={2}
            strokeDasharray="6 3"
            label={{ value: `accepted ${formatBound(accepted)}`, position: 'top', fontSize: 11, fill: '#1d2430' }}
          />
        )}
      </BarChart>
      <figcaption className="muted small">
        Each band is the range of true values a figure allows (rounding and hedges, tolerance included); ◆ marks the stated value
        {accepted !== null ? ', the dashed line the accepted value' : ''}.
      </figcaption>
    </figure>
  );
}
