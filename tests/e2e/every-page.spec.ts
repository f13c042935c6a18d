/**
 * The browser pass: every built page, with the checks only a browser can make (axe, 320 px, the quick exit, storage,
 * other origins, lang/dir). Each worker walks its parts of the list in one page that it keeps, and each part reports
 * every failing page at its end, instead of one test and one new browser context per page.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { builtPagePaths } from './support/site';
import { expectPageChecks, loadAxeInEveryPage, watchForeignRequests } from './support/checks';

/** Many more parts than workers, so a worker that finishes early takes the next part, and the run does not end waiting on one long part. */
const PARTS = 16;
/** E2E_PAGES (a regular expression) walks only the pages it matches, for a quick look: `E2E_PAGES=^/so/`. */
const paths = builtPagePaths().filter((path) => !process.env.E2E_PAGES || new RegExp(process.env.E2E_PAGES).test(path));

interface Walker { page: Page; context: BrowserContext; foreign: string[] }

const test = base.extend<object, { walker: Walker }>({
  walker: [async ({ browser }, use, workerInfo) => {
    const { baseURL, viewport } = workerInfo.project.use;
    const context = await browser.newContext({ baseURL, viewport });
    await loadAxeInEveryPage(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.setDefaultNavigationTimeout(30_000);
    await use({ page, context, foreign: watchForeignRequests(page, baseURL!) });
    await context.close();
  }, { scope: 'worker' }],
});

/** The first lines of what went wrong on a page, without the terminal colours. */
const problemOf = (error: unknown) => String(error instanceof Error ? error.message : error).replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter((line) => line.trim()).slice(0, 12).join('\n    ');

/** Checks one page; returns what is wrong, or undefined. Leaves the browser clean for the next page either way. */
async function problemsOn({ page, context, foreign }: Walker, path: string): Promise<string | undefined> {
  foreign.length = 0;
  try {
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status(), 'HTTP status').toBe(200);
    await expectPageChecks(page, context, path, foreign);
    return undefined;
  } catch (error) {
    // Whatever this page left behind must not be blamed on the next one.
    await context.clearCookies();
    await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); }).catch(() => undefined);
    return problemOf(error);
  }
}

test('the sitemap lists the pages of every switched-on language', () => {
  expect(paths.length).toBeGreaterThan(process.env.E2E_PAGES ? 0 : 100);
});

for (let part = 0; part < PARTS; part += 1) {
  const mine = paths.filter((_, index) => index % PARTS === part);
  test(`every page passes the page checks, part ${part + 1} of ${PARTS} (${mine.length} pages)`, async ({ walker }) => {
    test.setTimeout(mine.length * 30_000);
    const failures: string[] = [];
    for (const path of mine) {
      const problem = await problemsOn(walker, path);
      if (problem) failures.push(`${path}\n    ${problem}`);
    }
    expect(failures, `${failures.length} of ${mine.length} pages fail the page checks`).toEqual([]);
  });
}
