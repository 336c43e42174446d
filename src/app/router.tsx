import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import { STAGES } from '../content/stages';
import { Layout } from './layout';
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

const children: RouteObject[] = STAGES.map((stage) => {
  const load = pages[stage.path] ?? lessonPage;
  const lazy = async () => ({ Component: (await load()).default });
  return stage.path === '/' ? { index: true, lazy } : { path: stage.path.slice(1), lazy };
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
