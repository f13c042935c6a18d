import { test, expect } from '@playwright/test';
import { builtPagePaths } from './support/site';
import {
  expectLanguageAttributes, expectNoAxeViolations, expectNoSidewaysScroll, expectNothingStored, expectQuickExit, watchForeignRequests,
} from './support/checks';

const paths = builtPagePaths();

test('the sitemap lists the pages of every switched-on language', () => {
  expect(paths.length).toBeGreaterThan(100);
});

for (const path of paths) {
  test(`${path} passes the page checks`, async ({ page, context, baseURL }) => {
    const foreign = watchForeignRequests(page, baseURL!);
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status()).toBe(path === '/404.html' ? 200 : 200);
    await expectLanguageAttributes(page, path);
    await expectNoSidewaysScroll(page);
    await expectQuickExit(page, path);
    await expectNoAxeViolations(page);
    await expectNothingStored(page, context);
    expect(foreign, 'requests to other origins').toEqual([]);
  });
}
