/** Lets a busy loop hand control back to its event loop, so queued messages (a 'stop') are delivered. */
export interface EventLoopYield {
  /** Resolves in a new macrotask, after the tasks already queued have run. */
  next(): Promise<void>;
  /** Releases the channel (pending waits resolve); call it when the loop ends. */
  close(): void;
}

/** Node (tests): setImmediate runs after timers and I/O; a MessagePort there drains up to 1000 messages in one go. */
function createImmediateYield(): EventLoopYield {
  return {
    next: () => new Promise<void>((resolve) => setImmediate(resolve)),
    close: () => {},
  };
}

/**
 * Browsers and workers: a MessageChannel round trip (≈ 10–20 µs). setTimeout(0) would also let messages in, but nested
 * timers are clamped to ≥ 4 ms, which over 200 epochs would cost most of a second.
 */
function createChannelYield(): EventLoopYield {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return {
    next: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      }),
    close: () => {
      channel.port1.close();
      channel.port2.close();
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

/** The cheapest real macrotask yield of the platform: setImmediate in Node, a MessageChannel in browsers and workers. */
export function createEventLoopYield(): EventLoopYield {
  return typeof setImmediate === 'function' ? createImmediateYield() : createChannelYield();
}
