import { startTransition, useEffect, useState } from 'react';

/**
 * False until the frame after the component's first commit has painted (or 100 ms have passed, for a tab in the
 * background that gets no animation frames), then true. Parts that are not on the first screen (a stage's own lab,
 * its end-of-stage check, the navigation's progress marks) wait for it, so their code and render do not delay the
 * lesson text's first paint (LCP). The switch is a transition: React renders what it reveals in small slices.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const done = () => startTransition(() => setPainted(true));
    let timer = setTimeout(done, 100);
    const frame = requestAnimationFrame(() => {
      clearTimeout(timer);
      // A task after the animation frame runs once that frame has been painted.
      timer = setTimeout(done, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
