// First, before any module that creates a zod schema or starts a worker: the CSP asks for both.
import '../core/zod-jitless';
import { installDefaultTrustedTypesPolicy } from './trusted-types';
import './fonts.css';
import './styles.css';
import { lazy, StrictMode, Suspense, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ensureMockApi, whenMockApiStarted } from '../api/mock-api';
import { StageFooterContext } from '../ui/stage-footer';
import { startApiOnFirstRequest } from './api-on-demand';
import { warmUpIntlOffMainThread } from '../workers/intl-warmup';
import { loadStageFrame, router } from './router';

// The end-of-stage check is its own chunk: the quiz bank stays off the first paint of "/".
const StageCheck = lazy(() => import('../features/quiz/stage-check'));
const stageFooter = (stageId: string) => (
  <Suspense fallback={null}>
    <StageCheck stageId={stageId} />
  </Suspense>
);

installDefaultTrustedTypesPolicy();
// Before the first render: a worker loads the number and date formatting data, so no render of the page pays for it.
warmUpIntlOffMainThread();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const reactRoot = createRoot(root);
// On a stage page, wait for the lesson frame's chunk (route-preload.js fetches it beside this one), so the first
// paint has the lesson text instead of a loading line that a second commit replaces later (LCP).
const path = location.pathname.slice(import.meta.env.BASE_URL.length - 1).replace(/\/$/, '');
// On "/" (a lazy route), wait for the router to load the overview's chunk instead of painting a loading line first.
const routerReady = new Promise<void>((resolve) => {
  if (router.state.initialized) return resolve();
  const stop = router.subscribe((state) => {
    if (!state.initialized) return;
    stop();
    resolve();
  });
});
const ready = Promise.all([routerReady, path === '' ? undefined : loadStageFrame().catch(() => undefined)]);
void ready.then(() => {
  // A transition, so React renders the first screen in slices of a few milliseconds and yields between them (a
  // default-priority render is one task: about 120 ms on a slow phone for the shell alone).
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <StageFooterContext value={stageFooter}>
          <RouterProvider router={router} />
        </StageFooterContext>
      </StrictMode>,
    );
  });
});

// The in-browser API starts when a page first needs it: pages that call it start it themselves, and a request to
// /api from anywhere else (a fetch typed in DevTools) starts it too. Stages whose main action is seen in the
// request log (monitor, update) are marked tried from it once it runs.
startApiOnFirstRequest(() => void ensureMockApi().catch(() => undefined), location.origin, import.meta.env.BASE_URL);
void whenMockApiStarted().then(() => import('../features/quiz/track-log-progress').then((m) => m.trackProgressFromLog()).catch(() => undefined));
