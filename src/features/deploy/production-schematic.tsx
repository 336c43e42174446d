import type { KeyboardEvent } from 'react';
import { PRODUCTION_PARTS } from '../../content/production';
import type { ProductionPart } from '../../content/production';

interface Box {
  part: ProductionPart;
  x: number;
  y: number;
  w: number;
  h: number;
}

const BOXES: Box[] = [
  { part: 'users', x: 10, y: 130, w: 110, h: 80 },
  { part: 'application', x: 210, y: 130, w: 140, h: 80 },
  { part: 'endpoint', x: 470, y: 130, w: 190, h: 80 },
  { part: 'model', x: 790, y: 130, w: 180, h: 80 },
  { part: 'monitoring', x: 470, y: 262, w: 190, h: 60 },
];

/** Arrows: forward (data in) above the middle, backward (predictions out) below it. */
const ARROWS: { from: number; to: number; y: number; label: string; back: boolean }[] = [
  { from: 120, to: 210, y: 155, label: 'data', back: false },
  { from: 350, to: 470, y: 155, label: 'HTTP request', back: false },
  { from: 660, to: 790, y: 155, label: 'scaled input', back: false },
  { from: 790, to: 660, y: 190, label: 'probabilities', back: true },
  { from: 470, to: 350, y: 190, label: 'HTTP response', back: true },
  { from: 210, to: 120, y: 190, label: 'prediction', back: true },
];

/**
 * The production environment: users → application → endpoint → model inside the cloud, with
 * monitoring at the endpoint. Every box is a button that explains itself; `current` highlights
 * the step of a request walk-through.
 */
export function ProductionSchematic({ selected, current, onSelect }: { selected: ProductionPart | null; current: ProductionPart | null; onSelect: (p: ProductionPart) => void }) {
  const keyed = (p: ProductionPart) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(p);
    }
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG diagram cannot be a fieldset; role=group names it
    <svg className="schematic" viewBox="0 0 985 340" role="group" aria-label="The production environment: users, application, and, in the cloud, the endpoint, the model and monitoring">
      <defs>
        <marker id="schematic-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0 0 L10 5 L0 10 z" fill="currentColor" />
        </marker>
      </defs>
      {/* biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; the group gets the button role, focus and keys */}
      <g
        className={`schematic-cloud${selected === 'cloud' ? ' selected' : ''}`}
        role="button"
        tabIndex={0}
        aria-pressed={selected === 'cloud'}
        aria-label="The cloud: explain"
        onClick={() => onSelect('cloud')}
        onKeyDown={keyed('cloud')}
      >
        <rect x="415" y="20" width="565" height="315" rx="18" />
        <text x="435" y="48" className="schematic-cloud-label">
          The cloud (production environment)
        </text>
      </g>
      {ARROWS.map((a) => (
        <g key={a.label} className={a.back ? 'schematic-arrow back' : 'schematic-arrow'}>
          <line x1={a.from} y1={a.y} x2={a.to} y2={a.y} markerEnd="url(#schematic-arrow)" />
          <text x={(a.from + a.to) / 2} y={a.back ? a.y + 18 : a.y - 8} textAnchor="middle">
            {a.label}
          </text>
        </g>
      ))}
      <line className="schematic-monitor-link" x1="565" y1="210" x2="565" y2="262" />
      {BOXES.map((b) => {
        const info = PRODUCTION_PARTS[b.part];
        const cls = `schematic-box part-${b.part}${selected === b.part ? ' selected' : ''}${current === b.part ? ' current' : ''}`;
        return (
          // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; the group gets the button role, focus and keys
          <g key={b.part} className={cls} role="button" tabIndex={0} aria-pressed={selected === b.part} aria-label={`${info.title}: explain`} onClick={() => onSelect(b.part)} onKeyDown={keyed(b.part)}>
            <rect x={b.x} y={b.y} width={b.w} height={b.h} rx="10" />
            <text x={b.x + b.w / 2} y={b.y + b.h / 2 + 6} textAnchor="middle">
              {info.title}
            </text>
            {current === b.part && <circle className="schematic-pulse" cx={b.x + b.w - 14} cy={b.y + 14} r="7" />}
          </g>
        );
      })}
    </svg>
  );
}
