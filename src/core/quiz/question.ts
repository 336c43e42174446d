import { z } from 'zod';

/** The workflow stages that have their own questions (ids match src/content/stages.ts). */
export const QUIZ_STAGE_IDS = [
  'retrieve',
  'explore',
  'prepare',
  'train',
  'tune',
  'evaluate',
  'endpoint',
  'inspect',
  'monitor',
  'update',
] as const;
export type QuizStageId = (typeof QUIZ_STAGE_IDS)[number];

/** The eight review questions of the course, in the order the course asks them. */
export const REVIEW_QUESTIONS = [
  { id: 'workflow', title: 'What is the machine-learning workflow?' },
  { id: 'deployment-in-workflow', title: 'How does deployment fit into the workflow?' },
  { id: 'cloud-computing', title: 'What is cloud computing?' },
  { id: 'why-cloud', title: 'Why use the cloud to deploy models?' },
  { id: 'missing-from-curricula', title: 'Why is deployment missing from many machine-learning courses?' },
  { id: 'deployed-meaning', title: 'What does it mean for a model to be deployed?' },
  { id: 'deployed-code', title: 'What are the essential characteristics of deployed model code?' },
  { id: 'platforms', title: 'Which cloud platforms can deploy models?' },
] as const;
export type ReviewQuestionId = (typeof REVIEW_QUESTIONS)[number]['id'];
const REVIEW_IDS = REVIEW_QUESTIONS.map((r) => r.id) as [ReviewQuestionId, ...ReviewQuestionId[]];

/** The parts of an HTTP request a learner can label. */
export const REQUEST_ROLES = ['method', 'url', 'header', 'body'] as const;
export type RequestRole = (typeof REQUEST_ROLES)[number];

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase words joined by hyphens');
const text = z.string().trim().min(1);

/** A choice with its explanation: why picking it is right or wrong. */
const choiceSchema = z.object({ id, text, correct: z.boolean(), explanation: text });

const baseShape = {
  id,
  prompt: text,
  /** The workflow stage this question checks, if any. */
  stage: z.enum(QUIZ_STAGE_IDS).optional(),
  /** The review question this question answers, if any. */
  review: z.enum(REVIEW_IDS).optional(),
};

const uniqueIds = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;
const uniqueMessage = { message: 'ids must be unique within a question' };

export const singleChoiceSchema = z.object({
  ...baseShape,
  kind: z.literal('single'),
  options: z
    .array(choiceSchema)
    .min(2)
    .refine(uniqueIds, uniqueMessage)
    .refine((o) => o.filter((c) => c.correct).length === 1, { message: 'exactly one option is correct' }),
});

export const multipleChoiceSchema = z.object({
  ...baseShape,
  kind: z.literal('multiple'),
  options: z
    .array(choiceSchema)
    .min(2)
    .refine(uniqueIds, uniqueMessage)
    .refine((o) => o.some((c) => c.correct), { message: 'at least one option is correct' }),
});

export const orderingSchema = z.object({
  ...baseShape,
  kind: z.literal('ordering'),
  /** The items in their correct order; the explanation says why each sits where it does. */
  items: z.array(z.object({ id, text, explanation: text })).min(2).refine(uniqueIds, uniqueMessage),
});

export const matchingSchema = z.object({
  ...baseShape,
  kind: z.literal('matching'),
  /** Each left term and the right term it belongs with; the learner picks the right side for each left. */
  pairs: z.array(z.object({ id, left: text, right: text, explanation: text })).min(2).refine(uniqueIds, uniqueMessage),
});

export const labelRequestSchema = z.object({
  ...baseShape,
  kind: z.literal('label'),
  /** The raw request cut into the parts to label, in the order they appear. */
  parts: z
    .array(z.object({ id, text, role: z.enum(REQUEST_ROLES), explanation: text }))
    .min(2)
    .refine(uniqueIds, uniqueMessage),
});

export const freeTextSchema = z.object({
  ...baseShape,
  kind: z.literal('free'),
  modelAnswer: text,
  /** What a good answer must mention, shown with the model answer to help self-assessment. */
  keyPoints: z.array(text).min(1),
});

/** The tasks graded by doing, checked from the request log and the registry (see ./tasks.ts). */
export const TASK_IDS = ['status-415', 'csv-prediction', 'deploy-accurate', 'canary-rollback', 'fix-422'] as const;
export type TaskId = (typeof TASK_IDS)[number];

export const taskSchema = z.object({
  ...baseShape,
  kind: z.literal('task'),
  task: z.enum(TASK_IDS),
  /** How to do it, in one or two sentences, shown until it is done. */
  how: text,
  /** The app page where it can be done, e.g. "/deploy/inspect". */
  path: z.string().regex(/^\/[a-z/-]*$/),
  /** Why this matters, shown with the evidence once it is done. */
  explanation: text,
});

/** Any quiz question, told apart by `kind`. */
export const questionSchema = z.discriminatedUnion('kind', [
  singleChoiceSchema,
  multipleChoiceSchema,
  orderingSchema,
  matchingSchema,
  labelRequestSchema,
  freeTextSchema,
  taskSchema,
]);

export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
export type SingleChoiceQuestion = z.infer<typeof singleChoiceSchema>;
export type MultipleChoiceQuestion = z.infer<typeof multipleChoiceSchema>;
export type OrderingQuestion = z.infer<typeof orderingSchema>;
export type MatchingQuestion = z.infer<typeof matchingSchema>;
export type LabelRequestQuestion = z.infer<typeof labelRequestSchema>;
export type FreeTextQuestion = z.infer<typeof freeTextSchema>;
export type TaskQuestion = z.infer<typeof taskSchema>;
