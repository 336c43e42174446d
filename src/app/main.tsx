// First, before any module that creates a zod schema or starts a worker: the CSP asks for both.
import '../core/zod-jitless';
import { installDefaultTrustedTypesPolicy } from './trusted-types';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import './styles.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { StageFooterContext } from '../ui/stage-footer';
import { router } from './router';

// The end-of-stage check is its own chunk: the quiz bank stays off the first paint of "/".
const StageCheck = lazy(() => import('../features/quiz/stage-check'));
const stageFooter = (stageId: string) => (
  <Suspense fallback={null}>
    <StageCheck stageId={stageId} />
  </Suspense>
);

installDefaultTrustedTypesPolicy();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StageFooterContext value={stageFooter}>
      <RouterProvider router={router} />
    </StageFooterContext>
  </StrictMode>,
);

// Start the in-browser API after first paint, so MSW never delays the page but a fetch
// typed in DevTools (or the first API call) finds it ready.
window.addEventListener('load', () => {
  const start = () => {
    void import('../api/mock-api').then((m) => m.ensureMockApi()).catch(() => undefined);
    // Stages whose main action is seen in the request log (monitor, update) are marked tried from it.
    void import('../features/quiz/track-log-progress').then((m) => m.trackProgressFromLog()).catch(() => undefined);
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 500);
});
