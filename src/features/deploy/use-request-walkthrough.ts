import { useCallback, useEffect, useRef, useState } from 'react';
import { sendRequest } from '../../api/client';
import { headerValue } from '../../core/http/exchange';
import type { Exchange } from '../../core/http/exchange';
import { preprocessingSchema } from '../../core/serving/model-artifact';
import type { ScalingStep } from '../../core/serving/scaling-steps';
import { scalingSteps } from '../../core/serving/scaling-steps';
import { REQUEST_STEPS } from '../../content/production';
import { markStageTried } from '../../store/progress-store';

const STEP_MS = 900;

/** The penguin the walk-through sends (a Gentoo-sized bird), before the endpoint's input schema picks its features. */
export const WALK_PENGUIN: Readonly<Record<string, number>> = { bill_length_mm: 50.0, bill_depth_mm: 15.2, flipper_length_mm: 218, body_mass_g: 5700 };

/** How the version that answered scaled the request: its name and one row per feature. */
export interface RequestScaling {
  version: string;
  steps: ScalingStep[];
}

const accept: [string, string][] = [['Accept', 'application/json']];

/** The features the endpoint's input schema asks for (describe response); all of the walk's penguin when unknown. */
async function inputFeatures(): Promise<string[]> {
  const ex = await sendRequest({ method: 'GET', url: '/api/endpoints/penguins', headers: accept, body: null });
  try {
    const features = ex.response?.status === 200 ? (JSON.parse(ex.response.body) as { input: { features: { name: string }[] } | null }).input?.features : undefined;
    if (features) return features.map((f) => f.name);
  } catch {
    // An unreadable describe answer: send the whole penguin, and let the endpoint say what is wrong.
  }
  return Object.keys(WALK_PENGUIN);
}

/** The answering version's preprocessing.json (GET /api/models/{v}) applied to the instance sent, or null when unknown. */
async function scalingOf(exchange: Exchange, instance: Record<string, number>): Promise<RequestScaling | null> {
  const version = exchange.response?.status === 200 ? headerValue(exchange.response.headers, 'X-Model-Version') : null;
  if (!version) return null;
  const meta = await sendRequest({ method: 'GET', url: `/api/models/${encodeURIComponent(version)}`, headers: accept, body: null });
  if (meta.response?.status !== 200) return null;
  try {
    const pre = preprocessingSchema.safeParse((JSON.parse(meta.response.body) as { preprocessing?: unknown }).preprocessing);
    return pre.success ? { version, steps: scalingSteps(pre.data, instance) } : null;
  } catch {
    return null;
  }
}

/**
 * Sends one real prediction request, then walks through its journey step by step (all at once under reduced motion),
 * with the scaling the answering version applied to it, read from that version's preprocessing.json.
 */
export function useRequestWalkthrough() {
  const [step, setStep] = useState<number | null>(null);
  const [exchange, setExchange] = useState<Exchange | null>(null);
  const [scaling, setScaling] = useState<RequestScaling | null>(null);
  const [running, setRunning] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const start = useCallback(async () => {
    clearTimeout(timer.current);
    setRunning(true);
    setStep(0);
    setScaling(null);
    const instance = Object.fromEntries((await inputFeatures()).map((f) => [f, WALK_PENGUIN[f] ?? Number.NaN]));
    const ex = await sendRequest({
      method: 'POST',
      url: '/api/endpoints/penguins/invocations',
      headers: [['Content-Type', 'application/json']],
      body: JSON.stringify({ instances: [instance] }),
    });
    setExchange(ex);
    setScaling(await scalingOf(ex, instance));
    markStageTried('endpoint');
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (reduced) {
      setStep(REQUEST_STEPS.length - 1);
      setRunning(false);
      return;
    }
    const advance = (i: number) => {
      setStep(i);
      if (i < REQUEST_STEPS.length - 1) timer.current = setTimeout(() => advance(i + 1), STEP_MS);
      else setRunning(false);
    };
    advance(0);
  }, []);

  return { step, exchange, scaling, running, start };
}
