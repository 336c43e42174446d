// Browser and worker only: Vite turns these ?url imports into the URLs of the emitted .wasm files.
// Node (tests, scripts) never imports this module; backend.ts uses the cpu backend there.
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import plainWasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simdWasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threadedSimdWasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import * as tf from '@tensorflow/tfjs-core';

/** Registers where the wasm binaries live and turns threads off; call it before tf.setBackend('wasm'). */
export function prepareWasmBackend(): void {
  // Without explicit paths tfjs fetches the .wasm from the site root, gets index.html and falls back silently.
  setWasmPaths({
    'tfjs-backend-wasm.wasm': plainWasmUrl,
    'tfjs-backend-wasm-simd.wasm': simdWasmUrl,
    'tfjs-backend-wasm-threaded-simd.wasm': threadedSimdWasmUrl,
  });
  // Single-threaded: a 4-16-3 MLP gains nothing from threads, and the threaded build hangs without cross-origin isolation.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
}
