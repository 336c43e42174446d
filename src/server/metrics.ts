import * as tf from '@tensorflow/tfjs-core';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The server's Prometheus metrics: requests by route, method, status and model version, and a latency histogram. */
export interface ServerMetrics {
  registry: Registry;
  requests: Counter<'route' | 'method' | 'status' | 'version'>;
  duration: Histogram<'route' | 'method'>;
}

/** Creates a fresh metrics registry (one per server, so tests can run several side by side). */
export function createServerMetrics(): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'deploy_lab_' });
  const requests = new Counter({
    name: 'deploy_lab_http_requests_total',
    help: 'HTTP requests answered, by route template, method, status code and model version ("none" when no model answered).',
    labelNames: ['route', 'method', 'status', 'version'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'deploy_lab_http_request_duration_seconds',
    help: 'Time from request headers to response headers, in seconds.',
    labelNames: ['route', 'method'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'deploy_lab_tfjs_tensors',
    help: 'Tensors tfjs holds in memory; a number that keeps growing is a leak.',
    registers: [registry],
    collect() {
      this.set(tf.memory().numTensors);
    },
  });
  return { registry, requests, duration };
}
