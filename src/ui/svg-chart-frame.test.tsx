import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SvgChartFrame, textEms, useChartFrame } from './svg-chart-frame';
import type { AxisSpec } from './svg-chart-frame';

const xAxis: AxisSpec = { kind: 'linear', domain: [0, 10], ticks: [0, 5, 10], tickLabel: (v) => `x${v}`, title: 'Length (mm)' };
const yAxis: AxisSpec = { kind: 'linear', domain: [0, 100], ticks: [0, 50, 100], tickLabel: (v) => `${v}%`, title: 'Share' };
const bands: AxisSpec = { kind: 'band', categories: ['Adelie', 'Chinstrap', 'Gentoo'] };

/** Draws a dot at each given data point, so a test can read where the frame's scales put it. */
function Dots({ points }: { points: readonly [number, number][] }) {
  const { x, y } = useChartFrame();
  return points.map(([px, py]) => <circle key={`${px},${py}`} className="dot" cx={x(px)} cy={y(py)} r={2} />);
}

const centres = (container: HTMLElement) => [...container.querySelectorAll('.dot')].map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
const texts = (container: HTMLElement) => [...container.querySelectorAll('text')].map((t) => t.textContent);

describe('SvgChartFrame', () => {
  it('draws tick labels and axis titles, hidden from assistive technology, and hands its scales to the layers', () => {
    const { container } = render(
      <SvgChartFrame height={200} x={xAxis} y={yAxis}>
        <Dots points={[[0, 0], [10, 100]]} />
      </SvgChartFrame>,
    );
    expect(texts(container)).toEqual(expect.arrayContaining(['x0', 'x5', 'x10', '0%', '50%', '100%', 'Length (mm)', 'Share']));
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    const [low, high] = centres(container);
    // Numbers grow rightward and upward, and both ends stay inside the drawing.
    expect(high?.[0]).toBeGreaterThan(low?.[0] ?? 0);
    expect(high?.[1]).toBeLessThan(low?.[1] ?? 0);
    expect(low?.[1]).toBeLessThan(200);
    expect(container.querySelectorAll('.chart-frame-grid line')).toHaveLength(6);
  });

  it('lays categories out top to bottom on a band axis, each position in the middle of its band', () => {
    const { container } = render(
      <SvgChartFrame height={230} x={xAxis} y={bands}>
        <Dots points={[[5, 0], [5, 1], [5, 2]]} />
      </SvgChartFrame>,
    );
    const ys = centres(container).map(([, cy]) => cy as number);
    expect(ys[0]).toBeLessThan(ys[1] as number);
    expect((ys[1] as number) - (ys[0] as number)).toBeCloseTo((ys[2] as number) - (ys[1] as number), 5);
    expect(texts(container)).toEqual(expect.arrayContaining(['Adelie', 'Chinstrap', 'Gentoo']));
    // No grid between bands unless asked for; the x ticks keep theirs.
    expect(container.querySelectorAll('.chart-frame-grid line')).toHaveLength(3);
  });

  it('keeps an inset free at both ends of an axis and then centres the end labels on their ticks', () => {
    const inset: AxisSpec = { ...xAxis, kind: 'linear', inset: 10 };
    const { container } = render(
      <SvgChartFrame height={200} x={inset} y={yAxis}>
        <Dots points={[[0, 0]]} />
      </SvgChartFrame>,
    );
    const axisLeft = Number(container.querySelector('.chart-frame-axis line')?.getAttribute('x1'));
    expect(centres(container)[0]?.[0]).toBeCloseTo(axisLeft + 10, 5);
    const label = [...container.querySelectorAll('text')].find((t) => t.textContent === 'x0');
    expect(label).toHaveAttribute('text-anchor', 'middle');
  });

  it('labels only every few ticks when the labels would touch (600 px wide in jsdom)', () => {
    const ticks = Array.from({ length: 41 }, (_, i) => i * 250);
    const crowded: AxisSpec = { kind: 'linear', domain: [0, 10_000], ticks, tickLabel: (v) => `${v.toLocaleString('en-US')} g` };
    const { container } = render(<SvgChartFrame height={200} x={crowded} y={yAxis} />);
    const shown = texts(container).filter((t) => t?.endsWith(' g'));
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.length).toBeLessThan(ticks.length);
    expect(shown[0]).toBe('0 g');
    expect(container.querySelectorAll('.chart-frame-grid line').length).toBe(ticks.length + 3);
  });

  it('refuses a layer outside a frame', () => {
    expect(() => render(<Dots points={[[0, 0]]} />)).toThrow(/inside an SvgChartFrame/);
  });
});

describe('textEms', () => {
  it('leaves more room for digits and "%" than for letters', () => {
    expect(textEms('100%')).toBeGreaterThan(textEms('abcd'));
    expect(textEms('')).toBe(0);
  });
});
