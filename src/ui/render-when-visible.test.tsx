import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RenderWhenVisible } from './render-when-visible';

type Callback = (entries: { isIntersecting: boolean }[]) => void;
let observed: Callback | null = null;

class FakeObserver {
  constructor(callback: Callback) {
    observed = callback;
  }
  observe() {}
  disconnect() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  observed = null;
});

describe('RenderWhenVisible', () => {
  it('holds an empty box of the reserved height until its place scrolls near the viewport', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { container } = render(
      <RenderWhenVisible minHeight="320px" idleTimeoutMs={60_000}>
        <p>chart</p>
      </RenderWhenVisible>,
    );
    expect(screen.queryByText('chart')).toBeNull();
    expect((container.firstChild as HTMLElement).style.minHeight).toBe('320px');
    act(() => observed?.([{ isIntersecting: false }]));
    expect(screen.queryByText('chart')).toBeNull();
    act(() => observed?.([{ isIntersecting: true }]));
    expect(screen.getByText('chart')).toBeInTheDocument();
    expect((container.firstChild as HTMLElement).style.minHeight).toBe('');
  });

  it('renders after the idle timeout when the learner never scrolls', () => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    vi.stubGlobal('requestIdleCallback', undefined);
    render(
      <RenderWhenVisible minHeight="10px" idleTimeoutMs={1000}>
        <p>chart</p>
      </RenderWhenVisible>,
    );
    expect(screen.queryByText('chart')).toBeNull();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByText('chart')).toBeInTheDocument();
  });

  it('renders at once where IntersectionObserver does not exist', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(
      <RenderWhenVisible minHeight="10px">
        <p>chart</p>
      </RenderWhenVisible>,
    );
    expect(screen.getByText('chart')).toBeInTheDocument();
  });
});
