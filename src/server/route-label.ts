// Metrics need a bounded set of label values: raw paths (one per endpoint name or typo) would grow without end.
const TEMPLATES: readonly [RegExp, string][] = [
  [/^\/api\/endpoints\/[^/]+\/invocations$/, '/api/endpoints/{name}/invocations'],
  [/^\/api\/endpoints\/[^/]+\/feedback$/, '/api/endpoints/{name}/feedback'],
  [/^\/api\/endpoints\/[^/]+$/, '/api/endpoints/{name}'],
  [/^\/api\/endpoints$/, '/api/endpoints'],
  [/^\/api\/models\/[^/]+$/, '/api/models/{version}'],
  [/^\/api\/models$/, '/api/models'],
  [/^\/api\/v2\/models\/[^/]+\/infer$/, '/api/v2/models/{name}/infer'],
  [/^\/api\/v2\/models\/[^/]+$/, '/api/v2/models/{name}'],
  [/^\/api\/v2\/health\/(live|ready)$/, '/api/v2/health/$1'],
  [/^\/api\/(ping|mlflow\/invocations|datasets\/penguins\.csv)$/, '/api/$1'],
  [/^\/metrics$/, '/metrics'],
];

/** The route template of a path for metrics labels ("/api/endpoints/{name}/invocations"); "/api/other" or "static" otherwise. */
export function routeLabel(pathname: string): string {
  for (const [pattern, label] of TEMPLATES) {
    if (pattern.test(pathname)) return pathname.replace(pattern, label);
  }
  return pathname === '/api' || pathname.startsWith('/api/') ? '/api/other' : 'static';
}
