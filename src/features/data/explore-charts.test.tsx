import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import penguins from 'vega-datasets/data/penguins.json';
import { describe, expect, it, vi } from 'vitest';
import { outlierBounds } from '../../core/data/outliers';
import { FEATURES, fromVegaRecord } from '../../core/data/penguins';
import type { Feature, VegaPenguinRecord } from '../../core/data/penguins';
import type { OutlierBounds } from '../../core/data/outliers';
import type { DataRow } from '../../core/data/rows';
import { ExploreHistogram } from './explore-histogram';
import { ExploreScatter } from './explore-scatter';
import { ExploreStripPlot } from './explore-strip-plot';

const rows: DataRow[] = (penguins as VegaPenguinRecord[]).map((r, i) => ({ id: i + 1, ...fromVegaRecord(r) }));

/** The first marker's centre in the first species path (a circle path starts at its left edge, 4.5 px from the centre). */
function firstDot(container: HTMLElement) {
  const d = container.querySelector('.species-points path')?.getAttribute('d') ?? '';
  const m = /^M(-?[\d.]+) (-?[\d.]+)/.exec(d);
  return { x: Number(m?.[1]) + 4.5, y: Number(m?.[2]) };
}

/** Pointer coordinates that land on (px, py) of the SVG: jsdom puts every box at 0, so the cover's own offset is subtracted. */
function at(container: HTMLElement, px: number, py: number) {
  const cover = container.querySelector('.species-points rect') as SVGRectElement;
  return { target: cover, clientX: px - Number(cover.getAttribute('x')), clientY: py - Number(cover.getAttribute('y')) };
}

describe('explore charts', () => {
  it('strip plot: one path per species, a callout naming the hovered dot, and a click picks its row', () => {
    const onPick = vi.fn();
    const bounds = Object.fromEntries(FEATURES.map((f) => [f, outlierBounds(rows.flatMap((r) => (r[f] === null ? [] : [r[f]])), 'iqr', 1.5)])) as Record<Feature, OutlierBounds>;
    const { container } = render(
      <MemoryRouter>
        <ExploreStripPlot rows={rows} viewLabel="after cleaning" bounds={bounds} flagged={new Set()} onPick={onPick} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('img', { name: /^Strip plot of body_mass_g in g by species, 342 penguins/ })).toBeInTheDocument();
    expect(container.querySelectorAll('.species-points path')).toHaveLength(3);
    expect(within(container.querySelector('.strip-fences') as HTMLElement).getByText(/^lower fence /)).toBeInTheDocument();
    const dot = firstDot(container);
    const { target, clientX, clientY } = at(container, dot.x, dot.y);
    fireEvent.mouseMove(target, { clientX, clientY });
    expect(container.querySelector('.point-callout')).toHaveTextContent(/^Row \d+ · Adelie/);
    fireEvent.click(target, { clientX, clientY });
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(rows.some((r) => r.id === onPick.mock.calls[0]?.[0])).toBe(true);
    fireEvent.mouseLeave(target);
    expect(container.querySelector('.point-callout')).toBeNull();
  });

  it('scatter plot: both axis titles and a dot per drawn penguin', () => {
    const { container } = render(
      <MemoryRouter>
        <ExploreScatter rows={rows} viewLabel="after cleaning" />
      </MemoryRouter>,
    );
    const texts = [...container.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['bill_length_mm (mm)', 'bill_depth_mm (mm)']));
    const marks = [...container.querySelectorAll('.species-points path')].reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0);
    expect(marks).toBe(342);
  });

  it('histogram: overlaid outlines with a bin callout on hover, or one panel per species', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <MemoryRouter>
        <ExploreHistogram rows={rows} viewLabel="after cleaning" />
      </MemoryRouter>,
    );
    expect(container.querySelectorAll('.histogram-steps path[stroke-dasharray]')).toHaveLength(2);
    const cover = container.querySelector('.histogram-hover > rect') as SVGRectElement;
    fireEvent.mouseMove(cover, { clientX: 1 });
    expect(container.querySelector('.chart-callout')).toHaveTextContent(/–.* gAdelie: \d+Chinstrap: \d+Gentoo: \d+/);
    await user.click(screen.getByRole('radio', { name: 'One panel each' }));
    expect(container.querySelectorAll('.facet')).toHaveLength(3);
    expect(container.querySelectorAll('.facet svg')).toHaveLength(6);
    expect(screen.getByRole('img', { name: /in separate panels/ })).toBeInTheDocument();
  });
});
