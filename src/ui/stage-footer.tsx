import { createContext, memo, useContext } from 'react';
import type { ReactNode } from 'react';
import { useAfterFirstPaint } from './use-after-first-paint';

/**
 * What the app shows at the end of every stage page, before previous/next (e.g. the stage's short quiz).
 * The app layer provides it, so ui/ and the stage features never import the quiz feature.
 */
export const StageFooterContext = createContext<((stageId: string) => ReactNode) | null>(null);

/**
 * Renders the app-provided footer for a stage, or nothing; memoized so a busy page (live training) does not re-render
 * it. It sits below the first screen, so it waits until the page has first painted.
 */
export const StageFooter = memo(function StageFooter({ stageId }: { stageId: string }) {
  const render = useContext(StageFooterContext);
  const painted = useAfterFirstPaint();
  return render && painted ? render(stageId) : null;
});
