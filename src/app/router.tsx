import { lazy, Suspense, useEffect, useState } from 'react';
import type { ComponentType } from 'react';
import { createBrowserRouter, useLocation } from 'react-router';
import type { RouteObject } from 'react-router';
import { STAGES } from '../content/stages';
import { useAfterFirstPaint } from '../ui/use-after-first-paint';
import { hashTarget, Layout } from './layout';
import { LoadingShell } from './loading-shell';
import { NotFoundPage } from './not-found-page';

type PageModule = { default: ComponentType };

/** Route-level code splitting: each page is its own chunk, loaded when its route is visited. */
const pages: Record<string, () => Promise<PageModule>> = {
  '/': () => import('../features/overview/overview-page'),
  '/data/retrieve': () => import('../features/retrieve/retrieve-page'),
  '/data/explore': () => import('../features/data/explore-page'),
  '/data/prepare': () => import('../features/data/prepare-page'),
  '/model/train': () => import('../features/modeling/train-page'),
  '/model/tune': () => import('../features/modeling/tune-page'),
  '/model/evaluate': () => import('../features/modeling/evaluate-page'),
  '/deploy/inspect': () => import('../features/inspector/inspect-page'),
  '/deploy/endpoint': () => import('../features/deploy/deploy-page'),
  '/deploy/monitor': () => import('../features/operate/monitor-page'),
  '/deploy/update': () => import('../features/operate/update-page'),
  '/quiz': () => import('../features/quiz/quiz-page'),
  '/recap': () => import('../features/recap/recap-page'),
  '/cloud': () => import('../features/cloud/cloud-page'),
  '/glossary': () => import('../features/glossary/glossary-page'),
  '/instructor': () => import('../features/guide/instructor-page'),
};
const lessonPage = () => import('../features/lesson/lesson-page');

type Frame = typeof import('../ui/stage-page').StagePage;
// The lesson frame (header, lesson text, footer) is one small chunk shared by every stage page.
let loadedFrame: Frame | null = null;
/** Loads the stage frame's chunk; main awaits it on a stage route, so the very first paint already has the lesson. */
export const loadStageFrame = (): Promise<Frame> =>
  import('../ui/stage-page').then((m) => {
    loadedFrame = m.StagePage;
    return m.StagePage;
  });
const LazyFrame = lazy(() => loadStageFrame().then((StagePage) => ({ default: StagePage })));

function PartLoading() {
  return (
    <p role="status" className="part-loading">
      <span className="spinner" aria-hidden="true" /> Loading this step's lab…
    </p>
  );
}

/**
 * Once the stage's own part is on the page, brings the element the URL's #hash names into view (a deep link such as
 * /glossary#drift): the browser and the layout looked for it before the part existed. After a client-side
 * navigation the layout focused the h1 instead, so the focus moves on to the target too.
 */
function HashTarget() {
  const { hash } = useLocation();
  useEffect(() => {
    const target = hashTarget(hash);
    if (!target) return;
    target.scrollIntoView();
    if (document.activeElement?.matches('main h1')) target.focus();
  }, [hash]);
  return null;
}

/**
 * A stage route draws its frame first and its own part when that part's code has arrived: the lesson text (the
 * largest text on the first screen) then paints without waiting for the charts, tables and their libraries
 * (issue #17's LCP). The part is at least one screen tall, so the footer and pager that follow stay below the screen
 * while it loads its code and then its data, and never appear on screen only to jump away (CLS).
 */
function StageRoute({ path, Page }: { path: string; Page: ComponentType }) {
  // Keyed by path (a new page is a new mount). Chosen once per mount: switching from the lazy wrapper to the loaded component would remount the page.
  const [StagePage] = useState<Frame | typeof LazyFrame>(() => loadedFrame ?? LazyFrame);
  const partDue = useAfterFirstPaint();
  return (
    <Suspense fallback={<LoadingShell />}>
      <StagePage path={path}>
        <div className="stage-part">
          <Suspense fallback={<PartLoading />}>
            {partDue ? (
              <>
                <Page />
                <HashTarget />
              </>
            ) : (
              <PartLoading />
            )}
          </Suspense>
        </div>
      </StagePage>
    </Suspense>
  );
}

const children: RouteObject[] = STAGES.map((stage) => {
  const load = pages[stage.path] ?? lessonPage;
  if (stage.path === '/') return { index: true, lazy: async () => ({ Component: (await load()).default }) };
  return { path: stage.path.slice(1), element: <StageRoute key={stage.path} path={stage.path} Page={lazy(load)} /> };
});

export const router = createBrowserRouter(
  [
    {
      path: '/',
      Component: Layout,
      HydrateFallback: LoadingShell,
      children: [...children, { path: '*', Component: NotFoundPage }],
    },
  ],
  { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' },
);
