import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../core/http/exchange';
import { AnsweredBy } from './answered-by';

function exchange(answeredBy: Exchange['answeredBy'], headers: [string, string][]): Exchange {
  return {
    id: 'ex-1',
    request: { method: 'GET', url: '/api/ping', headers: [], body: null },
    response: { status: 200, statusText: 'OK', headers, body: '{}', bytes: 2 },
    error: null,
    startedAt: new Date().toISOString(),
    durationMs: 1,
    answeredBy,
  };
}

describe('AnsweredBy', () => {
  it('names the service worker for an in-tab answer, which has no network headers', () => {
    render(<AnsweredBy exchange={exchange({ kind: 'tab' }, [['content-type', 'application/json']])} />);
    expect(screen.getByTestId('answered-by')).toHaveTextContent(/^Answered by the service worker in this tab\. Nothing crossed a network/);
  });

  it('names the real server, the network headers the page could read, and honestly the ones the browser hid', () => {
    const by = { kind: 'server', origin: 'http://127.0.0.1:8787', servedThisPage: false } as const;
    render(<AnsweredBy exchange={exchange(by, [['content-length', '2'], ['content-type', 'application/json']])} />);
    const text = screen.getByTestId('answered-by').textContent ?? '';
    expect(text).toMatch(/^Answered by the real server at http:\/\/127\.0\.0\.1:8787/);
    expect(text).toContain('It added Content-Length.');
    expect(text).toContain('It also sent Date, Connection, Keep-Alive, but the browser hides those headers');
    expect(text).toContain('Access-Control-Expose-Headers');
  });

  it('says nothing for an exchange without an answer', () => {
    const { container } = render(<AnsweredBy exchange={{ ...exchange({ kind: 'tab' }, []), response: null, error: 'No response' }} />);
    expect(container).toBeEmptyDOMElement();
  });
});
