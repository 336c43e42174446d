import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../core/http/exchange';
import { FAULT_HEADER } from '../../core/serving/faults';
import { AnatomyView } from './anatomy-view';
import { ResponsePanel } from './response-panel';
import { timingSegments } from './timing-segments';

const json422Body = JSON.stringify({ instances: [{ bill_length_mm: 39.1, bill_depth_mm: 'deep', flipper_length_mm: 1810 }] }, null, 2);

function exchange(over: Partial<Exchange> = {}, status = 200, headers: [string, string][] = [], body = '{}'): Exchange {
  return {
    id: 'ex-1',
    request: { method: 'POST', url: '/api/endpoints/penguins/invocations', headers: [['Content-Type', 'application/json']], body: json422Body },
    response: { status, statusText: '', headers: [['Content-Type', 'application/json'], ...headers], body, bytes: body.length },
    error: null,
    startedAt: '2026-12-03T12:00:00Z',
    durationMs: 100,
    ...over,
  };
}

describe('anatomy view', () => {
  it('a mouse click keeps a part selected after the pointer moves away', async () => {
    const user = userEvent.setup();
    render(<AnatomyView exchange={exchange()} host="localhost" />);
    const part = screen.getByRole('button', { name: 'Method and URL' });
    await user.click(part);
    expect(part).toHaveAttribute('aria-pressed', 'true');
    await user.unhover(part);
    await user.hover(screen.getByRole('heading', { name: 'Request' }));
    expect(part).toHaveAttribute('aria-pressed', 'true');
    expect(within(screen.getByRole('region', { name: 'Raw HTTP request' })).getByText(/^POST \/api/)).toHaveClass('active');
    await user.click(part);
    expect(part).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('timing segments', () => {
  it('gives injected latency, earlier tries and waits their own parts, and the parts add up to the round trip', () => {
    const ex = exchange(
      {
        durationMs: 1500,
        attempts: [
          { attempt: 1, outcome: '503 Service Unavailable', durationMs: 420, waitMs: 250 },
          { attempt: 2, outcome: '200 OK', durationMs: 830, waitMs: null },
        ],
      },
      200,
      [
        ['Server-Timing', 'validate;dur=1, inference;dur=4'],
        [FAULT_HEADER, 'latency-800ms'],
      ],
    );
    const parts = timingSegments(ex);
    expect(parts.map((p) => [p.kind, p.ms])).toEqual([
      ['tries', 420],
      ['wait', 250],
      ['latency', 800],
      ['validate', 1],
      ['inference', 4],
      ['other', 25],
    ]);
    expect(parts.reduce((s, p) => s + p.ms, 0)).toBe(1500);
  });
});

describe('response panel', () => {
  it('says how long a timed-out try took once, and draws the tries and waits as a timeline', () => {
    const ex = exchange({
      response: null,
      error: 'No response: timed out',
      attempts: [
        { attempt: 1, outcome: 'timed out', durationMs: 3002, waitMs: 250 },
        { attempt: 2, outcome: 'timed out', durationMs: 3001, waitMs: null },
      ],
    });
    render(<ResponsePanel exchange={ex} sending={false} />);
    expect(screen.getByText(/Try 1: timed out after 3002 ms/)).toBeInTheDocument();
    expect(screen.queryByText(/after \d+ ms after/)).toBeNull();
    expect(screen.getByRole('img', { name: /^Timeline, 6253 ms in all: try 1 timed out, 3002 ms, then wait 250 ms, then try 2/ })).toBeInTheDocument();
  });

  it('a 422 marks the fields its errors[].pointer names inside the request body', () => {
    const problem = JSON.stringify({
      status: 422,
      errors: [
        { pointer: '/instances/0/bill_depth_mm', message: 'Expected number, received string' },
        { pointer: '/instances/0/flipper_length_mm', message: 'Too large' },
      ],
    });
    render(<ResponsePanel exchange={exchange({}, 422, [], problem)} sending={false} />);
    const section = screen.getByRole('region', { name: 'Where the errors point in your request' });
    const marks = section.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['"bill_depth_mm": "deep"', '"flipper_length_mm": 1810']);
    expect(within(section).getByText('Too large', { exact: false })).toBeInTheDocument();
  });

  it('moves focus to the result status after a send', () => {
    const { rerender } = render(<ResponsePanel exchange={null} sending sentCount={0} />);
    rerender(<ResponsePanel exchange={exchange()} sending={false} sentCount={1} />);
    const status = screen.getByRole('status');
    expect(status).toHaveFocus();
    expect(status).toHaveTextContent('POST /api/endpoints/penguins/invocations → 200');
  });
});
