import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';

/** The backend every model in the app runs on; the wasm backend will replace it here and nowhere else. */
const PREFERRED_BACKEND = 'cpu';

let ready: Promise<string> | null = null;

async function selectBackend(): Promise<string> {
  // Chosen explicitly: headless Chromium would otherwise pick WebGL on a software rasterizer (≈10× slower).
  const ok = await tf.setBackend(PREFERRED_BACKEND);
  if (!ok) throw new Error(`tfjs backend "${PREFERRED_BACKEND}" could not be initialized`);
  await tf.ready();
  return tf.getBackend();
}

/** Selects the tfjs backend once (later calls share the result) and resolves to the name of the backend in use. */
export function ensureBackend(): Promise<string> {
  if (!ready) {
    ready = selectBackend().catch((error: unknown) => {
      ready = null; // let a later call retry instead of caching the failure
      throw error;
    });
  }
  return ready;
}
