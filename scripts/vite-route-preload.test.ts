// @vitest-environment node
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { ChunkLike } from './vite-route-preload.ts';
import { preloadScript, routeFiles, routeModules } from './vite-route-preload.ts';

describe('routeModules', () => {
  it('reads every page route of the real router, with its module', () => {
    const modules = routeModules(readFileSync(new URL('../src/app/router.tsx', import.meta.url), 'utf8'));
    expect(modules['/']).toBe('src/features/overview/overview-page');
    expect(modules['/glossary']).toBe('src/features/glossary/glossary-page');
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(15);
  });
});

const chunk = (fileName: string, extra: Partial<ChunkLike> = {}): ChunkLike => ({ type: 'chunk', fileName, imports: [], ...extra });

describe('routeFiles', () => {
  const bundle: Record<string, ChunkLike> = {
    entry: chunk('assets/index.js', { isEntry: true, imports: ['assets/react.js'] }),
    react: chunk('assets/react.js'),
    page: chunk('assets/glossary-page.js', { facadeModuleId: '/w/src/features/glossary/glossary-page.tsx', imports: ['assets/stage-page.js', 'assets/react.js'], viteMetadata: { importedCss: new Set(['assets/glossary.css']) } }),
    stage: chunk('assets/stage-page.js', { imports: ['assets/popover.js'], viteMetadata: { importedCss: new Set(['assets/stage.css']) } }),
    popover: chunk('assets/popover.js'),
    css: { type: 'asset', fileName: 'assets/glossary.css' },
  };

  it("lists the page chunk, its imports' closure minus what the entry already loads, and their CSS", () => {
    const files = routeFiles(bundle, { '/glossary': 'src/features/glossary/glossary-page', '/missing': 'src/features/x/none' }, '/base/');
    expect(Object.keys(files)).toEqual(['/glossary']);
    expect(new Set(files['/glossary'])).toEqual(new Set(['/base/assets/glossary-page.js', '/base/assets/stage-page.js', '/base/assets/popover.js', '/base/assets/glossary.css', '/base/assets/stage.css']));
    expect(files['/glossary']).toHaveLength(5);
    expect(files['/glossary']).not.toContain('/base/assets/react.js');
  });
});

/** Runs the emitted script against a fake document at `pathname`, returning the links it added. */
function linksAt(script: string, pathname: string): { rel: string; as?: string; href: string }[] {
  const added: { rel: string; as?: string; href: string }[] = [];
  const document = { createElement: () => ({}) as { rel: string; as?: string; href: string }, head: { appendChild: (e: { rel: string; as?: string; href: string }) => added.push(e) } };
  runInNewContext(script, { document, location: { pathname } });
  return added;
}

describe('preloadScript', () => {
  const files = { '/': ['/assets/overview.js'], '/glossary': ['/assets/glossary.js', '/assets/glossary.css'] };

  it('adds modulepreload for scripts and preload as=style for CSS of the current path only', () => {
    const script = preloadScript(files, '/');
    expect(linksAt(script, '/glossary')).toEqual([
      { rel: 'modulepreload', href: '/assets/glossary.js' },
      { rel: 'preload', as: 'style', href: '/assets/glossary.css' },
    ]);
    expect(linksAt(script, '/glossary/')).toHaveLength(2);
    expect(linksAt(script, '/')).toEqual([{ rel: 'modulepreload', href: '/assets/overview.js' }]);
    expect(linksAt(script, '/nowhere')).toEqual([]);
  });

  it('strips a base path before looking the route up', () => {
    const script = preloadScript(files, '/lab/');
    expect(linksAt(script, '/lab/glossary')).toHaveLength(2);
    expect(linksAt(script, '/lab')).toEqual([{ rel: 'modulepreload', href: '/assets/overview.js' }]);
  });
});
