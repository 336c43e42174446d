import { z } from 'zod';
import { REQUEST_ROLES } from './question';

const MAX_ITEMS = 100;
const key = z.string().max(200);

/** A learner's answer; untrusted (it may come from a form, storage or a file), so always parsed with this schema. */
export const answerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('single'), optionId: key.nullable() }),
  z.object({ kind: z.literal('multiple'), optionIds: z.array(key).max(MAX_ITEMS) }),
  z.object({ kind: z.literal('ordering'), order: z.array(key).max(MAX_ITEMS) }),
  z.object({ kind: z.literal('matching'), matches: z.record(key, key) }),
  z.object({ kind: z.literal('label'), labels: z.record(key, z.enum(REQUEST_ROLES)) }),
  z.object({ kind: z.literal('free'), text: z.string().max(5000), selfMark: z.enum(['right', 'wrong']).nullable() }),
  // Filled in by the app from checkTask (the request log, the registry), never typed by the learner.
  z.object({ kind: z.literal('task'), done: z.boolean(), evidence: z.string().max(1000) }),
]);

export type Answer = z.infer<typeof answerSchema>;
export type AnswerOf<K extends Answer['kind']> = Extract<Answer, { kind: K }>;
