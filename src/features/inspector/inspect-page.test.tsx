import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Exchange, RequestSpec } from '../../core/http/exchange';
import InspectPage from './inspect-page';

const sendRequest = vi.fn<(spec: RequestSpec) => Promise<Exchange>>();
vi.mock('../../api/client', () => ({ sendRequest: (spec: RequestSpec) => sendRequest(spec) }));
vi.mock('../../api/mock-api', () => ({
  mockApiNotice: async () => null,
  resetMockApi: async () => undefined,
  faultInjector: () => new Promise(() => {}),
  whenMockApiStarted: () => new Promise(() => {}),
}));

function answer(status: number, statusText: string, body: string): (spec: RequestSpec) => Promise<Exchange> {
  return async (spec) => ({
    id: `ex-${Math.random()}`,
    request: spec,
    response: { status, statusText, headers: [['content-type', 'application/problem+json']], body, bytes: body.length },
    error: null,
    startedAt: new Date().toISOString(),
    durationMs: 3.2,
  });
}

function renderPage(entry = '/deploy/inspect') {
  const router = createMemoryRouter([{ path: '/deploy/inspect', Component: InspectPage }], { initialEntries: [entry] });
  return { router, ...render(<RouterProvider router={router} />) };
}

describe('request inspector', () => {
  beforeEach(() => {
    sendRequest.mockReset();
    // The page's own GET of what the endpoint serves needs an answer too.
    sendRequest.mockImplementation(answer(200, 'OK', '{}'));
  });

  it('fills the form from a preset and shows the answer with its status meaning', async () => {
    const user = userEvent.setup();
    sendRequest.mockImplementation(answer(415, 'Unsupported Media Type', '{"status":415}'));
    renderPage();
    await user.selectOptions(screen.getByLabelText('Preset'), 'Error 415: wrong Content-Type');
    expect(screen.getByLabelText('Header 1 value')).toHaveValue('text/plain');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    const response = screen.getByRole('region', { name: 'Response' });
    expect(await within(response).findByText('415 Unsupported Media Type')).toBeInTheDocument();
    expect(within(response).getByText('(client error)')).toBeInTheDocument();
    expect(sendRequest).toHaveBeenCalledWith(expect.objectContaining({ method: 'POST', url: '/api/endpoints/penguins/invocations' }));
  });

  it('blocks sending with an inline message when the URL is empty', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.clear(screen.getByLabelText('URL'));
    expect(screen.getByText(/Enter a URL/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send request' })).toBeDisabled();
    // The page's own GET of what the endpoint serves (the live version line) is not a send.
    expect(sendRequest.mock.calls.filter(([s]) => !(s.method === 'GET' && s.url === '/api/endpoints/penguins'))).toEqual([]);
  });

  it('sends the setup request first for the 503 preset and lists both in the history', async () => {
    const user = userEvent.setup();
    sendRequest.mockImplementation(answer(503, 'Service Unavailable', '{}'));
    renderPage();
    await user.selectOptions(screen.getByLabelText('Preset'), 'Error 503: no version serves traffic');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await within(screen.getByRole('region', { name: 'Response' })).findByText('503 Service Unavailable');
    expect(sendRequest.mock.calls.filter(([s]) => !(s.method === 'GET' && s.url === '/api/endpoints/penguins')).map(([s]) => s.method)).toEqual(['PUT', 'POST']);
    const history = screen.getByRole('region', { name: 'History' });
    expect(within(history).getAllByRole('listitem')).toHaveLength(2);
  });

  it('renders what the server sent as text, never as HTML', async () => {
    const user = userEvent.setup();
    sendRequest.mockImplementation(answer(200, 'OK', '<img src=x onerror=alert(1)>'));
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await within(screen.getByRole('region', { name: 'Response body' })).findByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('keeps the request in the address, so a copied link to this view opens the same request', async () => {
    const user = userEvent.setup();
    const first = renderPage();
    await user.selectOptions(screen.getByLabelText('Preset'), 'Error 415: wrong Content-Type');
    // An unchanged preset is named, not spelled out.
    await vi.waitFor(() => expect(first.router.state.location.search).toBe('?preset=e415'));
    await user.type(screen.getByLabelText('URL'), '?x=1');
    await vi.waitFor(() => expect(first.router.state.location.search).toMatch(/^\?request=z\./));
    const link = `${first.router.state.location.pathname}${first.router.state.location.search}`;
    first.unmount();

    renderPage(link);
    expect(screen.getByLabelText('URL')).toHaveValue('/api/endpoints/penguins/invocations?x=1');
    expect(screen.getByLabelText('Header 1 value')).toHaveValue('text/plain');
    expect(screen.getByLabelText('Method')).toHaveValue('POST');
  });

  it('opens a preset named in the address', () => {
    renderPage('/deploy/inspect?preset=e422');
    expect(screen.getByLabelText('Preset')).toHaveValue('e422');
  });

  it('after Send, focus moves to the result status, never to the page body', async () => {
    const user = userEvent.setup();
    sendRequest.mockImplementation(answer(200, 'OK', '{}'));
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    const response = screen.getByRole('region', { name: 'Response' });
    await within(response).findByText('200 OK');
    expect(within(response).getByRole('status')).toHaveFocus();
  });
});
