import { useLayoutEffect, useRef, useState } from 'react';

/** A chart container's measured width and type size, both in CSS px. */
export interface ChartBox {
  width: number;
  font: number;
}

/** Width to draw at before (or without) a measurement, e.g. in jsdom, which lays nothing out. */
const FALLBACK: ChartBox = { width: 600, font: 12 };

/**
 * Measures the element the returned ref is put on: its content width, and its font size (the charts' type follows
 * `--chart-font`, which presenter mode enlarges). It re-measures when the box resizes and when presenter mode
 * toggles, because a larger type needs larger margins for the tick labels to stay inside the chart.
 */
export function useChartBox<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [box, setBox] = useState<ChartBox>(FALLBACK);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const width = Math.floor(element.clientWidth);
      const font = Number.parseFloat(getComputedStyle(element).fontSize);
      const next = { width: width > 0 ? width : FALLBACK.width, font: font > 0 ? font : FALLBACK.font };
      setBox((prev) => (prev.width === next.width && prev.font === next.font ? prev : next));
    };
    measure();
    const resize = new ResizeObserver(measure);
    resize.observe(element);
    const presenter = new MutationObserver(measure);
    presenter.observe(document.documentElement, { attributes: true, attributeFilter: ['data-presenter', 'style', 'class'] });
    return () => {
      resize.disconnect();
      presenter.disconnect();
    };
  }, []);
  return [ref, box] as const;
}
