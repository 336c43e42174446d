import { useEffect, useState } from 'react';
import { z } from 'zod';
import { sendRequest } from '../../api/client';
import { FEATURES } from '../../core/data/penguins';
import type { PreparedSet } from '../../core/data/pipeline';
import { computeBaseline } from '../../core/monitoring/baseline';
import type { Baseline, FeatureRange } from '../../core/monitoring/baseline';
import type { SourceRow } from '../../core/monitoring/traffic';
import { loadPreparedData } from '../../store/prepared-data';

/** The training baseline drift is measured against, the valid ranges, and the real rows the generator's birds are drawn like. */
export interface MonitoringBaseline {
  status: 'loading' | 'ready' | 'error';
  baseline: Baseline | null;
  features: FeatureRange[] | null;
  /**
   * Every row of the learner's prepared data (training, validation, test), raw units: the traffic generator fits one
   * normal distribution per species on them and sends new birds drawn from it (core/monitoring/bird-population).
   */
  trafficRows: SourceRow[];
  /** Where the baseline comes from, in words with its row count. */
  description: string;
  error?: string;
}

const describeSchema = z.object({
  input: z.object({ features: z.array(z.object({ name: z.string(), unit: z.string().optional(), min: z.number(), max: z.number() })).min(1) }),
});

/** The serving version's valid ranges, from `GET /api/endpoints/penguins` (the describe call lists input.features). */
async function servingFeatures(): Promise<FeatureRange[]> {
  const ex = await sendRequest({ method: 'GET', url: '/api/endpoints/penguins', headers: [['Accept', 'application/json']], body: null });
  if (!ex.response) throw new Error(ex.error ?? 'The API did not answer.');
  if (ex.response.status !== 200) throw new Error(`GET /api/endpoints/penguins answered ${ex.response.status}: is the endpoint deleted? Reset the API on the deploy page.`);
  let data: unknown = null;
  try {
    data = JSON.parse(ex.response.body);
  } catch {
    // Reported below as an unexpected shape.
  }
  const parsed = describeSchema.safeParse(data);
  if (!parsed.success) throw new Error('The endpoint description has no input features (no version serves traffic?).');
  return parsed.data.input.features.map((f) => ({ name: f.name, min: f.min, max: f.max, ...(f.unit ? { unit: f.unit } : {}) }));
}

/** Rows of a prepared set as the generator sends them: raw units (unscaled) with the true species. */
function sourceRows(set: PreparedSet): SourceRow[] {
  return set.rows.map((row, i) => ({
    features: Object.fromEntries(FEATURES.map((f, j) => [f, set.x[i]?.[j] ?? (row[f] as number)])),
    species: row.species,
  }));
}

/** Loads the learner's training split (the baseline), all prepared rows (for traffic), and the serving version's valid ranges. */
export function useMonitoringBaseline(): MonitoringBaseline {
  const [state, setState] = useState<MonitoringBaseline>({ status: 'loading', baseline: null, features: null, trafficRows: [], description: 'Loading your training data…' });
  useEffect(() => {
    let alive = true;
    Promise.all([loadPreparedData(), servingFeatures()])
      .then(([prepared, features]) => {
        if (!alive) return;
        if (!prepared.ok) {
          const why = [prepared.message, ...prepared.blockers].join(' ');
          setState({ status: 'error', baseline: null, features, trafficRows: [], description: 'No training data', error: `${why} Fix your data choices on the prepare page: the baseline is your training split.` });
          return;
        }
        const { train, validation, test } = prepared.result.sets;
        // The baseline's columns follow the endpoint's features; the prepared matrix follows FEATURES.
        const columns = features.map((f) => (FEATURES as readonly string[]).indexOf(f.name));
        const rows = train.x.map((r) => columns.map((j) => r[j] ?? Number.NaN));
        setState({
          status: 'ready',
          baseline: computeBaseline(rows, features),
          features,
          // All rows, not the ~100 held-out ones only: fitted on those, the birds' distribution carries their sampling
          // noise on top of the training split's, and Normal traffic read "moderate drift" for one feature or another
          // in about 1 window in 9 of 200 requests. Fitted on every row it is the best picture of the population
          // (drift-noise.test.ts holds the ≥ 95 % "no drift").
          trafficRows: [...sourceRows(train), ...sourceRows(validation), ...sourceRows(test)],
          description: `training split of your pipeline: ${train.rows.length} rows`,
        });
      })
      .catch((e: unknown) => {
        if (!alive) return;
        const error = e instanceof Error ? e.message : String(e);
        setState({ status: 'error', baseline: null, features: null, trafficRows: [], description: 'No baseline', error });
      });
    return () => {
      alive = false;
    };
  }, []);
  return state;
}
