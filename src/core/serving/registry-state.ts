import { z } from 'zod';
import { inlineModelSchema, modelCardSchema, preprocessingSchema } from './model-artifact';
import type { ModelVersion } from './model-artifact';
import { checkRegistryState } from './registry-checks';

/** Name rule for endpoints: lower-case letters, digits and dashes, 1–63 characters, starting with a letter or digit. */
export const ENDPOINT_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** Name rule for model versions: "v" followed by a number ("v1", "v12"). */
export const VERSION_NAME = /^v[1-9][0-9]{0,5}$/;

/** A production variant: which model version gets what share (percent) of an endpoint's traffic. */
export const variantSchema = z.object({
  version: z.string(),
  weight: z.number(),
});
export type Variant = z.infer<typeof variantSchema>;

/** An endpoint's configuration: its name and the variants that share its traffic. */
export const endpointConfigSchema = z.object({
  name: z.string().regex(ENDPOINT_NAME),
  variants: z.array(variantSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EndpointConfig = z.infer<typeof endpointConfigSchema>;

const modelVersionSchema = z.object({
  version: z.string().regex(VERSION_NAME),
  registeredAt: z.string(),
  card: modelCardSchema,
  preprocessing: preprocessingSchema,
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('url'), modelUrl: z.string() }),
    z.object({ kind: z.literal('inline'), model: inlineModelSchema }),
  ]),
});

/** Everything the registry holds, as plain data: safe to store and validate on load. */
export const registryStateSchema = z.object({
  format: z.literal('deploy-lab/registry@1'),
  versions: z.array(modelVersionSchema),
  endpoints: z.array(endpointConfigSchema),
});
export interface RegistryState {
  format: 'deploy-lab/registry@1';
  versions: ModelVersion[];
  endpoints: EndpointConfig[];
}

/** The default state: endpoint "penguins" serving the reference version at 100% of traffic. */
export function defaultRegistryState(reference: ModelVersion, at: string): RegistryState {
  return {
    format: 'deploy-lab/registry@1',
    versions: [reference],
    endpoints: [{ name: 'penguins', variants: [{ version: reference.version, weight: 100 }], createdAt: at, updatedAt: at }],
  };
}

/**
 * Validates stored registry data, shape and meaning (the checks the API applies on write);
 * null for anything that is not a state the API could have written (caller falls back to defaults).
 */
export function parseRegistryState(data: unknown): RegistryState | null {
  const r = registryStateSchema.safeParse(data);
  if (!r.success) return null;
  const state = r.data as RegistryState;
  return checkRegistryState(state).length === 0 ? state : null;
}
