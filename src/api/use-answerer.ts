import { useEffect, useState } from 'react';
import { useApiTarget } from '../store/api-target-store';
import { type Answerer, answererFor, pageIsServedByRealServer } from './answerer';

/** Whether a real server served this page, as React state (null while the one check of the visit runs). */
export function useServedByRealServer(): boolean | null {
  const [served, setServed] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void pageIsServedByRealServer().then((s) => {
      if (live) setServed(s);
    });
    return () => {
      live = false;
    };
  }, []);
  return served;
}

/** Who answers /api now, as React state: the stored choice, or the real server that served this page. */
export function useAnswerer(): Answerer {
  const target = useApiTarget();
  const served = useServedByRealServer();
  return answererFor(target, served === true, location.origin);
}
