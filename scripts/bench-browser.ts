// What the browser benchmarks share: Chromium's flags, the long-task recorder, and a loopback preview of a build.
import { preview } from 'vite';

/** Headless Chromium without background work that would add noise to the figures. */
export const CHROME_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * An init script collecting main-thread long tasks from page start (the Long Tasks API reports tasks over 50 ms)
 * into `window.__longTasks`, and long animation frames with their script attribution into `window.__frames`.
 * A string, not a function: the test runner's transpiler would add helpers the page does not have.
 */
export const LONG_TASKS_SCRIPT = `
  window.__longTasks = [];
  window.__frames = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.duration < 50) continue;
        window.__frames.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
          scripts: e.scripts.map((x) => ({ invoker: x.invoker, fn: x.sourceFunctionName, url: (x.sourceURL || '').split('/').pop(), duration: Math.round(x.duration), forcedLayout: Math.round(x.forcedStyleAndLayoutDuration) })) });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
`;

/** Serves the build in `dist` on a free loopback port; resolves with its base URL and a close function. */
export async function serveBuild(root: string, dist: string): Promise<{ base: string; close: () => Promise<void> }> {
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false }, build: { outDir: dist } });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview is not listening');
  return { base: `http://127.0.0.1:${address.port}`, close: () => new Promise<void>((r) => server.httpServer.close(() => r())) };
}
