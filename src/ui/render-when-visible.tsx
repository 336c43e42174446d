import type { ReactNode } from 'react';
import { startTransition, useEffect, useRef, useState } from 'react';

interface Props {
  children: ReactNode;
  /** Height reserved until the children render (CSS length), so late content shifts nothing below it (CLS). */
  minHeight: string;
  /** How far outside the viewport rendering starts, as an IntersectionObserver rootMargin. */
  rootMargin?: string;
  /** Render anyway after this many ms of the browser being idle, so a learner who never scrolls still gets it. */
  idleTimeoutMs?: number;
}

/**
 * Renders its children only once their place comes near the viewport, or when the browser is idle, whichever is
 * first: a below-the-fold chart then stays out of the page's first render (one long task less at load). Until then
 * it holds an empty box of `minHeight`. Without IntersectionObserver (old browsers, jsdom) it renders at once.
 */
export function RenderWhenVisible({ children, minHeight, rootMargin = '200px', idleTimeoutMs = 4000 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(() => typeof IntersectionObserver === 'undefined');

  useEffect(() => {
    if (shown || !box.current) return;
    // A transition: React renders the late part in slices of a few milliseconds instead of one long task.
    const show = () => startTransition(() => setShown(true));
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) show();
    }, { rootMargin });
    observer.observe(box.current);
    const idle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(show, { timeout: idleTimeoutMs }) : undefined;
    const timer = idle === undefined ? setTimeout(show, idleTimeoutMs) : undefined;
    return () => {
      observer.disconnect();
      if (idle !== undefined) window.cancelIdleCallback(idle);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [shown, rootMargin, idleTimeoutMs]);

  return (
    <div ref={box} style={shown ? undefined : { minHeight }}>
      {shown ? children : null}
    </div>
  );
}
