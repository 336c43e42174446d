import type { Random } from '../rng';
import type { BirdPopulation } from './bird-population';
import { drawBird } from './bird-population';
import { MIN_DRIFT_SAMPLES } from './drift-noise';
import { DRIFT_BAND_LIMITS } from './psi';

/** What kind of traffic the generator sends. */
export type TrafficScenario = 'normal' | 'new-population' | 'unit-mistake' | 'broken-client';

/** Extra millimetres on bill length in the new-population scenario. */
export const NEW_POPULATION_BILL_SHIFT_MM = 6;
/** Share of malformed requests in the broken-client scenario. */
export const BROKEN_CLIENT_SHARE = 0.3;

/** The scenarios with a label and what they do, numbers included, for the generator's picker. */
export const TRAFFIC_SCENARIOS: readonly { id: TrafficScenario; label: string; description: string }[] = [
  {
    id: 'normal',
    label: 'Normal',
    description: `New penguins from the same species as your data, never seen by the model, sent as they are. Once the last minute holds ${MIN_DRIFT_SAMPLES} of them, drift should read "no drift" (PSI below ${DRIFT_BAND_LIMITS.moderate}).`,
  },
  {
    id: 'new-population',
    label: 'New population',
    description: `A colony with longer bills: every bill_length_mm is ${NEW_POPULATION_BILL_SHIFT_MM} mm longer. The true species stays the same, so accuracy drops once labels come back.`,
  },
  { id: 'unit-mistake', label: 'Unit mistake', description: 'A client sends body_mass_g in kilograms (divided by 1000): 3750 g becomes 3.75. The endpoint refuses it (422) and drift explodes.' },
  {
    id: 'broken-client',
    label: 'Broken client',
    description: `About ${BROKEN_CLIENT_SHARE * 100}% of requests are malformed, in turn: a missing field, a number sent as a string, Content-Type text/plain, invalid JSON. The rest are normal.`,
  },
];

/** One penguin in raw units with its true species (a real row, or a bird drawn by bird-population.ts). */
export interface SourceRow {
  features: Record<string, number>;
  species: string;
}

/** One request to send to the invocations URL, with the labels to send back later as feedback. */
export interface TrafficRequest {
  contentType: string;
  body: string;
  /** Ground truth per instance, or null for malformed requests (no prediction to label). */
  labels: string[] | null;
  malformed: boolean;
}

/** Bounds of the generator's controls: requests per second, and a cap on requests and minutes per run. */
export const TRAFFIC_LIMITS: { minRate: 1; maxRate: 50; maxRequests: number; maxMinutes: number } = { minRate: 1, maxRate: 50, maxRequests: 5000, maxMinutes: 5 };

/** The generator's starting rate, requests per second: a minute of it (600 requests) is the drift window's default size. */
export const DEFAULT_TRAFFIC_RATE = 10;

const round = (x: number, digits: number) => Number(x.toFixed(digits));

const json = (instance: Record<string, unknown>) => JSON.stringify({ instances: [instance] });

/** The four ways the broken client breaks a request (picked at random, so each shows up about equally). */
const BREAKAGES = ['missing-field', 'string-value', 'text-plain', 'invalid-json'] as const;

/**
 * One request of the scenario: a new bird drawn from `population` (1 instance per request), transformed as the
 * scenario says. Why new birds and not replayed rows: feedback labels of the traffic train the next version, and
 * traffic also evaluates that version as a canary. Replayed rows would be graded on birds whose labels it trained
 * on (it scored 100 % that way); a fresh draw is a bird no version has seen, so the two uses never share a bird.
 */
export function makeTrafficRequest(population: BirdPopulation, scenario: TrafficScenario, random: Random): TrafficRequest {
  const row = drawBird(population, random);
  const f: Record<string, unknown> = { ...row.features };
  const ok = (instance: Record<string, unknown>): TrafficRequest => ({ contentType: 'application/json', body: json(instance), labels: [row.species], malformed: false });
  switch (scenario) {
    case 'new-population':
      if (typeof f.bill_length_mm === 'number') f.bill_length_mm = round(f.bill_length_mm + NEW_POPULATION_BILL_SHIFT_MM, 2);
      return ok(f);
    case 'unit-mistake':
      if (typeof f.body_mass_g === 'number') f.body_mass_g = round(f.body_mass_g / 1000, 4);
      return ok(f);
    case 'broken-client': {
      if (random() >= BROKEN_CLIENT_SHARE) return ok(f);
      const kind = BREAKAGES[Math.min(BREAKAGES.length - 1, Math.floor(random() * BREAKAGES.length))];
      const keys = Object.keys(f);
      const key = keys[Math.min(keys.length - 1, Math.floor(random() * keys.length))] ?? 'body_mass_g';
      const broken = (contentType: string, body: string): TrafficRequest => ({ contentType, body, labels: null, malformed: true });
      if (kind === 'missing-field') {
        delete f[key];
        return broken('application/json', json(f));
      }
      if (kind === 'string-value') {
        f[key] = String(f[key]);
        return broken('application/json', json(f));
      }
      if (kind === 'text-plain') return broken('text/plain', json(f));
      // Cut off mid-object, as a client that writes a truncated buffer would.
      const whole = json(f);
      return broken('application/json', whole.slice(0, Math.max(1, Math.floor(whole.length / 2))));
    }
    default:
      return ok(f);
  }
}

/** The JSON body of the feedback call for one invocation: `{"request_id": …, "labels": […]}`. */
export function feedbackBody(requestId: string, labels: readonly string[]): string {
  return JSON.stringify({ request_id: requestId, labels });
}

/** The JSON body of a batched feedback call: `{"feedback": [{"request_id": …, "labels": […]}, …]}`. */
export function feedbackBatchBody(items: readonly { requestId: string; labels: readonly string[] }[]): string {
  return JSON.stringify({ feedback: items.map((i) => ({ request_id: i.requestId, labels: i.labels })) });
}
