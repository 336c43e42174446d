import type { RequestLogEntry } from '../monitoring/log-entry';
import { servedVersions } from '../quiz/tasks';

/**
 * The stage whose main action a logged request shows, or null: traffic from the traffic generator means the
 * learner started monitoring traffic ("monitor"); a successful PUT of endpoint "penguins" that splits traffic
 * between two or more versions is a canary release ("update"). Other stages are marked by their own pages.
 */
export function stageTriedBy(entry: RequestLogEntry): string | null {
  if (entry.client === 'traffic-generator') return 'monitor';
  if (entry.method === 'PUT' && entry.path === '/api/endpoints/penguins' && (entry.status === 200 || entry.status === 201)) {
    const served = servedVersions(entry.requestBody);
    if (served && served.length >= 2) return 'update';
  }
  return null;
}
