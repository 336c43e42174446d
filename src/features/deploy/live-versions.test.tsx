import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RequestSpec } from '../../core/http/exchange';
import type { TwoVersionsApi } from '../../mocks/two-versions-fixture';
import { createTwoVersionsApi, learnerArtifact, sendToTestApi } from '../../mocks/two-versions-fixture';
import { PythonAnalogy } from './python-analogy';
import { SchematicSection } from './schematic-section';

// The real endpoint function behind MSW's Node server: only the transport is swapped (no service worker to start).
vi.mock('../../api/client', () => ({ sendRequest: (spec: RequestSpec) => sendToTestApi(spec) }));
vi.mock('../../api/mock-api', () => ({ whenMockApiStarted: () => new Promise(() => {}) }));
vi.mock('../../store/artifact-store', () => ({ loadSavedArtifacts: async () => ({ latest: null, versions: [], notice: null }) }));

let api: TwoVersionsApi | null = null;
afterEach(() => {
  api?.server.close();
  api = null;
  localStorage.clear();
});

const renderIn = (ui: React.ReactNode) => render(<MemoryRouter>{ui}</MemoryRouter>);
// tfjs loads v2's weights on the first call: seconds on a busy machine.
const slow = { timeout: 20_000 };

describe('the deploy page names the versions actually serving', () => {
  it('with v2 at 90 % and v1 at 10 %: the sample response names v2 and the text gives the split', async () => {
    api = await createTwoVersionsApi(localStorage, learnerArtifact(), { v2: 90, v1: 10 });
    renderIn(<PythonAnalogy />);
    expect(await screen.findByText(/splits its traffic now: v2 \(90 %\) and v1 \(10 %\)/, {}, slow)).toBeInTheDocument();
    const sample = screen.getByRole('region', { name: 'The same call over HTTP' });
    expect(sample).toHaveTextContent('"model_version": "v2"');
    expect(sample).toHaveTextContent('X-Model-Version: v2');
    expect(sample).not.toHaveTextContent('"v1"');
  });
});

describe('Call the model both ways, on a registered model', () => {
  it('loads v2 as the endpoint stored it and gets the same probabilities as the HTTP answer', async () => {
    api = await createTwoVersionsApi(localStorage, learnerArtifact(), { v2: 100, v1: 0 });
    const user = userEvent.setup();
    renderIn(<PythonAnalogy />);
    await user.click(screen.getByRole('button', { name: 'Call the model both ways' }));
    expect(await screen.findByText('The predictions are identical.', {}, slow)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /^Model v2 on one Adelie penguin .*: it answered 7 of the 7 requests/ });
    const direct = within(table).getByRole('row', { name: /^Direct, in the page/ });
    const http = within(table).getByRole('row', { name: /^HTTP, through the endpoint/ });
    expect(direct.textContent?.replace('Direct, in the page', '')).toBe(http.textContent?.replace('HTTP, through the endpoint', ''));
    expect(screen.queryByText(/shipped models only/)).toBeNull();
  }, 40_000);
});

describe('the walk-through shows the endpoint applying the scaler', () => {
  it('computes (raw − mean) / std with the answering version’s own preprocessing.json', async () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('reduce'), media: q, addEventListener() {}, removeEventListener() {} }));
    const artifact = learnerArtifact(2);
    api = await createTwoVersionsApi(localStorage, artifact, { v2: 100, v1: 0 });
    const user = userEvent.setup();
    renderIn(<SchematicSection />);
    await user.click(screen.getByRole('button', { name: 'Send a request through production' }));
    const table = await screen.findByRole('table', { name: /^How v2 scaled this request/ }, slow);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(artifact.preprocessing.features.length);
    const raw: Record<string, number> = { bill_length_mm: 50, bill_depth_mm: 15.2, flipper_length_mm: 218, body_mass_g: 5700 };
    artifact.preprocessing.features.forEach((f, j) => {
      const cells = within(rows[j] as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
      const x = raw[f.name] as number;
      // v2's means are v1's plus 2: a table read from v1 (or typed) would show other numbers.
      expect(cells).toEqual([`${x} ${f.unit}`, `${f.mean.toFixed(2)} ${f.unit}`, `${f.std.toFixed(2)} ${f.unit}`, ((x - f.mean) / f.std).toFixed(3)]);
    });
    vi.unstubAllGlobals();
  }, 40_000);
});
