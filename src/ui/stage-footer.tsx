import { createContext, memo, useContext } from 'react';
import type { ReactNode } from 'react';
import { RenderWhenVisible } from './render-when-visible';

/**
 * What the app shows at the end of every stage page, before previous/next (e.g. the stage's short quiz).
 * The app layer provides it, so ui/ and the stage features never import the quiz feature.
 */
export const StageFooterContext = createContext<((stageId: string) => ReactNode) | null>(null);

/**
 * Renders the app-provided footer for a stage, or nothing; memoized so a busy page (live training) does not re-render
 * it. It sits below the page's own part (at least a screen tall), so it renders when scrolled near or when the
 * browser is idle: a commit of its own, not a part of the stage's first, largest one (issue #17's TBT).
 */
export const StageFooter = memo(function StageFooter({ stageId }: { stageId: string }) {
  const render = useContext(StageFooterContext);
  return render ? <RenderWhenVisible minHeight="12rem">{render(stageId)}</RenderWhenVisible> : null;
});
