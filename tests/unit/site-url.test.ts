import { describe, expect, test } from 'vitest';
import { LOCAL_SITE_URL, siteUrlFor } from '../../src/build/site-url.ts';

const publish = { publish: true };
const local = { publish: false };

describe('siteUrlFor', () => {
  test('builds locally on the address npm start serves when none is set', () => {
    expect(siteUrlFor(undefined, local)).toEqual({ ok: true, url: LOCAL_SITE_URL });
    expect(siteUrlFor('', local)).toEqual({ ok: true, url: LOCAL_SITE_URL });
  });

  test('refuses to build for publication without an address, naming the setting and the fix', () => {
    const result = siteUrlFor(undefined, publish);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/KENNISBANK_SITE_URL.*npm run build -- --publish/s);
  });

  test.each([
    'http://localhost:4321',
    'https://localhost',
    'https://127.0.0.1',
    'https://intranet',
    'https://kb.local',
  ])('refuses to publish on %s, which only works on this computer', (value) =>
    expect(siteUrlFor(value, publish).ok).toBe(false),
  );

  test('refuses to publish on http', () => {
    const result = siteUrlFor('http://kennisbank.example.org', publish);
    expect(!result.ok && result.message).toContain('https://');
  });

  test.each([
    'https://kennisbank.example.org/kb/',
    'https://kennisbank.example.org/?a=1',
    'https://kennisbank.example.org/#x',
    'kennisbank.example.org',
    'ftp://kennisbank.example.org',
  ])('refuses %s in any build: pages are served from the root of an https or http origin', (value) => {
    expect(siteUrlFor(value, local).ok).toBe(false);
    expect(siteUrlFor(value, publish).ok).toBe(false);
  });

  test('publishes on a public https address, written as its origin', () => {
    expect(siteUrlFor('https://Kennisbank.Example.org/', publish)).toEqual({
      ok: true,
      url: 'https://kennisbank.example.org',
    });
  });
});
