import { memo, useCallback, useDeferredValue, useId, useMemo } from 'react';
import { formatNumber, niceDomain, niceTicks, ruleLabel, speciesGroups, stripPoints } from '../../core/data/explore-views';
import type { StripPoint } from '../../core/data/explore-views';
import type { OutlierBounds } from '../../core/data/outliers';
import { FEATURE_UNITS, FEATURES } from '../../core/data/penguins';
import type { Feature } from '../../core/data/penguins';
import type { DataRow } from '../../core/data/rows';
import { ChartTableTwin } from '../../ui/chart-table-twin';
import { RenderWhenVisible } from '../../ui/render-when-visible';
import { SvgChartFrame } from '../../ui/svg-chart-frame';
import type { BandAxis, LinearAxis } from '../../ui/svg-chart-frame';
import { FeatureSelect } from './feature-select';
import { SpeciesLegend } from './species-legend';
import { SpeciesPointLayer } from './species-point-layer';
import type { LayerGroup } from './species-point-layer';
import { speciesStyle } from './species-style';
import type { SpeciesStyle } from './species-style';
import { StripFences } from './strip-fences';
import { useChartChoice } from './use-chart-choice';
import { useColorScheme } from './use-color-scheme';

const RING = { light: '#1a1f2b', dark: '#e8ecf2' } as const;
/** Px kept free at both ends of the value axis, so the extreme dots and their rings are not cut by it. */
const X_INSET = 14;
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

/** The strip plot's height in px: axes plus one lane per species. */
const stripHeight = (lanes: number) => 70 + 64 * Math.max(1, lanes);

interface BodyProps {
  feature: Feature;
  groups: readonly Group[];
  flaggedPoints: readonly StripPoint[];
  fence: OutlierBounds;
  scheme: 'light' | 'dark';
  onPick?: (id: number) => void;
}

/**
 * The strip plot's picture: a frame with one lane per species, the dots, and the fences with the flagged points ringed.
 * A threshold step re-renders the frame's few axis elements and the fences; the dots' layer keeps its props and is skipped.
 */
const StripBody = memo(function StripBody({ feature, groups, flaggedPoints, fence, scheme, onPick }: BodyProps) {
  // The axis holds the data and both fences on round steps: while the fences move inside it, no point has to move.
  const [lo, hi] = useMemo(() => {
    const values = groups.flatMap((g) => g.points.map((p) => p.value));
    return niceDomain(Math.min(fence.lower, ...values), Math.max(fence.upper, ...values));
  }, [groups, fence]);
  const xAxis = useMemo<LinearAxis>(
    () => ({ kind: 'linear', domain: [lo, hi], ticks: niceTicks(lo, hi, 6), tickLabel: tickNumber, title: `${feature} (${FEATURE_UNITS[feature]})`, inset: X_INSET }),
    [lo, hi, feature],
  );
  const yAxis = useMemo<BandAxis>(() => ({ kind: 'band', categories: groups.map((g) => g.label) }), [groups]);
  const layers = useMemo(() => groups.map((g) => g.layer), [groups]);
  return (
    // Headroom for the fence labels above the plot.
    <SvgChartFrame height={stripHeight(groups.length)} x={xAxis} y={yAxis} headroom={1.2}>
      {/* Under the dots, so the hovered dot's callout is drawn over the fence lines. */}
      <StripFences fence={fence} flagged={flaggedPoints} scheme={scheme} ring={RING[scheme]} />
      <SpeciesPointLayer groups={layers} xLabel={feature} onPick={onPick} />
    </SvgChartFrame>
  );
});

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
