import { useCallback, useEffect, useRef, useState } from 'react';
import { sendRequest } from '../../api/client';
import type { Exchange } from '../../core/http/exchange';
import { REQUEST_STEPS } from '../../content/production';
import { markStageTried } from '../../store/progress-store';

const STEP_MS = 900;

/** Sends one real prediction request, then walks through its journey step by step (all at once under reduced motion). */
export function useRequestWalkthrough() {
  const [step, setStep] = useState<number | null>(null);
  const [exchange, setExchange] = useState<Exchange | null>(null);
  const [running, setRunning] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const start = useCallback(async () => {
    clearTimeout(timer.current);
    setRunning(true);
    setStep(0);
    const ex = await sendRequest({
      method: 'POST',
      url: '/api/endpoints/penguins/invocations',
      headers: [['Content-Type', 'application/json']],
      body: JSON.stringify({ instances: [{ bill_length_mm: 50.0, bill_depth_mm: 15.2, flipper_length_mm: 218, body_mass_g: 5700 }] }),
    });
    setExchange(ex);
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

  return { step, exchange, running, start };
}
