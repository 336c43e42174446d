// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../../mocks/node';
import type { TestApi } from '../../mocks/node';
import type { Problem } from './problem';

const OK = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 };

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  api.server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => api.server.close());

async function invoke(instances: unknown[]): Promise<{ status: number; problem: Problem }> {
  const res = await fetch('http://localhost/api/endpoints/penguins/invocations', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ instances }),
  });
  return { status: res.status, problem: (await res.json()) as Problem };
}

describe('the 422 detail counts instances, not fields', () => {
  it('two bad fields in one instance count one instance', async () => {
    const { status, problem } = await invoke([{ ...OK, bill_length_mm: 'x', body_mass_g: -1 }, OK]);
    expect(status).toBe(422);
    expect(problem.errors).toHaveLength(2);
    expect(problem.detail).toBe('1 of 2 instances failed validation.');
  });

  it('counts each bad instance once across a batch, and says "instance" for one', async () => {
    const batch = await invoke([{ ...OK, bill_length_mm: 'x', body_mass_g: -1 }, OK, { ...OK, flipper_length_mm: null }]);
    expect(batch.problem.errors?.map((e) => e.pointer)).toEqual(['/instances/0/bill_length_mm', '/instances/0/body_mass_g', '/instances/2/flipper_length_mm']);
    expect(batch.problem.detail).toBe('2 of 3 instances failed validation.');
    const single = await invoke([{ ...OK, bill_depth_mm: 'deep', flipper_length_mm: 'long' }]);
    expect(single.problem.detail).toBe('1 of 1 instance failed validation.');
  });

  it('counts instances 10 and 11 apart, not by their first digit', async () => {
    const instances = Array.from({ length: 12 }, (_, i) => (i === 1 || i === 10 || i === 11 ? { ...OK, body_mass_g: 'heavy' } : OK));
    const { problem } = await invoke(instances);
    expect(problem.detail).toBe('3 of 12 instances failed validation.');
  });
});
