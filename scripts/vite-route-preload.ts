/**
 * Starts downloading the opened route's page chunk while the app's own code downloads, instead of after it.
 * Without it the page chunk (and its shared chunks and CSS) is requested only once React has started and the router
 * has resolved the lazy route: one more round trip on the critical path on every first load (issue #17's LCP).
 * The build emits `route-preload.js`, a small classic script with each route's files, loaded `async` from
 * index.html; it adds `<link rel="modulepreload">` (and `preload` for CSS) for the current path only. It fetches,
 * never runs, the page's code: the app still runs its modules in its own order (zod's CSP setting first).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The route → page module table from the router's source: `'/path': () => import('../features/x/y-page')`. */
export function routeModules(routerSource: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of routerSource.matchAll(/'(\/[^']*)':\s*\(\)\s*=>\s*import\('\.\.\/([^']+)'\)/g)) out[m[1] as string] = `src/${m[2]}`;
  return out;
}

/**
 * What the first paint of each route needs: the overview's own page at "/", and on every stage route only the lesson
 * frame (src/ui/stage-page). A stage's own part loads after that paint (src/app/router.tsx); fetching it early
 * would share slow-4G bandwidth with the lesson text and delay it (LCP).
 */
export function firstPaintModules(modules: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(modules).map(([path, module]) => [path, path === '/' ? module : FRAME_MODULE]));
}
const FRAME_MODULE = 'src/ui/stage-page';

/** What the plugin reads of a bundle chunk (the shape rollup/rolldown give `generateBundle`). */
export interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  facadeModuleId?: string | null;
  imports?: readonly string[];
  viteMetadata?: { importedCss?: ReadonlySet<string> } | null;
}

/** Each route's files to fetch early (its chunk, the static imports the entry does not already load, their CSS). */
export function routeFiles(bundle: Record<string, ChunkLike>, modules: Record<string, string>, base: string): Record<string, string[]> {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (start: readonly string[]) => {
    const seen = new Set<string>();
    const stack = [...start];
    while (stack.length > 0) {
      const file = stack.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      stack.push(...(byFile.get(file)?.imports ?? []));
    }
    return seen;
  };
  const entryFiles = closure(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
  const out: Record<string, string[]> = {};
  for (const [path, module] of Object.entries(modules)) {
    const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').replace(/\.[jt]sx?$/, '').endsWith(module));
    if (!chunk) continue;
    const files = [...closure([chunk.fileName])].filter((f) => !entryFiles.has(f));
    const css = files.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]);
    out[path] = [...files, ...new Set(css)].map((f) => `${base}${f}`);
  }
  return out;
}

/** The classic script that preloads the current path's files (no imports, no eval, no inline code: the CSP holds). */
export function preloadScript(files: Record<string, string[]>, base: string): string {
  const trimmed = base.replace(/\/$/, '');
  return `(function(){var m=${JSON.stringify(files)};var p=location.pathname;if(${JSON.stringify(trimmed)}&&p.indexOf(${JSON.stringify(trimmed)})===0)p=p.slice(${trimmed.length})||'/';if(p.length>1)p=p.replace(/\\/$/,'');var l=m[p]||[];for(var i=0;i<l.length;i++){var e=document.createElement('link');var css=/\\.css$/.test(l[i]);e.rel=css?'preload':'modulepreload';if(css)e.as='style';e.href=l[i];document.head.appendChild(e);}})();\n`;
}

/** The Vite plugin: emits route-preload.js at build time and loads it from index.html. */
export function routePreload(root: string): Plugin {
  let base = '/';
  return {
    name: 'deploy-lab:route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: () => [{ tag: 'script', attrs: { async: true, src: `${base}route-preload.js` }, injectTo: 'head' }],
    generateBundle(_options, bundle) {
      const modules = routeModules(readFileSync(resolve(root, 'src/app/router.tsx'), 'utf8'));
      if (Object.keys(modules).length === 0) this.error('route-preload: no routes found in src/app/router.tsx');
      const files = routeFiles(bundle as unknown as Record<string, ChunkLike>, firstPaintModules(modules), base);
      this.emitFile({ type: 'asset', fileName: 'route-preload.js', source: preloadScript(files, base) });
    },
  };
}
