/** The editor's own headers: /admin/ gets its policy, and every public page keeps the policy it had. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor } from '../../src/lib/cms/headers';

const headers = readFileSync('public/_headers', 'utf8');
// The header leaves inline styles to each page's own <meta> policy, which allows its one <style> by hash.
const PUBLIC_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

describe('the headers of public pages and of the editor', () => {
  it('keeps the public policy exactly as it was on every public page', () => {
    for (const path of ['/', '/en/', '/ar/nrm/reasonable-grounds/', '/en/search/', '/_astro/site.css']) {
      expect(headersFor(headers, path)['Content-Security-Policy']).toBe(PUBLIC_POLICY);
      expect(headersFor(headers, path)['Cross-Origin-Opener-Policy']).toBe('same-origin');
    }
  });

  it('gives /admin/ its own policy in place of the public one, not added to it', () => {
    const admin = headersFor(headers, '/admin/');
    expect(admin['Content-Security-Policy']).not.toContain(PUBLIC_POLICY);
    expect(admin['Content-Security-Policy']).toContain("connect-src 'self' https://api.github.com");
    expect(admin['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(admin['X-Robots-Tag']).toBe('noindex, nofollow');
    expect(admin['Referrer-Policy']).toBe('no-referrer');
  });

  it('adds a header set twice, as the hosts do, unless the later block detaches it', () => {
    expect(headersFor('/*\n  A: 1\n/x/*\n  A: 2\n', '/x/y')).toEqual({ A: '1, 2' });
    expect(headersFor('/*\n  A: 1\n/x/*\n  ! A\n  A: 2\n', '/x/y')).toEqual({ A: '2' });
  });
});
