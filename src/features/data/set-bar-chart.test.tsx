import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HistogramRow } from '../../core/data/prepare-views';
import { SetBarChart } from './set-bar-chart';

const row = (start: number, train: number, validation: number, test: number): HistogramRow => ({
  start,
  end: start + 100,
  label: `${start}–${start + 100}`,
  count: { train, validation, test },
  share: { train, validation, test },
});

describe('SetBarChart', () => {
  it('draws one bar per set and bin, as tall as its share, with the bin edges on the x axis', () => {
    const rows = [row(3000, 10, 20, 40), row(3100, 50, 0, 20)];
    const { container } = render(<SetBarChart rows={rows} digits={0} axisLabel="g" prefix="p" height={220} />);
    const bars = [...container.querySelectorAll('rect[class^="bar-"]')];
    expect(bars).toHaveLength(6);
    const height = (i: number) => Number(bars[i]?.getAttribute('height'));
    expect(height(2)).toBeCloseTo(4 * height(0), 5); // test 40% vs train 10% in the first bin
    expect(height(4)).toBe(0);
    expect(bars[0]?.getAttribute('fill')).toBe('url(#p-train)');
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
    // The frame draws the x labels before the y labels; the order of text nodes means nothing to a reader.
    expect([...texts].sort()).toEqual(['0%', '20%', '40%', '60%', '3,000', '3,100', '3,200', 'g'].sort());
  });

  it('drops edge labels that would touch on a narrow chart', () => {
    const rows = Array.from({ length: 40 }, (_, i) => row(3000 + 100 * i, 1, 1, 1));
    const { container } = render(<SetBarChart rows={rows} digits={0} axisLabel="g" prefix="p" height={220} />);
    const edges = [...container.querySelectorAll('text')].filter((t) => /^\d,\d{3}$/.test(t.textContent ?? ''));
    expect(edges.length).toBeGreaterThan(2);
    expect(edges.length).toBeLessThan(41);
  });
});
