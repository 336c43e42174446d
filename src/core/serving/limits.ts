/** Largest invocation body accepted, in bytes (1 MiB). */
export const MAX_BODY_BYTES = 1_048_576;
/** Most instances accepted in one invocation. */
export const MAX_INSTANCES = 1000;
/** Most invocations one batched feedback call may label (labels arrive in batches, but bounded ones). */
export const MAX_FEEDBACK_ITEMS = 1000;
/** Largest model registration body (POST /api/models), in bytes (8 MiB). */
export const MAX_MODEL_BYTES = 8 * 1_048_576;
/** Largest management body (e.g. PUT of an endpoint config), in bytes (64 KiB). */
export const MAX_CONFIG_BYTES = 65_536;
