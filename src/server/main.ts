// Entry of `npm run serve`: the lab's endpoint on a real socket. Run with tsx (or the bundle built for the container).
import pino from 'pino';
import { StartupError, createServerApp } from './create-server-app';
import { listen } from './listen';
import { USAGE, parseServerOptions } from './options';

/** Writes out buffered log lines; set once the logger exists. */
let flushLog = () => {};

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parseServerOptions(argv, process.env);
  if (!parsed.ok) {
    console.error(parsed.message);
    return 1;
  }
  const options = parsed.options;
  // One JSON line per request on stdout, as log collectors (kubectl logs, Loki, CloudWatch) expect. Written
  // asynchronously: lines logged while a write is under way go out together, so under load there are fewer syscalls.
  const destination = pino.destination({ dest: 1, sync: false });
  const logger = pino({ base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, destination);
  flushLog = () => destination.flushSync();
  let app: Awaited<ReturnType<typeof createServerApp>>;
  try {
    app = await createServerApp(options, logger);
  } catch (e) {
    if (!(e instanceof StartupError)) throw e;
    console.error(e.message);
    for (const p of e.problems) console.error(`  ${p.file}${p.field ? ` at ${p.field}` : ''}: ${p.reason}`);
    return 1;
  }
  const running = await listen(app.handler, options.port, options.host).catch((e: NodeJS.ErrnoException) => {
    console.error(e.code === 'EADDRINUSE' ? `Port ${options.port} is already in use: stop the other server or pass --port.` : `Cannot listen on ${options.host}:${options.port}: ${e.message}`);
    return null;
  });
  if (!running) return 1;
  console.error(`Deploy Lab is serving on ${running.url}`);
  console.error(`  app:       ${running.url}/`);
  console.error(`  endpoint:  POST ${running.url}/api/endpoints/penguins/invocations (serves ${app.serving})`);
  console.error(`  versions:  ${app.versions.join(', ')}`);
  console.error(`  metrics:   ${running.url}/metrics`);
  console.error(`  management calls ${options.token ? 'need "Authorization: Bearer <your token>"' : 'are open (loopback only; set --token to require one)'}`);
  console.error('Stop it with Ctrl+C (or SIGTERM): requests in flight finish first.');

  return new Promise((resolve) => {
    // A terminal's Ctrl+C reaches both npm's wrapper and this process: the second signal must not cut the drain short.
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.error(`${signal}: no new connections; finishing ${running.inFlight()} request(s) in flight…`);
      const { finished } = await running.drain();
      console.error(finished ? 'All requests answered. Bye.' : 'Drain time is up: closed the remaining connections.');
      resolve(0);
    };
    process.on('SIGTERM', () => void stop('SIGTERM'));
    process.on('SIGINT', () => void stop('SIGINT'));
  });
}

main().then(
  (code) => {
    flushLog();
    process.exit(code);
  },
  (e: unknown) => {
    console.error('The server could not start:', e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
