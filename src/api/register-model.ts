import type { Exchange, RequestSpec } from '../core/http/exchange';
import { headerValue } from '../core/http/exchange';
import type { DeployableArtifact } from '../core/modeling/artifact';
import { sendRequest } from './client';

/** Headers of the JSON management calls (register a version, put an endpoint config). */
export const JSON_HEADERS: [string, string][] = [
  ['Content-Type', 'application/json'],
  ['Accept', 'application/json'],
];

/** The request that registers an artifact as a new model version: POST /api/models with the artifact as JSON. */
export function registerModelSpec(artifact: DeployableArtifact): RequestSpec {
  return { method: 'POST', url: '/api/models', headers: JSON_HEADERS, body: JSON.stringify(artifact) };
}

/** The version name a registration created (from its 201 response's Location header), or null when it failed. */
export function registeredVersion(exchange: Exchange): string | null {
  if (exchange.response?.status !== 201) return null;
  const location = headerValue(exchange.response.headers, 'Location');
  return location?.split('/').pop() || null;
}

/** Registers an artifact as a new version; resolves with the exchange and the new version's name (null on failure). Never throws. */
export async function registerModel(artifact: DeployableArtifact): Promise<{ exchange: Exchange; version: string | null }> {
  const exchange = await sendRequest(registerModelSpec(artifact));
  return { exchange, version: registeredVersion(exchange) };
}

/** The request that replaces an endpoint's traffic config: PUT /api/endpoints/{name} with its variants. */
export function endpointConfigSpec(endpoint: string, variants: readonly { version: string; weight: number }[]): RequestSpec {
  return { method: 'PUT', url: `/api/endpoints/${endpoint}`, headers: JSON_HEADERS, body: JSON.stringify({ variants }, null, 2) };
}
