import { formatDateTime } from '../../core/format/date-time';
import type { PipelineResult } from '../../core/data/pipeline';
import { FEATURES } from '../../core/data/penguins';
import type { Progress } from '../../core/progress/progress';
import type { TestLock } from '../../core/modeling/test-lock';
import type { Question } from '../../core/quiz/question';
import { REVIEW_QUESTIONS } from '../../core/quiz/question';
import type { SavedArtifact } from '../../store/artifact-store';

/** One line of the recap: what it is about, and the learner's own value, or null when that step is not done yet. */
export interface RecapFact {
  id: string;
  label: string;
  value: string | null;
  /** The page where the learner does this step. */
  to: string;
}

/** What the stores hold, each piece null when it is not there (yet). */
export interface RecapInputs {
  data: Pick<PipelineResult, 'removed' | 'scaler' | 'features' | 'sets'> | null;
  saved: SavedArtifact | null;
  testUse: TestLock | null;
  /** The served versions and their traffic shares in percent, from GET /api/endpoints/penguins. */
  variants: { version: string; weight: number }[] | null;
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The kind of a removal reason, without the row-specific part ("duplicate of row 17" → "duplicate"). */
function reasonKind(reason: string): string {
  if (reason.startsWith('duplicate')) return 'duplicate';
  if (reason.startsWith('missing')) return 'missing a measurement';
  if (reason.startsWith('unknown species')) return 'with an unknown species label';
  return reason.replace(/^outlier in [^(]*/, 'outlier ');
}

/** "3 rows: 2 missing a measurement; 1 duplicate" from the removed rows, grouped by kind in order of first use. */
function removedText(removed: PipelineResult['removed']): string {
  if (removed.length === 0) return 'none: every row was kept';
  const counts = new Map<string, number>();
  for (const r of removed) counts.set(reasonKind(r.reason), (counts.get(reasonKind(r.reason)) ?? 0) + 1);
  return `${plural(removed.length, 'row')}: ${[...counts].map(([reason, n]) => `${n} ${reason}`).join('; ')}`;
}

/** The fitted scaler's numbers per chosen feature, as "bill_length_mm mean 43.9, …" (the scaler covers all four). */
function scalerText(scaler: NonNullable<PipelineResult['scaler']>, features: readonly string[]): string {
  const parts = FEATURES.flatMap((f, j) => {
    if (!features.includes(f)) return [];
    if (scaler.kind === 'standard') return [`${f} mean ${(scaler.mean[j] ?? 0).toFixed(1)}, std ${(scaler.std[j] ?? 0).toFixed(1)}`];
    return [`${f} min ${(scaler.min[j] ?? 0).toFixed(1)}, max ${(scaler.max[j] ?? 0).toFixed(1)}`];
  });
  return parts.join('; ');
}

/** The recap's lines from what the stores hold; a missing piece is null, never a made-up number. */
export function recapFacts({ data, saved, testUse, variants }: RecapInputs): RecapFact[] {
  const sets = data?.sets ?? null;
  const card = saved?.artifact.card ?? null;
  const serving = variants && variants.length > 0 ? variants.map((v) => `${v.version} (${v.weight} %)`).join(', ') : null;
  return [
    { id: 'removed', label: 'Rows you removed, and why', value: data ? removedText(data.removed) : null, to: '/data/explore' },
    {
      id: 'split',
      label: 'Your split (training / validation / test rows)',
      value: sets ? `${sets.train.rows.length} / ${sets.validation.rows.length} / ${sets.test.rows.length}` : null,
      to: '/data/prepare',
    },
    { id: 'scaler', label: 'Your scaler, fitted on the training rows', value: data?.scaler ? scalerText(data.scaler, data.features) : null, to: '/data/prepare' },
    { id: 'model', label: 'Your saved model', value: card ? `${card.architecture}, validation accuracy ${percent(card.metrics.validation_accuracy)}` : null, to: '/model/train' },
    {
      id: 'test',
      label: 'Its test accuracy, measured once',
      value: testUse ? `${percent(testUse.accuracy)} (on ${formatDateTime(testUse.evaluatedAt)})` : null,
      to: '/model/evaluate',
    },
    { id: 'serving', label: 'What your endpoint serves now', value: serving, to: '/deploy/update' },
  ];
}

/** One review question with how the learner's answers to its quiz questions went. */
export interface ReviewAnswer {
  id: string;
  title: string;
  answered: number;
  correct: number;
  total: number;
}

/** For each of the eight review questions, how many of its quiz questions the learner answered and got right (latest attempt). */
export function reviewAnswers(progress: Progress, bank: readonly Question[]): ReviewAnswer[] {
  return REVIEW_QUESTIONS.map((r) => {
    const questions = bank.filter((q) => q.review === r.id);
    const attempts = questions.flatMap((q) => (Object.hasOwn(progress.quiz, q.id) ? [progress.quiz[q.id]] : []));
    return { id: r.id, title: r.title, answered: attempts.length, correct: attempts.filter((a) => a?.correct).length, total: questions.length };
  });
}
