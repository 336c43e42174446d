import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PRESENTER_KEY } from '../store/presenter-store';
import { Layout } from './layout';
import { SIDEBAR_KEY } from './sidebar-state';

beforeAll(() => {
  // jsdom has no modal dialogs; a minimal stand-in so the help dialog can open and close.
  if (!HTMLDialogElement.prototype.showModal) {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    };
  }
});

const page = (title: string) => () => (
  <>
    <h1 tabIndex={-1}>{title}</h1>
    <label>
      Notes <input />
    </label>
  </>
);

function renderApp(path = '/data/retrieve') {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        Component: Layout,
        children: [
          { index: true, Component: page('Overview') },
          { path: 'data/retrieve', Component: page('Retrieve') },
          { path: 'data/explore', Component: page('Explore') },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  const view = render(<RouterProvider router={router} />);
  return Object.assign(router, { unmount: view.unmount });
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  delete document.documentElement.dataset.presenter;
  delete document.documentElement.dataset.revealAnswers;
});

describe('Layout: presenter mode, shortcuts, help', () => {
  it('Shift+P turns presenter mode on and off, marks <html> and remembers it', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('heading', { name: 'Retrieve' });
    const toggle = screen.getByRole('button', { name: 'Presenter mode' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.keyboard('{Shift>}P{/Shift}');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.dataset.presenter).toBe('on');
    expect(JSON.parse(localStorage.getItem(PRESENTER_KEY) ?? '{}')).toEqual({ presenter: true, shortcuts: true });
    expect(screen.getByRole('status')).toHaveTextContent('Presenter mode on');
    await user.click(toggle);
    expect(document.documentElement.dataset.presenter).toBeUndefined();
  });

  it('Reveal answers marks <html> only in presenter mode', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Presenter mode' }));
    const reveal = screen.getByRole('button', { name: 'Reveal answers' });
    await user.click(reveal);
    expect(reveal).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveAttribute('data-reveal-answers');
    await user.click(screen.getByRole('button', { name: 'Presenter mode' }));
    expect(document.documentElement).not.toHaveAttribute('data-reveal-answers');
  });

  it('] and [ move between steps, but not while typing in a field', async () => {
    const user = userEvent.setup();
    const router = renderApp();
    await screen.findByRole('heading', { name: 'Retrieve' });
    await user.keyboard(']');
    expect(router.state.location.pathname).toBe('/data/explore');
    await user.click(screen.getByRole('textbox', { name: 'Notes' }));
    await user.keyboard('[[');
    expect(router.state.location.pathname).toBe('/data/explore');
    await user.keyboard('{Shift>}P{/Shift}');
    expect(document.documentElement.dataset.presenter).toBeUndefined();
    await user.click(document.body);
    await user.keyboard('[[');
    expect(router.state.location.pathname).toBe('/data/retrieve');
  });

  it('? opens the help dialog, Close returns focus; shortcuts can be turned off', async () => {
    const user = userEvent.setup();
    const router = renderApp();
    const button = await screen.findByRole('button', { name: 'Keyboard shortcuts' });
    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveTextContent('Shift + P');
    await user.click(screen.getByRole('checkbox', { name: /Use these single-key shortcuts/ }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(dialog).not.toHaveAttribute('open');
    expect(button).toHaveFocus();
    // Shortcuts off: ] does nothing, and the choice is remembered.
    await user.click(document.body);
    await user.keyboard(']');
    expect(router.state.location.pathname).toBe('/data/retrieve');
    expect(JSON.parse(localStorage.getItem(PRESENTER_KEY) ?? '{}')).toMatchObject({ shortcuts: false });
    await user.keyboard('?');
    expect(dialog).not.toHaveAttribute('open');
  });

  it('? from the page opens the dialog', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('heading', { name: 'Retrieve' });
    await act(async () => {
      await user.keyboard('?');
    });
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveAttribute('open');
  });
});

describe('Layout: the step list', () => {
  it('Steps folds the list away and back (aria-expanded), remembered per mode; presenter mode starts folded', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp();
    const steps = await screen.findByRole('button', { name: 'Steps' });
    const frame = () => screen.getByRole('main').parentElement;
    expect(steps).toHaveAttribute('aria-expanded', 'true');
    expect(steps).toHaveAttribute('aria-controls', 'site-nav');
    expect(frame()).not.toHaveClass('nav-collapsed');
    steps.focus();
    await user.keyboard('{Enter}');
    expect(steps).toHaveAttribute('aria-expanded', 'false');
    expect(frame()).toHaveClass('nav-collapsed');
    expect(JSON.parse(localStorage.getItem(SIDEBAR_KEY) ?? '{}')).toEqual({ normal: true, presenter: true });
    // Presenter mode has its own state, folded at first; unfolding it leaves normal mode's choice alone.
    await user.click(screen.getByRole('button', { name: 'Presenter mode' }));
    expect(steps).toHaveAttribute('aria-expanded', 'false');
    await user.click(steps);
    expect(steps).toHaveAttribute('aria-expanded', 'true');
    expect(frame()).not.toHaveClass('nav-collapsed');
    unmount();
    // After a reload (a new mount) the remembered state comes back.
    renderApp();
    expect(await screen.findByRole('button', { name: 'Steps' })).toHaveAttribute('aria-expanded', 'true');
    expect(JSON.parse(localStorage.getItem(SIDEBAR_KEY) ?? '{}')).toEqual({ normal: true, presenter: false });
  });

  it('starts folded in presenter mode when nothing is remembered', async () => {
    localStorage.setItem(PRESENTER_KEY, JSON.stringify({ presenter: true, shortcuts: true }));
    renderApp();
    expect(await screen.findByRole('button', { name: 'Steps' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('main').parentElement).toHaveClass('nav-collapsed');
  });
});

describe('Layout: focus after navigation', () => {
  it('moves focus to the h1 on a new page, but not when a control only rewrites the search params', async () => {
    const router = renderApp('/data/retrieve');
    await act(() => router.navigate('/data/explore'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Explore' }));
    // The skip link adds #content; then a control (a radio, a slider) writes ?x=… and the hash is gone.
    await act(() => router.navigate('/data/explore#content'));
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    notes.focus();
    await act(() => router.navigate('/data/explore?chart=scatter', { replace: true }));
    expect(document.activeElement).toBe(notes);
  });
});
