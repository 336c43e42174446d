import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { API_TARGET_KEY, getApiTarget, setApiTarget } from '../store/api-target-store';
import { ApiSetting } from './api-setting';

describe('ApiSetting (header)', () => {
  afterEach(() => {
    setApiTarget({ kind: 'tab' });
    localStorage.clear();
  });

  it('defaults to the tab, and chooses a real server at the typed URL (stored for the next visit)', async () => {
    const user = userEvent.setup();
    render(<ApiSetting />);
    expect(screen.getByTestId('api-answerer')).toHaveTextContent('API: in this tab');
    await user.click(screen.getByText('API: in this tab'));
    expect(screen.getByLabelText('Server URL')).toHaveValue('http://127.0.0.1:8787');
    await user.clear(screen.getByLabelText('Server URL'));
    await user.type(screen.getByLabelText('Server URL'), 'http://localhost:9000/');
    await user.click(screen.getByRole('button', { name: 'Use this server' }));
    expect(getApiTarget()).toEqual({ kind: 'server', url: 'http://localhost:9000' });
    expect(JSON.parse(localStorage.getItem(API_TARGET_KEY) ?? 'null')).toEqual({ kind: 'server', url: 'http://localhost:9000' });
    expect(screen.getByTestId('api-answerer')).toHaveTextContent('API: real server localhost:9000');
    expect(screen.getByText(/npm run serve -- --port 9000 --allow-origin/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /In this tab/ }));
    expect(getApiTarget()).toEqual({ kind: 'tab' });
  });

  it('refuses a URL it could not call, says why, and keeps the choice', async () => {
    const user = userEvent.setup();
    render(<ApiSetting />);
    await user.click(screen.getByText('API: in this tab'));
    await user.clear(screen.getByLabelText('Server URL'));
    await user.type(screen.getByLabelText('Server URL'), 'http://127.0.0.1:8787/api');
    await user.click(screen.getByRole('button', { name: 'Use this server' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/without a path/);
    expect(screen.getByLabelText('Server URL')).toHaveAttribute('aria-invalid', 'true');
    expect(getApiTarget()).toEqual({ kind: 'tab' });
  });

  it('says that a server outside this machine needs the lab served by that server itself', async () => {
    const user = userEvent.setup();
    render(<ApiSetting />);
    await user.click(screen.getByText('API: in this tab'));
    await user.clear(screen.getByLabelText('Server URL'));
    await user.type(screen.getByLabelText('Server URL'), 'https://lab.example.org');
    expect(screen.getByText(/open the lab from that server itself/)).toBeInTheDocument();
  });
});
