import { createContext, memo, useCallback, useContext, useDeferredValue, useId, useMemo, } from 'react';
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, usePlotArea, useXAxisScale, useYAxisScale, XAxis, YAxis } from 'recharts';
import { formatNumber, niceDomain, niceTicks, ruleLabel, speciesGroups, stripPoints } from '../../core/data/explore-views';
import type { StripPoint } from '../../core/data/explore-views';
import type { OutlierBounds } from '../../core/data/outliers';
import { FEATURE_UNITS, FEATURES } from '../../core/data/penguins';
import type { Feature } from '../../core/data/penguins';
import type { DataRow } from '../../core/data/rows';
import { ChartTableTwin } from '../../ui/chart-table-twin';
import { RenderWhenVisible } from '../../ui/render-when-visible';
import { FeatureSelect } from './feature-select';
import { SpeciesLegend } from './species-legend';
import { SpeciesPointLayer } from './species-point-layer';
import type { LayerGroup } from './species-point-layer';
import { speciesStyle } from './species-style';
import type { SpeciesStyle } from './species-style';
import { useChartChoice } from './use-chart-choice';
import { useColorScheme } from './use-color-scheme';

const RING = { light: '#1a1f2b', dark: '#e8ecf2' } as const;
const FENCE = { light: '#a3460a', dark: '#f6a96b' } as const;
const MARGIN = { top: 22, right: 20, bottom: 24, left: 4 };
const X_PADDING = { left: 14, right: 14 };
const NO_FLAGS: ReadonlySet<number> = new Set();

interface Props {
  rows: readonly DataRow[];
  viewLabel: string;
  bounds: Record<Feature, OutlierBounds>;
  flagged: ReadonlySet<number>;
  /** Called with the row id of a clicked dot (pointing at a suspected mistake). */
  onPick?: (id: number) => void;
}

interface Group {
  label: string;
  style: SpeciesStyle;
  points: readonly StripPoint[];
  /** The same points for the drawing layer: x is the value, y the species row plus jitter. */
  layer: LayerGroup;
}

const tickNumber = (v: number) => formatNumber(v, 1);
const noMarker = () => <g />;

/** What changes with every slider step: the fences, the flagged points and the colors to draw them in. */
interface Overlay {
  fence: OutlierBounds;
  flagged: readonly StripPoint[];
  scheme: 'light' | 'dark';
}

// A context, not chart props: a new prop on the chart makes recharts re-register and redraw every point.
const OverlayContext = createContext<Overlay | null>(null);

/** The fences and the rings around flagged points, drawn with the chart's own scales; only this re-renders when the threshold moves. */
/** The strip plot's height in px: axes plus one lane per species. */
const stripHeight = (lanes: number) => 70 + 64 * Math.max(1, lanes);

function FenceOverlay() {
  const overlay = useContext(OverlayContext);
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!overlay || !x || !y || !area) return null;
  const { fence, flagged, scheme } = overlay;
  return (
    <g className="strip-overlay">
      {(['lower', 'upper'] as const).map((side) => {
        const px = x(fence[side]);
        if (px === undefined) return null;
        return (
          <g key={side}>
            <line x1={px} x2={px} y1={area.y} y2={area.y + area.height} stroke={FENCE[scheme]} strokeWidth={2} strokeDasharray="6 4" />
            <text x={px} y={area.y - 6} textAnchor="middle" fill="var(--text)" fontSize={12}>
              {side} fence {formatNumber(fence[side])}
            </text>
          </g>
        );
      })}
      {flagged.map((p) => {
        const cx = x(p.value);
        const cy = y(p.y);
        return cx === undefined || cy === undefined ? null : <circle key={p.id} cx={cx} cy={cy} r={7.5} fill="none" stroke={RING[scheme]} strokeWidth={2} />;
      })}
    </g>
  );
}

interface ChartProps {
  feature: Feature;
  groups: readonly Group[];
  lo: number;
  hi: number;
  onPick?: (id: number) => void;
}

/** The chart without anything that moves with the threshold, memoized so a slider step leaves it alone. */
const StripChart = memo(function StripChart({ feature, groups, lo, hi, onPick }: ChartProps) {
  const unit = FEATURE_UNITS[feature];
  const domain = useMemo(() => [lo, hi], [lo, hi]);
  const ticks = useMemo(() => niceTicks(lo, hi, 6), [lo, hi]);
  const labels = useMemo(() => groups.map((g) => g.label), [groups]);
  const yTicks = useMemo(() => labels.map((_, i) => i), [labels]);
  const yDomain = useMemo(() => [-0.5, labels.length - 0.5], [labels]);
  // Two invisible corner points give recharts data to lay the category axis out with (the dots are our own layer).
  const anchors = useMemo(() => [{ value: lo, y: -0.5 }, { value: hi, y: labels.length - 0.5 }], [lo, hi, labels]);
  const yTick = useCallback((i: number) => labels[i] ?? '', [labels]);
  const xLabel = useMemo(() => ({ value: `${feature} (${unit})`, position: 'insideBottom' as const, offset: -14, fill: 'var(--text)' }), [feature, unit]);
  const layers = useMemo(() => groups.map((g) => g.layer), [groups]);
  return (
    <ResponsiveContainer width="100%" height={stripHeight(groups.length)}>
      <ScatterChart margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" dataKey="value" name={feature} domain={domain} ticks={ticks} allowDataOverflow padding={X_PADDING} stroke="var(--muted)" tickFormatter={tickNumber} label={xLabel} />
        <YAxis type="number" dataKey="y" domain={yDomain} ticks={yTicks} tickFormatter={yTick} reversed stroke="var(--muted)" width={84} />
        <Scatter data={anchors} shape={noMarker} legendType="none" isAnimationActive={false} />
        <SpeciesPointLayer groups={layers} xLabel={feature} onPick={onPick} />
        <FenceOverlay />
      </ScatterChart>
    </ResponsiveContainer>
  );
});

