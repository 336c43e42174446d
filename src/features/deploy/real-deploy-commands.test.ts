import { describe, expect, it } from 'vitest';
import { splitShellWords } from '../../core/http/snippets';
import { realDeployCommands } from './real-deploy-commands';

const ALL = ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g'];

describe('realDeployCommands', () => {
  it("serves the learner's folder as v2 and the curl line calls that server with the model's features", () => {
    const c = realDeployCommands({ runId: 'run 3', features: ALL, serverUrl: 'http://127.0.0.1:8787', pageOrigin: 'http://localhost:5173' });
    expect(c.folder).toBe('./penguins-run-3');
    expect(c.version).toBe('v2');
    expect(c.serve).toBe('npm run serve -- --models ./penguins-run-3');
    const words = splitShellWords(c.curl);
    expect(words.slice(0, 5)).toEqual(['curl', '-i', '-X', 'POST', 'http://127.0.0.1:8787/api/endpoints/penguins/invocations']);
    const body = JSON.parse(words.at(-1) as string) as { instances: Record<string, number>[] };
    expect(body.instances[0]).toEqual({ bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 });
    expect(c.python).toBe('python3 public/examples/web_app.py --url http://127.0.0.1:8787 --bill-length-mm 39.1 --bill-depth-mm 18.7 --flipper-length-mm 181 --body-mass-g 3750');
  });

  it("sends exactly the features the learner's model reads (a model on two features gets two)", () => {
    const c = realDeployCommands({ runId: 'r1', features: ['flipper_length_mm', 'bill_length_mm'], serverUrl: 'http://127.0.0.1:8787', pageOrigin: 'http://127.0.0.1:8787' });
    const body = JSON.parse(splitShellWords(c.curl).at(-1) as string) as { instances: Record<string, number>[] };
    expect(Object.keys(body.instances[0] ?? {})).toEqual(['flipper_length_mm', 'bill_length_mm']);
  });

  it('without a saved model: the shipped v1, no --models; a preview page needs --allow-origin, another port needs --port', () => {
    const c = realDeployCommands({ runId: null, features: ALL, serverUrl: 'http://localhost:9000', pageOrigin: 'http://localhost:4173' });
    expect(c.folder).toBeNull();
    expect(c.version).toBe('v1');
    expect(c.serve).toBe('npm run serve -- --port 9000 --allow-origin http://localhost:4173');
    expect(c.curl).toContain("'http://localhost:9000/api/endpoints/penguins/invocations'");
  });
});
