/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { routePreload } from './scripts/vite-route-preload.ts';
import { securityPolicy, staticApiPlaceholder } from './scripts/vite-security.ts';

const vegaData = fileURLToPath(new URL('./node_modules/vega-datasets/data', import.meta.url));
const registrableDomain = fileURLToPath(new URL('./src/mocks/registrable-domain.ts', import.meta.url));

/**
 * In the browser build, MSW's cookie jar gets a small stand-in for `tldts` (its public suffix list is half of the
 * MSW chunk; src/mocks/registrable-domain.ts says why that is safe here). Build only: tests keep the real package.
 */
const withoutPublicSuffixList = { name: 'deploy-lab:without-public-suffix-list', apply: 'build', enforce: 'pre', resolveId: (id: string) => (id === 'tldts' ? registrableDomain : null) } as const;

export default defineConfig({
  plugins: [react(), withoutPublicSuffixList, securityPolicy(), staticApiPlaceholder(), routePreload(fileURLToPath(new URL('.', import.meta.url)))],
  resolve: {
    // vega-datasets' exports map blocks deep imports; its main export fetches from a CDN.
    alias: [{ find: /^vega-datasets\/data\/(.*)$/, replacement: `${vegaData}/$1` }],
  },
  build: {
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // Named vendor chunks, so budgets and tests can see what loads when.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'tfjs', test: /node_modules[\\/]@tensorflow/ },
            { name: 'msw', test: /node_modules[\\/](msw|@mswjs|tldts|tough-cookie|@bundled-es-modules|headers-polyfill|outvariant|strict-event-emitter|is-node-process|graphql|path-to-regexp|cookie|statuses)/ },
          ],
        },
      },
    },
  },
  // The training worker imports the wasm backend lazily (a dynamic import), which needs ES module workers.
  worker: { format: 'es' },
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'jsdom',
    setupFiles: ['./src/test-setup.ts'],
    testTimeout: 30_000,
  },
});
