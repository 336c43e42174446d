import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEV_ORIGIN, isLoopback, parseServerOptions } from './options';

describe('parseServerOptions', () => {
  it('defaults to loopback port 8787, no token, the dev origin and dist/', () => {
    expect(parseServerOptions([], {})).toEqual({
      ok: true,
      options: { port: 8787, host: '127.0.0.1', modelDirs: [], token: undefined, allowOrigins: [DEV_ORIGIN], appDir: 'dist' },
    });
  });

  it('reads PORT, HOST and DEPLOY_LAB_TOKEN, and flags win over them', () => {
    const env = { PORT: '9000', HOST: '0.0.0.0', DEPLOY_LAB_TOKEN: 'from-the-environment' };
    const r = parseServerOptions(['--port', '9100', '--models', 'a', '--models', 'b', '--allow-origin', 'https://lab.example'], env);
    expect(r).toMatchObject({ ok: true, options: { port: 9100, host: '0.0.0.0', token: 'from-the-environment', modelDirs: ['a', 'b'], allowOrigins: ['https://lab.example'] } });
  });

  it('refuses a non-loopback address without a token, in one sentence naming the fix', () => {
    const r = parseServerOptions(['--host', '0.0.0.0'], {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Refusing to listen on 0\.0\.0\.0 without a token.*--token or DEPLOY_LAB_TOKEN/);
    expect(parseServerOptions(['--host', '0.0.0.0', '--token', 'long-enough-token'], {}).ok).toBe(true);
  });

  it.each([
    [['--port', '80a'], /not a port/],
    [['--port', '70000'], /not a port/],
    [['--allow-origin', '*'], /not an origin/],
    [['--allow-origin', 'http://lab.example/path'], /not an origin/],
    [['--token', 'short'], /8 to 512 visible ASCII/],
    [['--bogus'], /Unknown option '--bogus'/],
  ])('refuses %j', (argv, message) => {
    const r = parseServerOptions(argv, {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('never throws, whatever the arguments', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('--port', '--host', '--token', '--models', '--allow-origin', '--app-dir'), fc.string())), (argv) => {
        const r = parseServerOptions(argv, {});
        if (r.ok) expect(isLoopback(r.options.host) || r.options.token !== undefined).toBe(true);
      }),
    );
  });
});

describe('isLoopback', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['localhost', true],
    ['0.0.0.0', false],
    ['192.168.1.2', false],
    ['::', false],
    ['127.0.0.1.evil.example', false],
  ])('%s → %s', (host, expected) => expect(isLoopback(host)).toBe(expected));
});
