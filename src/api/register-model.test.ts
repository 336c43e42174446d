import { describe, expect, it } from 'vitest';
import type { Exchange } from '../core/http/exchange';
import { endpointConfigSpec, registeredVersion } from './register-model';

const exchange = (status: number, headers: [string, string][]): Exchange => ({
  id: 'ex-1',
  request: { method: 'POST', url: '/api/models', headers: [], body: '{}' },
  response: { status, statusText: '', headers, body: '', bytes: 0 },
  error: null,
  startedAt: '',
  durationMs: 1,
});

describe('registeredVersion', () => {
  it('reads the new version from the Location of a 201, and nothing else', () => {
    expect(registeredVersion(exchange(201, [['location', '/api/models/v7']]))).toBe('v7');
    expect(registeredVersion(exchange(422, [['location', '/api/models/v7']]))).toBeNull();
    expect(registeredVersion(exchange(201, []))).toBeNull();
  });
});

describe('endpointConfigSpec', () => {
  it('is a JSON PUT of the variants to the endpoint', () => {
    const spec = endpointConfigSpec('penguins', [{ version: 'v1', weight: 100 }]);
    expect(spec).toMatchObject({ method: 'PUT', url: '/api/endpoints/penguins' });
    expect(JSON.parse(spec.body ?? '')).toEqual({ variants: [{ version: 'v1', weight: 100 }] });
  });
});
