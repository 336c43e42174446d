import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { linePath, SvgLineChart } from './svg-line-chart';

const identity = (v: number) => v;
const rows = [
  { epoch: 1, loss: 1 },
  { epoch: 2, loss: null },
  { epoch: 3, loss: 0.5 },
  { epoch: 4, loss: Number.NaN },
  { epoch: 5, loss: 0.25 },
];

describe('linePath', () => {
  it('breaks the line at a gap unless told to bridge it', () => {
    expect(linePath(rows, 'epoch', 'loss', identity, identity, false)).toBe('M1.0 1.0M3.0 0.5M5.0 0.3');
    expect(linePath(rows, 'epoch', 'loss', identity, identity, true)).toBe('M1.0 1.0L3.0 0.5L5.0 0.3');
  });

  it('draws nothing for a series with no finite value, and skips rows without an x', () => {
    expect(linePath([{ epoch: 1, loss: null }], 'epoch', 'loss', identity, identity, true)).toBe('');
    expect(linePath([{ loss: 1 }, { epoch: 2, loss: 2 }], 'epoch', 'loss', identity, identity, true)).toBe('M2.0 2.0');
  });
});

function chart(extra: Partial<Parameters<typeof SvgLineChart>[0]> = {}) {
  return render(
    <SvgLineChart
      rows={rows}
      xKey="epoch"
      series={[{ key: 'loss', color: 'red', dash: '4 2' }]}
      connectNulls
      height={200}
      xDomain={[1, 5]}
      xTicks={[1, 3, 5]}
      xTickLabel={(v) => `e${v}`}
      xTitle="Epoch"
      yDomain={[0, 1]}
      yTicks={[0, 0.5, 1]}
      yTickLabel={(v) => `${v * 100}%`}
      yTitle="Loss"
      {...extra}
    />,
  );
}

describe('SvgLineChart', () => {
  it('draws the ticks and titles it is given, one path per series in its dash, hidden from assistive technology', () => {
    const { container } = chart();
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['0%', '50%', '100%', 'e1', 'e3', 'e5', 'Epoch', 'Loss']));
    const paths = container.querySelectorAll('.line-chart-lines path');
    expect(paths).toHaveLength(1);
    expect(paths[0]).toHaveAttribute('stroke-dasharray', '4 2');
    expect(paths[0]?.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('maps the domain onto the plot: the lowest value sits lower (a larger y) than the highest', () => {
    const { container } = chart();
    const d = container.querySelector('.line-chart-lines path')?.getAttribute('d') ?? '';
    const ys = [...d.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => Number(m[2]));
    const xs = [...d.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys[0]).toBeLessThan(ys[2] as number);
    expect(xs[0]).toBeLessThan(xs[2] as number);
  });

  it('keeps its labels off the edges: the first x label starts at its tick, the last ends at it', () => {
    const { container } = chart();
    const label = (text: string) => [...container.querySelectorAll('text')].find((t) => t.textContent === text);
    expect(label('e1')).toHaveAttribute('text-anchor', 'start');
    expect(label('e3')).toHaveAttribute('text-anchor', 'middle');
    expect(label('e5')).toHaveAttribute('text-anchor', 'end');
  });

  it('draws markers inside the domain only, with their label', () => {
    const { container } = chart({ markers: [{ x: 3, label: 'best epoch' }, { x: 9, label: 'outside' }] });
    const marks = container.querySelectorAll('.line-chart-marker');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveTextContent('best epoch');
  });

  it('shows a hover box for the nearest row only when given hover lines', () => {
    const { container } = chart({ hoverLines: (r) => [`Epoch ${r.epoch}`, `loss ${r.loss}`] });
    const overlay = container.querySelector('rect');
    expect(overlay).not.toBeNull();
    fireEvent.mouseMove(overlay as Element, { clientX: 0 });
    expect(container.querySelector('.line-chart-hover')).toHaveTextContent('Epoch 1');
    fireEvent.mouseLeave(overlay as Element);
    expect(container.querySelector('.line-chart-hover')).toBeNull();
    const plain = chart();
    expect(plain.container.querySelector('rect')).toBeNull();
  });
});
