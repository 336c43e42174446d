// `npm run serve`: builds the app once if dist/ is missing, then runs the server's TypeScript with tsx.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const appDir = process.env.DEPLOY_LAB_APP_DIR ?? 'dist';
if (!existsSync(`${appDir}/index.html`)) {
  console.error(`${appDir}/ has no built app yet: running "vite build" once (about a minute)…`);
  const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', appDir], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--app-dir', appDir, ...process.argv.slice(2)], { stdio: 'inherit' });
// SIGTERM sent to this wrapper (docker stop, kill) is passed on so the server drains; the server ignores repeats.
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
