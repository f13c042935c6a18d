/** The checks every page must pass: no third party, nothing stored, no sideways scroll at 320 px, lang/dir, quick exit, axe. */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import type { Language } from '../../../src/i18n/languages';
import { exitUrlOf, languageOfPath } from './site';

/** The quick exit's words in a language: its own common.json, or English (the fallback) where it has none yet. */
const quickExitWordsOf = (language: Language) => {
  const file = [`locales/${language.path}/common.json`, 'locales/en/common.json'].find((candidate) => existsSync(candidate))!;
  return (JSON.parse(readFileSync(file, 'utf8')) as { quickExit: { button: string } }).quickExit.button;
};

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

/**
 * Loads axe into every page the context opens, before the page's own scripts, so a walk over many pages does not
 * inject it again for each one (axe then runs in about half the time). expectNoAxeViolations uses it when present.
 */
export async function loadAxeInEveryPage(context: BrowserContext) {
  await context.addInitScript({ content: axe.source });
}

type Violation = { id: string; help: string; nodes: { target: unknown[] }[] };

export async function expectNoAxeViolations(page: Page) {
  // Only violations are collected in full. Legacy mode runs axe in the page itself (Waymark has no frames) rather
  // than finishing in a second page: the same violations, found about three times faster.
  const preloaded = await page.evaluate(() => 'axe' in window);
  const violations: Violation[] = preloaded
    ? await page.evaluate((tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }).then((results) => results.violations), WCAG_TAGS)
    : (await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS).setLegacyMode(true).analyze()).violations;
  const summary = violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary).toEqual([]);
}

/**
 * Every check a page must pass, on a page already open at `path`: lang/dir, no sideways scroll at 320 px, the quick
 * exit (visible, in the page's language, and with JavaScript sticky and uncovered), axe, nothing stored, and no
 * request to another origin (`foreign`, as recorded by watchForeignRequests since the page was opened).
 */
export async function expectPageChecks(page: Page, context: BrowserContext, path: string, foreign: string[], { javascript = true } = {}) {
  await expectLanguageAttributes(page, path);
  await expectNoSidewaysScroll(page);
  await expectQuickExit(page, path, { javascript });
  await expectNoAxeViolations(page);
  await expectNothingStored(page, context);
  expect(foreign, 'requests to other origins').toEqual([]);
}

/** Opens `path` in a test's page (with scripts refused when `javascript` is false) and runs expectPageChecks on it. */
export async function openAndCheck({ page, context, baseURL }: { page: Page; context: BrowserContext; baseURL: string | undefined }, path: string, { javascript = true } = {}) {
  // Scripts are refused rather than switched off, because axe itself needs to run in the page.
  if (!javascript) await page.route('**/*.js', (route) => route.abort());
  const foreign = watchForeignRequests(page, baseURL!);
  const response = await page.goto(path);
  expect(response?.status(), `${path} answers`).toBe(200);
  if (!javascript) await expect(page.locator('h1')).toBeVisible();
  await expectPageChecks(page, context, path, foreign, { javascript });
}
