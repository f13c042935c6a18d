/** What a page part is (src/lib/pageParts.ts): decided once, for the middleware, the sitemap and the static check. */
import { describe, expect, it } from 'vitest';
import { isPagePart, isPagePartAddress } from '../../src/lib/pageParts.ts';

describe('page parts', () => {
  it('a part is a fragment whose first element carries data-page-part; a page is not', () => {
    expect(isPagePart('<div data-page-part="checker-results" hidden><ul></ul></div>')).toBe(true);
    expect(isPagePart('\n  <div hidden data-page-part="x"></div>')).toBe(true);
    expect(isPagePart('<!DOCTYPE html><html lang="en"><head></head><body><div data-page-part="x"></div></body></html>')).toBe(false);
    expect(isPagePart('<div data-page-partial="x"></div>')).toBe(false);
    expect(isPagePart('<p>no marker</p>')).toBe(false);
  });

  it('knows the address of a part in every language, and no page', () => {
    expect(isPagePartAddress('https://waymark.example/en/tools/checker/results/')).toBe(true);
    expect(isPagePartAddress('/zh-hans/tools/checker/results/')).toBe(true);
    expect(isPagePartAddress('https://waymark.example/en/tools/checker/')).toBe(false);
    expect(isPagePartAddress('/en/tools/checker/results/more/')).toBe(false);
    expect(isPagePartAddress('/tools/checker/results/')).toBe(false);
  });
});
