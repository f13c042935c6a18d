/** The static check's rules for the editor at /admin/: no public page points into it, nor the sitemap. */
import { describe, expect, it } from 'vitest';
import { checkAdminPage, checkPage, checkSitemapLeavesOutAdmin, i18nVocabulary, parsePage, phoneDirectory, type SiteFacts } from '../../src/lib/staticCheck/index.ts';

const ORIGIN = 'https://waymark.example';
const site: SiteFacts = { origin: ORIGIN, languages: [{ code: 'en', path: 'en', dir: 'ltr' }], unlistedPages: [], fileExists: () => true, idsOf: () => new Set(['main']) };
const context = { site, vocabulary: i18nVocabulary({}), phones: phoneDirectory([]) };
const kinds = (html: string) => checkPage(parsePage('/en/', html), context).map((item) => item.kind).filter((kind) => kind.startsWith('admin'));
const adminPage = (head: string) => checkAdminPage(parsePage('/admin/', `<!doctype html><html lang="en"><head>${head}</head><body></body></html>`), site).map((item) => item.message);

describe('the editor is outside the public site', () => {
  it('fails a public page that links to the editor or loads one of its files, and passes one that does not', () => {
    expect(kinds('<a href="/admin/">Edit</a>')).toEqual(['admin-reference']);
    expect(kinds('<script type="module" src="/admin/decap-cms.js"></script>')).toEqual(['admin-reference']);
    expect(kinds(`<link rel="preload" href="${ORIGIN}/admin/config.json">`)).toEqual(['admin-reference']);
    expect(kinds('<a href="/en/about/">About</a><script type="module" src="/_astro/a.js"></script>')).toEqual([]);
  });

  it('fails a sitemap that lists the editor', () => {
    expect(checkSitemapLeavesOutAdmin('/sitemap-0.xml', `<url><loc>${ORIGIN}/en/</loc></url>`)).toEqual([]);
    expect(checkSitemapLeavesOutAdmin('/sitemap-0.xml', `<url><loc>${ORIGIN}/admin/</loc></url>`)).toHaveLength(1);
  });

  it('asks search engines to leave the editor out and lets it load scripts from /admin/ only', () => {
    expect(adminPage('<meta name="robots" content="noindex, nofollow"><script src="decap-cms.js"></script>')).toEqual([]);
    expect(adminPage('<script src="decap-cms.js"></script>')).toHaveLength(1);
    expect(adminPage('<meta name="robots" content="noindex"><script src="https://unpkg.com/decap-cms/dist/decap-cms.js"></script>')).toHaveLength(1);
  });
});
