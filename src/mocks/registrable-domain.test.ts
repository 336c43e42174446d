import fc from 'fast-check';
import { getDomain as tldtsGetDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { getDomain } from './registrable-domain';

describe('getDomain (the tldts stand-in of the browser build)', () => {
  it('gives the last two labels of a host name, and null for IP addresses and single labels', () => {
    expect(getDomain('api.example.org')).toBe('example.org');
    expect(getDomain('Example.ORG.')).toBe('example.org');
    expect(getDomain('https://user@a.b.example.org:8443/x?y#z')).toBe('example.org');
    expect(getDomain('localhost')).toBeNull();
    expect(getDomain('127.0.0.1')).toBeNull();
    expect(getDomain('[::1]')).toBeNull();
    expect(getDomain('')).toBeNull();
    expect(getDomain('a..b')).toBeNull();
  });

  it('agrees with tldts on hosts whose public suffix is one label (the only difference it accepts)', () => {
    const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/);
    const oneLabelSuffix = fc.constantFrom('com', 'org', 'net', 'de', 'fr', 'io', 'dev', 'app', 'localhost');
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), oneLabelSuffix, (labels, suffix) => {
        const host = [...labels, suffix].join('.');
        const theirs = tldtsGetDomain(host, { allowIcannDomains: true, allowPrivateDomains: true });
        // tldts knows a few private suffixes under these (e.g. "*.ngrok.io"); the property is about the plain ones.
        fc.pre(theirs === `${labels.at(-1)}.${suffix}`);
        expect(getDomain(host)).toBe(theirs);
      }),
    );
  });

  it('never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const d = getDomain(s);
        expect(d === null || typeof d === 'string').toBe(true);
      }),
    );
  });
});
