import { quizProgressSchema } from '../quiz/progress';
import { migrateQuizProgress, progressSchema } from './progress';
import type { Progress } from './progress';

/** The format tag of an exported progress file, so an unrelated JSON file is told apart from a damaged one. */
export const PROGRESS_FILE_FORMAT = 'deploy-lab/progress@1';
/** Files above this size are refused unread (a real progress file is a few kilobytes). */
export const MAX_PROGRESS_FILE_CHARS = 1_000_000;

/** The result of reading a progress file: the progress, or why it was refused. */
export type ProgressFileResult = { ok: true; value: Progress } | { ok: false; reason: string };

/** The JSON text of a progress export: the format tag, when it was made, and the progress record. */
export function progressFileText(progress: Progress, exportedAt: Date): string {
  return `${JSON.stringify({ format: PROGRESS_FILE_FORMAT, exported_at: exportedAt.toISOString(), progress }, null, 2)}\n`;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the file' : `“${path.map(String).join('.')}”`;
}

/** Validates a parsed progress record (new shape, or the older quiz-only one, migrated). */
export function parseProgressDocument(data: unknown): ProgressFileResult {
  const current = progressSchema.safeParse(data);
  if (current.success) return { ok: true, value: current.data };
  const legacy = quizProgressSchema.safeParse(data);
  if (legacy.success) return { ok: true, value: migrateQuizProgress(legacy.data) };
  const issue = current.error.issues[0];
  return { ok: false, reason: issue ? `${pathOf(issue.path)}: ${issue.message}` : 'it is not a Deploy Lab progress export' };
}

/**
 * Reads an exported progress file (text). Never throws: a file that is not JSON, not a Deploy Lab
 * export, or damaged gives the reason in words, and the caller then changes nothing.
 */
export function parseProgressFile(text: string): ProgressFileResult {
  if (text.length > MAX_PROGRESS_FILE_CHARS) return { ok: false, reason: 'The file is too large to be a progress file.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not JSON. Choose the deploy-lab-progress.json file you exported.' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'The file is JSON, but not a Deploy Lab progress file.' };
  const record = data as Record<string, unknown>;
  if (record.format !== PROGRESS_FILE_FORMAT) {
    return { ok: false, reason: `The file is JSON, but not a Deploy Lab progress file (it has no "format": "${PROGRESS_FILE_FORMAT}").` };
  }
  const parsed = parseProgressDocument(record.progress);
  return parsed.ok ? parsed : { ok: false, reason: `The progress in the file is damaged, so nothing was imported. ${parsed.reason}.` };
}
