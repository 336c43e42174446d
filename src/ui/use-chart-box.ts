import { startTransition, useLayoutEffect, useRef, useState } from 'react';

/** A chart container's measured width and type size, both in CSS px; `measured` is false until the browser laid it out. */
export interface ChartBox {
  width: number;
  font: number;
  measured: boolean;
}

/** Width to draw at before (or without) a measurement, e.g. in jsdom, which lays nothing out. */
const FALLBACK: ChartBox = { width: 600, font: 12, measured: false };

/**
 * Measures the element the returned ref is put on: its content width, and its font size (the charts' type follows
 * `--chart-font`, which presenter mode enlarges). It re-measures when the box resizes and when presenter mode
 * toggles, because a larger type needs larger margins for the tick labels to stay inside the chart.
 *
 * Why the first measurement waits for the ResizeObserver instead of a layout effect: reading the width in a layout
 * effect forces a layout of the page React has just changed, and the state it sets re-renders the chart
 * synchronously, all in the commit's task (on the first Train click: one task of 50–90 ms). The observer reports
 * after the browser's own layout, and the re-render is a transition, so each part is its own short task. The caller
 * hides the chart until `measured`, so the fallback width is never seen.
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
      const next: ChartBox = { width: width > 0 ? width : FALLBACK.width, font: font > 0 ? font : FALLBACK.font, measured: true };
      startTransition(() => setBox((prev) => (prev.width === next.width && prev.font === next.font && prev.measured ? prev : next)));
    };
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
