import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';

/** How long the wasm backend may take to fetch and compile its binary before the cpu backend takes over. */
const WASM_INIT_TIMEOUT_MS = 15_000;

/** True under Node (tests, scripts): there the wasm paths (Vite `?url` imports) do not exist, so cpu is used. */
function runsInNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

function withTimeout(pending: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([pending, timeout]).finally(() => clearTimeout(timer));
}

async function trySetWasm(): Promise<boolean> {
  try {
    // Browser-only module: it imports the .wasm binaries with Vite's ?url, which Node cannot load.
    const { prepareWasmBackend } = await import('./backend-wasm');
    prepareWasmBackend();
    // setBackend resolves false (it does not throw) when the binary cannot be fetched or compiled.
    const ok = await withTimeout(tf.setBackend('wasm'), WASM_INIT_TIMEOUT_MS);
    // Unregistering outdates a still-pending init, so a late success cannot switch the backend under the cpu one.
    if (!ok) tf.removeBackend('wasm');
    return ok;
  } catch (error) {
    console.warn('tfjs wasm backend unavailable, using cpu:', error);
    return false;
  }
}

async function selectBackend(): Promise<string> {
  // Chosen explicitly: headless Chromium would otherwise pick WebGL on a software rasterizer (≈10× slower).
  if (!runsInNode() && (await trySetWasm())) return tf.getBackend();
  const ok = await tf.setBackend('cpu');
  if (!ok) throw new Error('tfjs backend "cpu" could not be initialized');
  return tf.getBackend();
}

let ready: Promise<string> | null = null;

/**
 * Selects the tfjs backend once (later calls share the result) and resolves to the name of the backend in use:
 * "wasm" (SIMD when the browser has it, single-threaded) in browsers and workers, "cpu" in Node or when wasm fails.
 */
export function ensureBackend(): Promise<string> {
  if (!ready) {
    ready = selectBackend().catch((error: unknown) => {
      ready = null; // let a later call retry instead of caching the failure
      throw error;
    });
  }
  return ready;
}
