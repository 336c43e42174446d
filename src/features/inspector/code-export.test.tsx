import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CodeExport } from './code-export';

const spec = { method: 'GET', url: '/api/ping', headers: [], body: null };

describe('CodeExport caveat', () => {
  it('with a real server: the snippets call it and can be pasted into a terminal', () => {
    render(<CodeExport spec={spec} origin="http://127.0.0.1:8787" target={{ kind: 'server', origin: 'http://127.0.0.1:8787' }} />);
    expect(screen.getByTestId('snippets-caveat')).toHaveTextContent(/paste one into a terminal/);
    expect(screen.getByRole('region', { name: 'curl code' })).toHaveTextContent("curl -X GET 'http://127.0.0.1:8787/api/ping'");
  });

  it('with the in-tab API: a terminal cannot reach it, and the exact command to start the real server for this page', () => {
    render(<CodeExport spec={spec} origin={location.origin} target={{ kind: 'tab' }} />);
    const caveat = screen.getByTestId('snippets-caveat');
    expect(caveat).toHaveTextContent(/cannot reach it/);
    expect(caveat).toHaveTextContent(`npm run serve -- --allow-origin ${location.origin}`);
  });
});
