import { memo, useCallback, useDeferredValue, useId, useMemo, } from 'react';
import { formatNumber, niceDomain, niceTicks, scatterPoints, speciesGroups } from '../../core/data/explore-views';
import type { ScatterPoint } from '../../core/data/explore-views';
import { FEATURE_UNITS, FEATURES } from '../../core/data/penguins';
import type { Feature } from '../../core/data/penguins';
import type { DataRow } from '../../core/data/rows';
import { ChartTableTwin } from '../../ui/chart-table-twin';
import { RenderWhenVisible } from '../../ui/render-when-visible';
import { SvgChartFrame } from '../../ui/svg-chart-frame';
import type { LinearAxis } from '../../ui/svg-chart-frame';
import { FeatureSelect } from './feature-select';
import { SpeciesLegend } from './species-legend';
import { SpeciesPointLayer } from './species-point-layer';
import { speciesStyle } from './species-style';
import type { SpeciesStyle } from './species-style';
import { useChartChoice } from './use-chart-choice';
import { useColorScheme } from './use-color-scheme';

const HEIGHT = 340;
const axisLabel = (f: Feature) => `${f} (${FEATURE_UNITS[f]})`;

interface BodyProps {
  groups: readonly { label: string; style: SpeciesStyle; points: readonly ScatterPoint[] }[];
  x: Feature;
  y: Feature;
  onPick?: (id: number) => void;
}

/** The [min, max] of one coordinate over every group's points, widened to round steps. */
function domainOf(groups: BodyProps['groups'], key: 'x' | 'y'): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const g of groups) {
    for (const p of g.points) {
      lo = Math.min(lo, p[key]);
      hi = Math.max(hi, p[key]);
    }
  }
  return Number.isFinite(lo) ? niceDomain(lo, hi) : [0, 1];
}

const tickNumber = (v: number) => formatNumber(v, 1);

/** A numeric axis over one coordinate of the points, with room at both ends so edge points are not cut in half. */
function axisOf(groups: BodyProps['groups'], key: 'x' | 'y', feature: Feature): LinearAxis {
  const domain = domainOf(groups, key);
  return { kind: 'linear', domain, ticks: niceTicks(domain[0], domain[1], 5), tickLabel: tickNumber, title: axisLabel(feature), inset: 10 };
}

/** The frame (grid, axes) with the points drawn as one path per species; re-renders only when its points or axes change. */
const ScatterBody = memo(function ScatterBody({ groups, x, y, onPick }: BodyProps) {
  const xAxis = useMemo(() => axisOf(groups, 'x', x), [groups, x]);
  const yAxis = useMemo(() => axisOf(groups, 'y', y), [groups, y]);
  return (
    <SvgChartFrame height={HEIGHT} x={xAxis} y={yAxis}>
      <SpeciesPointLayer groups={groups} xLabel={x} yLabel={y} onPick={onPick} />
    </SvgChartFrame>
  );
});

/** One measurement against another, each penguin a point whose color and shape name its species. */
export const ExploreScatter = memo(function ExploreScatter({ rows, viewLabel, onPick }: { rows: readonly DataRow[]; viewLabel: string; onPick?: (id: number) => void }) {
  const id = useId();
  const scheme = useColorScheme();
  const [x, setX] = useChartChoice<Feature>('scatter_x', FEATURES, 'bill_length_mm');
  const [y, setY] = useChartChoice<Feature>('scatter_y', FEATURES, 'bill_depth_mm');
  const axes = useDeferredValue(useMemo(() => ({ x, y }), [x, y]));
  const groups = useMemo(() => speciesGroups(rows).filter((g) => rows.some((r) => r.species === g)), [rows]);
  const { points, skipped } = useMemo(() => scatterPoints(rows, axes.x, axes.y), [rows, axes]);
  const byGroup = useMemo(() => groups.map((g) => ({ label: g, style: speciesStyle(g, scheme), points: points.filter((p) => p.species === g) })), [groups, points, scheme]);
  const tableRows = useCallback(
    () => [...points].sort((a, b) => a.id - b.id).map((p) => ({ key: String(p.id), cells: [String(p.id), p.species, formatNumber(p.x), formatNumber(p.y)] })),
    [points],
  );
  const description = `Scatter plot of ${axisLabel(axes.y)} against ${axisLabel(axes.x)}, ${points.length} penguins; ${byGroup.map((g) => `${g.label} as ${g.style.shape}s`).join(', ')}.`;
  return (
    <section className="chart-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Scatter plot: one measurement against another</h3>
      <div className="chart-controls">
        <FeatureSelect id={`${id}-x`} label="Horizontal axis (x)" value={x} onChange={setX} />
        <FeatureSelect id={`${id}-y`} label="Vertical axis (y)" value={y} onChange={setY} />
      </div>
      <figure className="chart-figure">
        <div role="img" aria-label={description} className="chart-canvas">
          <RenderWhenVisible minHeight={`${HEIGHT}px`}>
            <ScatterBody groups={byGroup} x={axes.x} y={axes.y} onPick={onPick} />
          </RenderWhenVisible>
        </div>
        <figcaption>
          <SpeciesLegend label="Species" entries={byGroup} />
          <p className="chart-note">
            {points.length.toLocaleString('en-US')} penguins ({viewLabel}).
            {skipped > 0 && ` ${skipped} row${skipped === 1 ? ' is' : 's are'} not drawn because ${axes.x === axes.y ? 'the value is' : 'one of the two values is'} missing.`} A point far from its
            species' cloud is worth a second look.
          </p>
        </figcaption>
      </figure>
      <ChartTableTwin caption={`Every point: ${axes.x} and ${axes.y}, by row`} columns={['row', 'species', axisLabel(axes.x), axisLabel(axes.y)]} rows={tableRows} numeric={[2, 3]} />
    </section>
  );
});
