/** Each page's policy: its CSS in one <style>, allowed by its hash, the policy <meta> first in the head. */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { policyFor, styleHash, withPolicy } from '../../src/lib/contentSecurityPolicy.ts';

const page = (head: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title>${head}</head><body><style>in body</style></body></html>`;

describe('a page policy', () => {
  it('joins the head styles into one, in their order, and allows that one by its hash', () => {
    const html = withPolicy(page('<meta name="a"><style>a{color:red}</style><link rel="x"><style data-x>b{color:blue}</style>'));
    const css = 'a{color:red}\nb{color:blue}';
    expect(html).toContain(`<meta name="a"><style>${css}</style><link rel="x"></head>`);
    const hash = createHash('sha256').update(css).digest('base64');
    expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]*style-src 'self' 'sha256-${hash.replace(/[+/]/g, '\\$&')}'">`));
    // A style in the body is not the head's CSS: left where it is, and not allowed.
    expect(html).toContain('<body><style>in body</style>');
  });

  it('allows scripts from the site only, plus what a page asks for', () => {
    expect(policyFor({ styleHashes: [] })).toContain("script-src 'self'; style-src 'self'");
    expect(policyFor({ styleHashes: [styleHash('x')], scriptSources: ["'wasm-unsafe-eval'", "'wasm-unsafe-eval'"] })).toContain(`script-src 'self' 'wasm-unsafe-eval'; style-src 'self' '${styleHash('x')}'`);
    expect(policyFor({ styleHashes: [] })).toMatch(/^default-src 'self'; .*object-src 'none'; base-uri 'none'/);
  });

  it('has no style at all when the page has none', () => {
    const html = withPolicy(page(''));
    expect(html.slice(0, html.indexOf('</head>'))).not.toContain('<style');
    expect(html).toContain("style-src 'self'\">");
  });

  it('refuses a page that already has a policy, or has no head to put one in', () => {
    expect(() => withPolicy(page('<meta http-equiv="content-security-policy" content="x">'))).toThrow(/already/);
    expect(() => withPolicy('<p>no head</p>')).toThrow(/no <head>/);
  });
});
