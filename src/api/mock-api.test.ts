import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiStartFailureMessage } from './mock-api';

const WHAT_TO_DO = /open Deploy Lab|reload the page/;

describe('apiStartFailureMessage: one plain sentence (what failed, why, what to do)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('names missing service workers (private mode, policies, plain http) and where to open the lab instead', () => {
    vi.stubGlobal('navigator', { ...navigator, serviceWorker: undefined });
    const sentence = apiStartFailureMessage(new TypeError("Cannot read properties of undefined (reading 'active')"));
    expect(sentence).toMatch(/^The in-browser API could not start, because this browser offers no service workers here/);
    expect(sentence).toMatch(WHAT_TO_DO);
    expect(sentence).not.toMatch(/Cannot read|MSW/);
  });

  it('names a refused registration', () => {
    vi.stubGlobal('navigator', { ...navigator, serviceWorker: {} });
    const msw = new Error('[MSW] Failed to register the Service Worker:\n\nThe user denied permission to use Service Worker.');
    const sentence = apiStartFailureMessage(msw);
    expect(sentence).toMatch(/refused its service worker/);
    expect(sentence).toMatch(WHAT_TO_DO);
    expect(sentence).not.toMatch(/\[MSW\]|denied permission/);
  });

  it('falls back to a set-up failure for anything else, still one sentence', () => {
    vi.stubGlobal('navigator', { ...navigator, serviceWorker: {} });
    const sentence = apiStartFailureMessage(new Error('models/penguins/v1/card.json: HTTP 404'));
    expect(sentence).toMatch(/set-up failed.*reload the page\.$/);
    expect(sentence.match(/\.(\s|$)/g)).toHaveLength(1);
  });
});
