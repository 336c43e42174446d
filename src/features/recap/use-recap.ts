import { useEffect, useState } from 'react';
import { sendRequest } from '../../api/client';
import { QUIZ_BANK } from '../../content/quiz-bank';
import { STAGES } from '../../content/stages';
import { loadLatestArtifact } from '../../store/artifact-store';
import { loadPreparedData } from '../../store/prepared-data';
import { useProgress } from '../../store/progress-store';
import { loadTestLock } from '../../store/test-lock-store';
import type { RecapFact, RecapInputs, ReviewAnswer } from './recap-facts';
import { recapFacts, reviewAnswers } from './recap-facts';

/** The served versions from GET /api/endpoints/penguins, or null when it did not answer 200 with variants. */
async function servedVariants(): Promise<RecapInputs['variants']> {
  const ex = await sendRequest({ method: 'GET', url: '/api/endpoints/penguins', headers: [['Accept', 'application/json']], body: null });
  if (ex.response?.status !== 200) return null;
  try {
    const body = JSON.parse(ex.response.body) as { variants?: { version: string; weight: number }[] };
    return Array.isArray(body.variants) ? body.variants : null;
  } catch {
    return null;
  }
}

/**
 * The recap read from the stores that exist: the data choices (rebuilt only once the learner opened Prepare, so the
 * defaults are never passed off as theirs), the latest saved model, the test-set use, the endpoint's config and
 * the quiz progress. Facts are null until loaded or when not done yet.
 */
export function useRecap(): { facts: RecapFact[] | null; answers: ReviewAnswer[]; stepsLeft: string[] } {
  const progress = useProgress();
  const preparedOpened = progress.stages.prepare?.visited === true;
  const [facts, setFacts] = useState<RecapFact[] | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const [prepared, saved, variants] = await Promise.all([preparedOpened ? loadPreparedData() : null, loadLatestArtifact().catch(() => null), servedVariants()]);
      const data = prepared?.ok ? prepared.result : null;
      if (live) setFacts(recapFacts({ data, saved, testUse: loadTestLock().lock, variants }));
    })();
    return () => {
      live = false;
    };
  }, [preparedOpened]);
  const stepsLeft = STAGES.filter((s) => s.phase !== 'more' && progress.stages[s.id]?.tried !== true).map((s) => s.short);
  return { facts, answers: reviewAnswers(progress, QUIZ_BANK), stepsLeft };
}
