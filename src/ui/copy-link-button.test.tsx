import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyLinkButton } from './copy-link-button';

afterEach(() => vi.restoreAllMocks());

describe('CopyLinkButton', () => {
  it('copies the full address, query included, and says so politely', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/data/explore?messy=1&seed=7');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<CopyLinkButton />);
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    expect(writeText).toHaveBeenCalledWith(`${location.origin}/data/explore?messy=1&seed=7`);
    expect(await screen.findByText('Link copied.')).toHaveAttribute('aria-live', 'polite');
  });

  it('when the clipboard refuses, shows the link selected in a read-only field', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/deploy/inspect?request=abc');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    render(<CopyLinkButton />);
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    const field = await screen.findByRole('textbox', { name: 'Link to this view' });
    expect(field).toHaveValue(`${location.origin}/deploy/inspect?request=abc`);
    expect(field).toHaveAttribute('readonly');
    expect(screen.getByText(/Copying is blocked here/)).toBeInTheDocument();
  });
});
