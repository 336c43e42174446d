import { formatNumber } from '../../core/data/explore-views';

/** The fields a chart point may carry, shown in its tooltip. */
interface TooltipPoint {
  id: number;
  species: string;
  [key: string]: unknown;
}

/** A tooltip for one penguin: its row number, species and the plotted values (mouse users; the table twin serves everyone). */
export function PointTooltip({ active, payload, fields }: { active?: boolean; payload?: readonly { payload?: unknown }[]; fields: readonly { key: string; label: string }[] }) {
  const point = payload?.[0]?.payload as TooltipPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <strong>
        Row {point.id} · {point.species}
      </strong>
      {fields.map((f) => (
        <div key={f.key}>
          {f.label}: {formatNumber(Number(point[f.key]))}
        </div>
      ))}
    </div>
  );
}
