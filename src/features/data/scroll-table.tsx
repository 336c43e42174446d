import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/**
 * A table wrapper that scrolls sideways on narrow screens. While it overflows, it is a named,
 * focusable region so keyboard users can scroll it (WCAG 2.1.1); otherwise it adds no tab stop.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    // No check() here: reading scrollWidth in an effect forces a layout of the page React just changed, inside the
    // render's task (55 ms of a 133 ms task on Prepare at 4× slowdown). The observer's first report comes after the
    // browser's own layout, where the read is free.
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  // Named and focusable only while it overflows: a region nobody needs to scroll would be noise.
  const scrollable = overflows ? { tabIndex: 0, role: 'region', 'aria-label': `${label} (scrolls sideways)` } : {};
  return (
    <div ref={ref} className="table-scroll" {...scrollable}>
      {children}
    </div>
  );
}
