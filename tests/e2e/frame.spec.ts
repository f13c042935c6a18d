import { test, expect } from '@playwright/test';
import { behaviourLanguages, enabledLanguages } from './support/site';
import { expectNoAxeViolations, expectQuickExit, openAndCheck } from './support/checks';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { shownNumber } from '../../src/lib/phoneNumbers';

const yamlOf = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

test.describe('the language chooser', () => {
  test('names every language in its own script, each link with its own lang and dir, and does not redirect', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/$/);
    for (const language of enabledLanguages) {
      const item = page.locator(`.chooser li[lang="${language.code}"]`);
      await expect(item).toHaveAttribute('dir', language.dir);
      await expect(item.getByRole('link').locator('.chooser__name')).toHaveText(language.nativeName);
      await expect(item.getByRole('link')).toHaveAttribute('href', `/${language.path}/`);
    }
  });
});

test.describe('the language picker', () => {
  test('keeps you on the same page, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto('/en/nrm/move-on/');
    await page.locator('.language-picker summary').click();
    await page.locator('.language-picker a[lang="ar"]').click();
    await expect(page).toHaveURL(/\/ar\/nrm\/move-on\/$/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await context.close();
  });
});

// Every page is translated now, so the built site has no fallback page: tests/unit/pageNotice.test.ts renders the
// untranslated-page notice, and the translated journey below shows the data pages' own notices.
test.describe('a translated journey', () => {
  test('is in the reader\'s language and direction, says how it was translated, and links to the English journey', async ({ page }) => {
    // machine-drafted, or checked by a second translation: the notice says what the file records
    const { status } = yamlOf('content/journeys/fa/england-and-wales.yaml') as { status: string };
    await page.goto('/fa/nrm/journey/england-and-wales/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
    await expect(page.locator('main')).toHaveAttribute('lang', 'fa');
    await expect(page.locator('main')).toHaveAttribute('dir', 'rtl');
    const notice = page.locator(`[data-translation-state="${status}"]`);
    await expect(notice).toHaveAttribute('lang', 'fa');
    await expect(notice.locator('a[hreflang="en"]')).toHaveAttribute('href', '/en/nrm/journey/england-and-wales/');
    await expect(page.locator('h1')).toContainText(/\p{Script=Arabic}/u);
  });
});

test.describe('a machine-drafted translation', () => {
  test('is in the reader\'s language, says it is machine-drafted, and links to the English page', async ({ page }) => {
    await page.goto('/ar/rights/interpreters/');
    await expect(page.locator('main')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('main')).toHaveAttribute('dir', 'rtl');
    const notice = page.locator('[data-translation-state="machine"]');
    await expect(notice).toBeVisible();
    await expect(notice.locator('a[hreflang="en"]')).toHaveAttribute('href', '/en/rights/interpreters/');
  });
});

test.describe('the emergency strip', () => {
  test('links 999 and the Helpline from the services data', async ({ page }) => {
    await page.goto('/sq/');
    await expect(page.locator('.emergency a[href="tel:999"]')).toHaveText('999');
    const helpline = (yamlOf('content/services/modern-slavery-helpline.yaml').contacts as { kind: string; value: string; display?: string }[]).find((contact) => contact.kind === 'phone')!;
    await expect(page.locator(`.emergency a[href="tel:${helpline.value}"]`)).toHaveText(shownNumber(helpline));
    await expect(page.locator('.emergency a[href="tel:+448000121700"]')).toHaveText('08000 121 700');
  });
});

test.describe('without JavaScript', () => {
  for (const path of ['/', ...behaviourLanguages.flatMap((language) => [`/${language.path}/`, `/${language.path}/support/health-care/`])]) {
    test(`${path} reads fully and passes the checks`, async ({ page, context, baseURL }) => {
      await openAndCheck({ page, context, baseURL }, path, { javascript: false });
    });
  }
});

test.describe('a missing address', () => {
  test('answers 404 with the not-found page, its quick exit and a way home in every language', async ({ page }) => {
    const response = await page.goto('/en/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toBeVisible();
    await expectQuickExit(page, '/404.html');
    for (const language of enabledLanguages) await expect(page.locator(`main a[href="/${language.path}/"]`)).toHaveCount(1);
    await expect(page.locator('link[rel="canonical"]'), 'a page served at any address names none').toHaveCount(0);
  });
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  for (const path of behaviourLanguages.map((language) => `/${language.path}/rights/your-choice/`)) {
    test(`${path} passes axe`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('security headers in the page', () => {
  test('a strict Content Security Policy without unsafe-inline scripts, and no referrer', async ({ page }) => {
    await page.goto('/en/');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
    expect(csp).not.toContain('unsafe-inline');
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  });
});
