import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import { EXIT_URL_PATTERN } from './support/site';

/** The exit page is on the internet; the tests answer for it so no request leaves the machine. */
async function answerExitPage(context: BrowserContext) {
  await context.route(EXIT_URL_PATTERN, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
}

/** A "204 No Content" answer cancels the navigation, so the test can look at the page the exit left behind. */
async function holdOnExit(context: BrowserContext) {
  await context.route(EXIT_URL_PATTERN, (route) => route.fulfill({ status: 204 }));
}

async function openThenGo(page: Page, first: string, second: string) {
  await page.goto(first);
  await page.goto(second);
}

test.describe('quick exit', () => {
  test('a tap leaves for the weather page and Back does not return to the page it was on', async ({ page, context }) => {
    await answerExitPage(context);
    await openThenGo(page, '/en/', '/en/rights/your-choice/');
    await page.locator('#quick-exit').click();
    await expect(page).toHaveURL(EXIT_URL_PATTERN);
    await page.goBack();
    await expect(page).not.toHaveURL(/\/en\/rights\/your-choice\//);
    await expect(page).toHaveURL(/\/en\/$/);
  });

  test('the page and tab title go blank at once, before the weather page arrives, and answers are wiped', async ({ page, context }) => {
    await holdOnExit(context);
    await page.goto('/en/nrm/');
    await page.locator('#quick-exit').click();
    await expect(page.locator('html')).toHaveClass(/quick-exit-active/);
    expect(await page.evaluate(() => document.title)).toBe('\u200b');
    await expect(page.locator('main')).toBeHidden();
    await expect(page.getByRole('alert')).toHaveText('Loading.');
  });

  test('Shift pressed three times leaves, with a spoken count', async ({ page, context }) => {
    await answerExitPage(context);
    await page.goto('/en/support/');
    const status = page.locator('[data-quick-exit-status]');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 2 more times to leave this page.');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 1 more time to leave this page.');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(EXIT_URL_PATTERN);
  });

  test('the Shift count is in the reader\'s language', async ({ page }) => {
    await page.goto('/ar/');
    await page.keyboard.press('Shift');
    const text = await page.locator('[data-quick-exit-status]').textContent();
    expect(text).toMatch(/[\u0600-\u06FF]/);
  });

  test('Shift used to type a capital letter does not count', async ({ page, context }) => {
    await answerExitPage(context);
    await page.goto('/en/support/');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    // Two presses counted, not three: the page says one more is needed, and stays.
    await expect(page.locator('[data-quick-exit-status]')).toHaveText('Shift, press 1 more time to leave this page.');
    await expect(page).toHaveURL(/\/en\/support\/$/);
  });

  test('the count expires after five seconds and says so', async ({ page }) => {
    await page.clock.install();
    await page.goto('/en/');
    await page.keyboard.press('Shift');
    await page.clock.runFor(5100);
    await expect(page.locator('[data-quick-exit-status]')).toHaveText('Leave this page shortcut expired.');
    await page.keyboard.press('Shift');
    await expect(page.locator('[data-quick-exit-status]')).toHaveText('Shift, press 2 more times to leave this page.');
  });

  test('the second skip link leaves the page from the keyboard', async ({ page, context }) => {
    await answerExitPage(context);
    await page.goto('/en/legal/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Tab');
    const exitSkip = page.getByRole('link', { name: 'Leave this page quickly' });
    await expect(exitSkip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(EXIT_URL_PATTERN);
  });

  test('a page restored from the back-forward cache is not left blank', async ({ page, context }) => {
    await holdOnExit(context);
    await page.goto('/en/help/get-help-now/');
    const title = await page.title();
    await page.locator('#quick-exit').click();
    await expect(page.locator('html')).toHaveClass(/quick-exit-active/);
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await expect(page.locator('html')).not.toHaveClass(/quick-exit-active/);
    await expect(page.locator('main')).toBeVisible();
    expect(await page.title()).toBe(title);
    await expect(page.locator('.quick-exit-overlay')).toHaveCount(0);
  });
});

test.describe('quick exit without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is a plain link that still leaves', async ({ page, context }) => {
    await answerExitPage(context);
    await page.goto('/ti/');
    const button = page.locator('#quick-exit');
    await expect(button).toHaveAttribute('rel', 'noreferrer nofollow');
    await button.click();
    await expect(page).toHaveURL(EXIT_URL_PATTERN);
  });
});
