import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RequestSpec } from '../../core/http/exchange';
import { createTwoVersionsApi, learnerArtifact, sendToTestApi } from '../../mocks/two-versions-fixture';
import type { TwoVersionsApi } from '../../mocks/two-versions-fixture';
import { ContractsTable } from './contracts-table';
import { ServingNow } from './serving-now';

// The real endpoint function behind MSW's Node server: only the transport is swapped (no service worker to start).
vi.mock('../../api/client', () => ({ sendRequest: (spec: RequestSpec) => sendToTestApi(spec) }));
vi.mock('../../api/mock-api', () => ({ whenMockApiStarted: () => new Promise(() => {}) }));

let api: TwoVersionsApi | null = null;
afterEach(() => {
  api?.server.close();
  api = null;
  localStorage.clear();
});

describe('the inspector names the versions actually serving', () => {
  it('with v2 at 90 % and v1 at 10 %: the live line and the contracts text give the split, never "v1" alone', async () => {
    api = await createTwoVersionsApi(localStorage, learnerArtifact(), { v2: 90, v1: 10 });
    render(
      <>
        <ServingNow />
        <ContractsTable />
      </>,
    );
    expect(await screen.findByText(/splits its traffic/)).toHaveTextContent('Right now endpoint penguins splits its traffic: v2 (90 %) and v1 (10 %).');
    expect(await screen.findByText(/answer on three URLs/)).toHaveTextContent('The same models, v2 (90 %) and v1 (10 %) of the traffic, answer on three URLs with the same split');
    expect(screen.queryByText(/model v1 answers/)).toBeNull();
  });

  it('with all traffic on v2: names v2 as the one model', async () => {
    api = await createTwoVersionsApi(localStorage, learnerArtifact(), { v2: 100, v1: 0 });
    render(
      <>
        <ServingNow />
        <ContractsTable />
      </>,
    );
    expect(await screen.findByText(/serves model/)).toHaveTextContent('Right now endpoint penguins serves model v2: it answers every prediction request.');
    expect(await screen.findByText(/answers on three URLs/)).toHaveTextContent('The same model, v2, answers on three URLs');
  });
});