/** The strip plot's picture: a stable chart, plus the moving fences and rings handed down by context. */
function StripBody({ feature, groups, flaggedPoints, fence, scheme, onPick }: { feature: Feature; groups: readonly Group[]; flaggedPoints: readonly StripPoint[]; fence: OutlierBounds; scheme: 'light' | 'dark'; onPick?: (id: number) => void }) {
  // The axis holds the data and both fences on round steps: while the fences move inside it, no point has to move.
  const [lo, hi] = useMemo(() => {
    const values = groups.flatMap((g) => g.points.map((p) => p.value));
    return niceDomain(Math.min(fence.lower, ...values), Math.max(fence.upper, ...values));
  }, [groups, fence]);
  const overlay = useMemo(() => ({ fence, flagged: flaggedPoints, scheme }), [fence, flaggedPoints, scheme]);
  return (
    <OverlayContext.Provider value={overlay}>
      <StripChart feature={feature} groups={groups} lo={lo} hi={hi} onPick={onPick} />
    </OverlayContext.Provider>
  );
}

/** Every penguin as a dot along one measurement, one row per species, with the outlier fences and the flagged points ringed. */
export const ExploreStripPlot = memo(function ExploreStripPlot({ rows, viewLabel, bounds, flagged, onPick }: Props) {
  const id = useId();
  const scheme = useColorScheme();
  const [chosen, setChosen] = useChartChoice<Feature>('strip', FEATURES, 'body_mass_g');
  const feature = useDeferredValue(chosen);
  const groups = useMemo(() => speciesGroups(rows).filter((g) => rows.some((r) => r.species === g)), [rows]);
  // Species points do not depend on the outlier rule: a threshold change moves only the fences and the rings.
  const points = useMemo(() => stripPoints(rows, feature, NO_FLAGS, groups), [rows, feature, groups]);
  const byGroup = useMemo(() => groups.map((g) => ({ label: g, style: speciesStyle(g, scheme), points: points.filter((p) => p.species === g) })).map((g) => ({ ...g, layer: { label: g.label, style: g.style, points: g.points.map((p) => ({ id: p.id, species: p.species, x: p.value, y: p.y })) } })), [groups, points, scheme]);
  // Built from the rows, not the (possibly downsampled) points, so every flagged penguin gets its ring; the seeded jitter puts it on its dot.
  const flaggedPoints = useMemo(() => stripPoints(rows.filter((r) => flagged.has(r.id)), feature, flagged, groups), [rows, feature, flagged, groups]);
  const fence = bounds[feature];
  const unit = FEATURE_UNITS[feature];
  const outside = points.filter((p) => p.value < fence.lower || p.value > fence.upper).length;
  const tableRows = useCallback(
    () => [...points].sort((a, b) => a.value - b.value || a.id - b.id).map((p) => ({ key: String(p.id), cells: [String(p.id), p.species, formatNumber(p.value), p.value < fence.lower || p.value > fence.upper ? 'yes' : 'no', flagged.has(p.id) ? 'yes' : 'no'] })),
    [points, fence, flagged],
  );
  const description = `Strip plot of ${feature} in ${unit} by species, ${points.length} penguins. Outlier fences (${ruleLabel(fence)}) at ${formatNumber(fence.lower)} and ${formatNumber(fence.upper)} ${unit}; ${outside} point${outside === 1 ? '' : 's'} outside them; ${flaggedPoints.length} flagged point${flaggedPoints.length === 1 ? '' : 's'} ringed.`;
  return (
    <section className="chart-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Strip plot: every penguin, and the outlier fences</h3>
      <div className="chart-controls">
        <FeatureSelect id={`${id}-feature`} label="Measurement" value={chosen} onChange={setChosen} />
      </div>
      <figure className="chart-figure">
        <div role="img" aria-label={description} className="chart-canvas">
          <RenderWhenVisible minHeight={`${stripHeight(byGroup.length)}px`}>
            <StripBody feature={feature} groups={byGroup} flaggedPoints={flaggedPoints} fence={fence} scheme={scheme} onPick={onPick} />
          </RenderWhenVisible>
        </div>
        <figcaption>
          <SpeciesLegend label="Species and markers" entries={[...byGroup, { label: 'ringed: flagged by the outlier rule (in any measurement)', style: speciesStyle('', scheme), ring: RING[scheme] }]} />
          <p className="chart-note">
            Dashed lines: the {ruleLabel(fence)} fences for {feature}, from {formatNumber(fence.lower)} to {formatNumber(fence.upper)} {unit}. {outside} of the {points.length.toLocaleString('en-US')}{' '}
            points ({viewLabel}) {outside === 1 ? 'lies' : 'lie'} outside them. Dots are spread up and down a little so they do not hide each other; that spread means nothing.
          </p>
        </figcaption>
      </figure>
      <ChartTableTwin caption={`Every value of ${feature} (${unit}), smallest first`} columns={['row', 'species', `${feature} (${unit})`, 'outside these fences', 'flagged (any measurement)']} rows={tableRows} numeric={[2]} />
    </section>
  );
});
