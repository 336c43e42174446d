// Test infrastructure: lets the contract tests run unchanged over MSW (default) or over a real socket.
import pino from 'pino';
import type { EndpointHandler } from '../core/serving/endpoint';
import type { Handler } from './handler';
import { createHandlerStack } from './handler-stack';
import { listen } from './listen';
import type { ListeningServer } from './listen';
import { createServerMetrics } from './metrics';

/** What the transport needs of a test API (mocks/node's TestApi has it): the MSW server and the endpoint. */
export interface AttachableApi {
  server: { listen: (options: { onUnhandledRequest: 'error' }) => void; close: () => void };
  endpoint: EndpointHandler;
}

/** Where the contract tests send their requests, and how the test API behind it starts and stops. */
export interface ContractTransport {
  /** Origin to prefix "/api/…" with: "http://localhost" (MSW) or "http://127.0.0.1:<port>" (socket). */
  base: string;
  kind: 'msw' | 'socket';
  /** Starts answering with this test API's endpoint. */
  attach: (api: AttachableApi) => void;
  close: () => Promise<void>;
}

/** The transport CONTRACT_TRANSPORT names: "socket" serves the endpoint through the real server's handler stack on 127.0.0.1:0. */
export async function openContractTransport(kind = process.env.CONTRACT_TRANSPORT): Promise<ContractTransport> {
  if (kind !== 'socket') {
    let attached: AttachableApi | null = null;
    return {
      base: 'http://localhost',
      kind: 'msw',
      attach: (api) => {
        attached = api;
        api.server.listen({ onUnhandledRequest: 'error' });
      },
      close: async () => attached?.server.close(),
    };
  }
  let current: Handler | null = null;
  const metrics = createServerMetrics();
  const logger = pino({ level: 'silent' });
  const server: ListeningServer = await listen(
    async (req) => {
      if (!current) throw new Error('no test API attached to the socket transport yet');
      return current(req);
    },
    0,
    '127.0.0.1',
  );
  return {
    base: server.url,
    kind: 'socket',
    attach: (api) => {
      current = createHandlerStack({ endpoint: api.endpoint, metrics }, { token: undefined, allowOrigins: [], logger });
    },
    close: async () => {
      await server.drain(1_000);
    },
  };
}
