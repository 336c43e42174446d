import type { TaskQuestion } from '../core/quiz/question';
import { ACCURACY_GOAL } from '../core/quiz/tasks';

/** The goal as the prompt says it: 0.95 → "95 %". */
const goal = `${Math.round(ACCURACY_GOAL * 100)} %`;

/**
 * Tasks graded by doing: the learner does something in the app and the quiz checks it in the real
 * request log (or the registry), never from what the learner says.
 */
export const TASK_QUESTIONS: readonly TaskQuestion[] = [
  {
    id: 'task-endpoint-accurate',
    kind: 'task',
    task: 'deploy-accurate',
    stage: 'endpoint',
    prompt: `Deploy a model of your own with a test accuracy of at least ${goal}.`,
    how: `Train a model, evaluate it on the test set (it must reach ${goal}), save it, then press Deploy on the deploy page. Your version (v2 or later) must serve traffic.`,
    path: '/deploy/endpoint',
    explanation: 'A model earns its place behind the endpoint with an honest test score. The registry keeps that score on the version\'s card, so anyone can check what is serving.',
  },
  {
    id: 'task-inspect-415',
    kind: 'task',
    task: 'status-415',
    stage: 'inspect',
    prompt: 'Make the endpoint answer 415 Unsupported Media Type.',
    how: 'In the request builder, send a prediction with a Content-Type the endpoint cannot read (the errors group of the presets has one), or delete the Content-Type header.',
    path: '/deploy/inspect',
    explanation: 'The Content-Type header tells the server how to read the body. Without a type it knows, the endpoint refuses before it even looks at the data.',
  },
  {
    id: 'task-inspect-csv',
    kind: 'task',
    task: 'csv-prediction',
    stage: 'inspect',
    prompt: 'Get a prediction for a penguin sent as CSV, not JSON.',
    how: 'Set the Content-Type header to text/csv and put one penguin per line in the body, in the order bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g, e.g. 50,15.2,218,5700. Then send it.',
    path: '/deploy/inspect',
    explanation: 'One endpoint can accept several formats. The Content-Type header says which one the body is in, and the endpoint reads it accordingly.',
  },
  {
    id: 'task-inspect-422',
    kind: 'task',
    task: 'fix-422',
    stage: 'inspect',
    prompt: 'Get a 422 from the endpoint, then fix the request until it answers 200.',
    how: 'Send a prediction with a wrong value, such as a body mass of "heavy" or a missing field. Read the errors in the answer: each one points at the field to blame. Fix it and send again.',
    path: '/deploy/inspect',
    explanation: '422 means the body was readable but wrong. The problem details name the field (a JSON Pointer such as /instances/0/body_mass_g), so you can fix exactly that.',
  },
  {
    id: 'task-update-rollback',
    kind: 'task',
    task: 'canary-rollback',
    stage: 'update',
    prompt: 'Release a new version as a canary, then roll it back.',
    how: 'On the update page, deploy a second version as a canary (say 20 % of the traffic), then roll back so the old version gets all the traffic again.',
    path: '/deploy/update',
    explanation: 'A rollback is one configuration change, because the old version was never removed. That is what makes a canary release safe.',
  },
];
