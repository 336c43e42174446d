import type { ServingContext } from '../context';
import { refuseUnacceptable } from '../http-helpers';

/** GET /api/ping: 200 with an empty body while the service is up (what load balancers poll). */
export function ping(): Response {
  return new Response(null, { status: 200, headers: { 'Cache-Control': 'no-store' } });
}

/** GET /api/datasets/penguins.csv: the raw data set as CSV, as a data store would serve it. */
export async function getDataset(req: Request, ctx: ServingContext): Promise<Response> {
  const refused = refuseUnacceptable(req, 'text/csv');
  if (refused) return refused;
  const csv = await ctx.datasetCsv();
  return new Response(csv, {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Length': String(new TextEncoder().encode(csv).byteLength),
      // The data set never changes within a build, so clients may keep it for an hour.
      'Cache-Control': 'public, max-age=3600',
      'Content-Disposition': 'inline; filename="penguins.csv"',
    },
  });
}
