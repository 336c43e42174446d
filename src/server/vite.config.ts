// Bundles the server (src/server/main.ts) into one ES module for the container: node runs it without tsx,
// and the data set (a devDependency's JSON) is inlined. Dependencies stay external: the image installs them.
import { defineConfig } from 'vite';
import app from '../../vite.config.ts';

export default defineConfig({
  resolve: app.resolve,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/server/main.ts',
    outDir: 'node_modules/.cache/deploy-lab-server',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
  },
});
