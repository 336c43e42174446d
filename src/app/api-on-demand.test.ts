import { describe, expect, it } from 'vitest';
import { isOwnApiRequest } from './api-on-demand';

describe('isOwnApiRequest', () => {
  const origin = 'http://127.0.0.1:4173';
  it('is true for this origin’s /api paths only', () => {
    expect(isOwnApiRequest(`${origin}/api/endpoints/penguins`, origin, '/')).toBe(true);
    expect(isOwnApiRequest(`${origin}/api/ping?x=1`, origin, '/')).toBe(true);
    expect(isOwnApiRequest(`${origin}/apiary`, origin, '/')).toBe(false);
    expect(isOwnApiRequest(`${origin}/assets/api/x.js`, origin, '/')).toBe(false);
    expect(isOwnApiRequest(`${origin}/metrics`, origin, '/')).toBe(false);
  });
  it('ignores a real server at another origin (it needs no in-tab API)', () => {
    expect(isOwnApiRequest('http://127.0.0.1:8080/api/ping', origin, '/')).toBe(false);
  });
  it('follows the base path the app is served under', () => {
    expect(isOwnApiRequest(`${origin}/lab/api/ping`, origin, '/lab/')).toBe(true);
    expect(isOwnApiRequest(`${origin}/lab/api/ping`, origin, '/lab')).toBe(true);
    expect(isOwnApiRequest(`${origin}/api/ping`, origin, '/lab/')).toBe(false);
  });
  it('is false for what is not a URL', () => {
    expect(isOwnApiRequest('not a url', origin, '/')).toBe(false);
  });
});
