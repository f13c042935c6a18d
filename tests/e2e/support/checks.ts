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

/** What the page checks look at, read in one call to the page (each separate call costs a round trip). */
interface PageFacts {
  lang: string | null;
  dir: string | null;
  scrollWidth: number;
  clientWidth: number;
  exit: { count: number; visible: boolean; href: string | null; rel: string | null; text: string; sticky?: { inViewport: boolean; onTop: boolean } };
}

async function readPageFacts(page: Page, { javascript }: { javascript: boolean }): Promise<PageFacts> {
  return page.evaluate(async (scrolled) => {
    const root = document.documentElement;
    const button = document.querySelector<HTMLElement>('#quick-exit');
    const shown = (element: HTMLElement) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const facts = {
      lang: root.getAttribute('lang'),
      dir: root.getAttribute('dir'),
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      exit: {
        count: document.querySelectorAll('#quick-exit').length,
        visible: button ? shown(button) : false,
        href: button?.getAttribute('href') ?? null,
        rel: button?.getAttribute('rel') ?? null,
        text: (button?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      } as PageFacts['exit'],
    };
    if (scrolled && button) {
      // Scrolled to the end (at once, not smoothly), after the frame that follows the scroll: is the button on screen, and on top?
      window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const box = button.getBoundingClientRect();
      const inViewport = box.right > 0 && box.bottom > 0 && box.left < window.innerWidth && box.top < window.innerHeight && box.width > 0 && box.height > 0;
      const onTop = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.closest('#quick-exit') === button;
      facts.exit.sticky = { inViewport, onTop };
      // Back to the top, so the checks after this one (axe) see the page as it opens, not a scroll position of this check's.
      window.scrollTo({ top: 0, behavior: 'instant' });
    }
    return facts;
  }, javascript);
}

function expectLanguageFacts(facts: PageFacts, path: string) {
  const language = languageOfPath(path);
  expect({ lang: facts.lang, dir: facts.dir }, '<html lang dir>').toEqual({ lang: language.code, dir: language.dir });
}

function expectQuickExitFacts({ exit }: PageFacts, path: string, javascript: boolean) {
  expect(exit.count, 'one quick exit').toBe(1);
  expect(exit.visible, 'the quick exit is visible').toBe(true);
  expect(exit.href, 'the quick exit leads to the exit page').toBe(exitUrlOf(languageOfPath(path)));
  expect(exit.rel).toBe('noreferrer nofollow');
  // The button speaks the page's language: its own words from locales/<lang>/common.json, not the English fallback.
  if (path !== '/' && path !== '/404.html') expect(exit.text, 'the quick exit in the page language').toContain(quickExitWordsOf(languageOfPath(path)).replace(/\s+/g, ' ').trim());
  if (javascript) {
    // Scrolled to the end, the button is still on screen (sticky) and nothing covers it.
    expect(exit.sticky?.inViewport, 'the quick exit stays on screen at the end of the page').toBe(true);
    expect(exit.sticky?.onTop, 'something covers the quick exit').toBe(true);
  }
}

export async function expectLanguageAttributes(page: Page, path: string) {
  expectLanguageFacts(await readPageFacts(page, { javascript: false }), path);
}

export async function expectQuickExit(page: Page, path: string, { javascript = true } = {}) {
  expectQuickExitFacts(await readPageFacts(page, { javascript }), path, javascript);
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
  const facts = await readPageFacts(page, { javascript });
  expectLanguageFacts(facts, path);
  expect(facts.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(facts.clientWidth);
  expectQuickExitFacts(facts, path, javascript);
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
