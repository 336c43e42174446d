import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Alert, AlertThresholds } from '../../core/monitoring/alerts';
import { DEFAULT_THRESHOLDS, evaluateAlerts, parseThresholds } from '../../core/monitoring/alerts';
import type { Baseline, FeatureRange } from '../../core/monitoring/baseline';
import { lastTrafficChange, versionStatsSince } from '../../core/monitoring/compare-window';
import type { Dashboard, VersionStats } from '../../core/monitoring/dashboard';
import { computeDashboard, DEFAULT_WINDOW_MS } from '../../core/monitoring/dashboard';
import type { RequestLogEntry } from '../../core/monitoring/log-entry';
import type { ConfigChange } from '../../core/monitoring/versions';
import { browserStorage, readStoredJson, writeStoredJson } from '../../store/local-json';

/** localStorage key of the learner's alert thresholds; the suffix changes when the stored shape does. */
export const THRESHOLDS_KEY = 'deploy-lab:alert-thresholds:v1';

/** The dashboard's time window (ms): the last minute, as a monitoring console's default view. */
export const DASHBOARD_WINDOW_MS = DEFAULT_WINDOW_MS;

/** How often the window slides forward without new requests (ms): rates fall back to 0 after traffic stops. */
export const DASHBOARD_TICK_MS = 1000;

/** Reads the stored thresholds: missing → defaults; unreadable or out of bounds → defaults and a notice. */
export function loadThresholds(store: Storage | undefined = browserStorage()): { thresholds: AlertThresholds; notice: string | null } {
  const read = readStoredJson(store, THRESHOLDS_KEY, parseThresholds);
  if (read.kind === 'ok') return { thresholds: read.value, notice: null };
  if (read.kind === 'invalid') return { thresholds: DEFAULT_THRESHOLDS, notice: 'Your saved alert thresholds could not be used (out of range or from an older version), so the defaults are back.' };
  return { thresholds: DEFAULT_THRESHOLDS, notice: null };
}

/** The clock of the dashboard: the time of the latest log change, and a tick every DASHBOARD_TICK_MS while the window still holds requests. */
function useWindowClock(entries: readonly RequestLogEntry[]): number {
  const [tick, setTick] = useState(0);
  const newest = entries.at(-1)?.startedAt ?? null;
  useEffect(() => {
    if (newest === null) return;
    const timer = setInterval(() => {
      startTransition(() => setTick((t) => t + 1));
      // Once the newest request left the window, the dashboard cannot change any more: stop ticking.
      if (Date.now() - newest > DASHBOARD_WINDOW_MS + DASHBOARD_TICK_MS) clearInterval(timer);
    }, DASHBOARD_TICK_MS);
    return () => clearInterval(timer);
  }, [newest]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new log snapshot or a tick is exactly when the clock is read again
  return useMemo(() => Date.now(), [entries, tick]);
}

/**
 * The live dashboard over the log (recomputed when the throttled entries change, ~2×/s, and once a second
 * while the window slides), plus the alerts that hold under the learner's thresholds (stored in localStorage).
 */
export function useDashboard(
  entries: readonly RequestLogEntry[],
  baseline: Baseline | null,
  features: readonly FeatureRange[] | null,
): { dashboard: Dashboard; alerts: Alert[]; thresholds: AlertThresholds; setThresholds: (t: AlertThresholds) => void; notice: string | null } {
  const [{ thresholds, notice }, setStored] = useState(() => loadThresholds());
  const now = useWindowClock(entries);
  const dashboard = useMemo(
    () =>
      computeDashboard(entries, {
        now,
        windowMs: DASHBOARD_WINDOW_MS,
        ...(baseline ? { baseline } : {}),
        ...(features ? { features } : {}),
      }),
    [entries, now, baseline, features],
  );
  // Alerts keep the time they started across recomputations: evaluateAlerts needs the previous list.
  const previous = useRef<Alert[]>([]);
  const alerts = useMemo(() => evaluateAlerts(dashboard, thresholds, previous.current), [dashboard, thresholds]);
  useEffect(() => {
    previous.current = alerts;
  }, [alerts]);

  const setThresholds = useCallback((t: AlertThresholds) => {
    const valid = parseThresholds(t);
    if (!valid) return;
    writeStoredJson(browserStorage(), THRESHOLDS_KEY, valid);
    setStored({ thresholds: valid, notice: null });
  }, []);

  return { dashboard, alerts, thresholds, setThresholds, notice };
}

/** What the canary comparison shows: per-version stats since `since` (the last traffic change), or of the last minute when none is known. */
export interface VersionComparison {
  /** ms since the epoch of the last traffic change, or null (then the window is the last DASHBOARD_WINDOW_MS). */
  since: number | null;
  now: number;
  versions: VersionStats[];
}

/**
 * Per-version stats for comparing a canary with the stable version, from the last change of the traffic split on: every
 * request in it was routed by the config in force, so the shares seen estimate the shares set (see compare-window.ts).
 */
export function useVersionComparison(entries: readonly RequestLogEntry[], history: readonly ConfigChange[], endpoint = 'penguins'): VersionComparison {
  const now = useWindowClock(entries);
  const since = useMemo(() => lastTrafficChange(entries, endpoint, history), [entries, endpoint, history]);
  const versions = useMemo(
    () => (since === null ? computeDashboard(entries, { now, windowMs: DASHBOARD_WINDOW_MS, endpoint }).versions : versionStatsSince(entries, { since, now, endpoint })),
    [entries, since, now, endpoint],
  );
  return { since, now, versions };
}
