/** The checks every page must pass: no third party, nothing stored, no sideways scroll at 320 px, lang/dir, quick exit, axe. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Language } from '../../../src/i18n/languages';
import { exitUrlOf, languageOfPath } from './site';

const quickExitWordsOf = (language: Language) =>
  (JSON.parse(readFileSync(`locales/${language.path}/common.json`, 'utf8')) as { quickExit: { button: string } }).quickExit.button;

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Records every request that leaves the site's own origin. */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

export async function storedOnDevice(page: Page, context: BrowserContext) {
  const cookies = await context.cookies();
  const storage = await page.evaluate(async () => ({
    local: window.localStorage.length,
    session: window.sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    cookie: document.cookie,
  }));
  return { cookies: cookies.length, ...storage };
}

export async function expectNothingStored(page: Page, context: BrowserContext) {
  expect(await storedOnDevice(page, context)).toEqual({ cookies: 0, local: 0, session: 0, indexedDB: 0, cookie: '' });
}

export async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, 'the page scrolls sideways').toBeLessThanOrEqual(widths.client);
}

export async function expectLanguageAttributes(page: Page, path: string) {
  const language = languageOfPath(path);
  await expect(page.locator('html')).toHaveAttribute('lang', language.code);
  await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
}

export async function expectQuickExit(page: Page, path: string, { javascript = true } = {}) {
  const button = page.locator('#quick-exit');
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute('href', exitUrlOf(languageOfPath(path)));
  await expect(button).toHaveAttribute('rel', 'noreferrer nofollow');
  // The button speaks the page's language: its own words from locales/<lang>/common.json, not the English fallback.
  if (path !== '/' && path !== '/404.html') await expect(button).toContainText(quickExitWordsOf(languageOfPath(path)));
  if (javascript) {
    // Scrolled to the end, the button is still on screen (sticky) and nothing covers it.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(button).toBeInViewport();
    const box = (await button.boundingBox())!;
    const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('#quick-exit') !== null, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(onTop, 'something covers the quick exit').toBe(true);
  }
}

export async function expectNoAxeViolations(page: Page) {
  // Legacy mode runs axe in the page itself (Waymark has no frames) rather than finishing in a second page, and only
  // violations are collected in full: the same violations, found about three times faster.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary).toEqual([]);
}
