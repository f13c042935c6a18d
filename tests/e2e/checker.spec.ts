import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { EXIT_URL_PATTERN, behaviourLanguages } from './support/site';
import { expectNoAxeViolations, expectNothingStored, expectPageChecks, openAndCheck, watchForeignRequests } from './support/checks';

const CHECKER = '/en/tools/checker/';

/** An Albanian woman in England after a yes on the first decision, in a safe house, with a child (seed 004 §3, domain-anchors §2). */
const ALBANIAN_WOMAN: [string, string][] = [
  ['Where in the UK are you now?', 'England'],
  ['How old are you?', '18 years or older'],
  ['Would you like services for women, for men, or for anyone?', 'Services for women'],
  ['Where are you in the NRM?', 'I got a yes on the first decision (positive Reasonable Grounds decision)'],
  ['What is your immigration situation?', 'I asked for asylum and I am waiting for a decision or an appeal'],
  ['Are you in immigration detention now?', 'No'],
  ['Where do you live now?', 'In a safe house or other housing from NRM support'],
  ['Do children live with you, or are you pregnant?', 'Yes'],
  ['Are the police involved in your case?', 'No'],
  ['What were you made to do?', 'Sex or sexual acts (sexual exploitation)'],
];

async function answer(page: Page, answers: [string, string][]) {
  for (const [question, option] of answers) {
    // A radio for one answer, a checkbox for "all that apply": both are checked by their label.
    await page.getByRole('group', { name: question }).getByLabel(option, { exact: true }).check();
  }
}

const list = (page: Page, group: string) => page.locator(`[data-list="${group}"] > li`);
const titles = (page: Page, group: string) => page.locator(`[data-list="${group}"] > li h4`);

/** The exit page is on the internet; the tests answer for it so no request leaves the machine. */
async function answerExitPage(context: BrowserContext) {
  await context.route(EXIT_URL_PATTERN, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }));
}
/** A "204 No Content" answer cancels the navigation, so the test can look at the page the exit left behind. */
async function holdOnExit(context: BrowserContext) {
  await context.route(EXIT_URL_PATTERN, (route) => route.fulfill({ status: 204 }));
}

test.describe('the checker, answered as a persona', () => {
  test('shows what she should get, what to ask about, who can help, and why', async ({ page, context, baseURL }) => {
    const foreign = watchForeignRequests(page, baseURL!);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(CHECKER);
    await expect(page.getByRole('group', { name: 'Where do you live now?' })).toBeHidden();
    await answer(page, ALBANIAN_WOMAN);

    await expect(titles(page, 'yes')).toHaveText([
      'Someone to talk to, day or night',
      'NRM support: a support worker, money, health care and interpreters',
      'A safe place to live',
      'NHS health care without paying',
      'Help to get your children into school',
    ]);
    await expect(titles(page, 'maybe')).toContainText(['Free legal help with immigration (legal aid)', 'Housing and money while you wait for asylum (asylum support)']);
    await expect(titles(page, 'no')).toContainText(['Permission to stay as a victim (VTS)']);
    await expect(page.locator('[data-list="yes"]')).not.toContainText("Help and safety from children's services");

    const support = page.locator('[data-list="yes"] > li[data-entitlement="nrm-support"]');
    await expect(support.locator('[data-why]')).toContainText('In England and Wales, support lasts at least 30 days');
    await expect(support.locator('[data-basis]')).toContainText('Where you are: England');
    await expect(support.getByRole('link', { name: 'Support you can get' })).toHaveAttribute('href', '/en/support/');
    await expect(support).toContainText('Rule checked on');
    await expect(support.locator('a[href^="/en/about/sources/#source-"]').first()).toBeVisible();

    await expect(page.locator('[data-list="help"]')).toContainText('Salvation Army Modern Slavery Referral Helpline');
    await expect(page.locator('[data-list="help"]')).not.toContainText('TARA');
    await expect(page.locator('[data-checker-answers] li')).toHaveCount(10);
    await expect(page.locator('[data-checker-status]')).toHaveText(
      'Results updated. 5 things you should be able to get. 5 things to ask an adviser about.',
    );

    expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe(CHECKER);
    await expectNothingStored(page, context);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('"Show my results" moves focus to the results heading; "Change" takes you back to the question', async ({ page }) => {
    await page.goto(CHECKER);
    await answer(page, ALBANIAN_WOMAN.slice(0, 3));
    await expect(page.getByRole('heading', { name: 'Your results' })).not.toBeFocused();
    await page.getByRole('button', { name: 'Show my results' }).click();
    await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
    await page.getByRole('button', { name: 'Change your answer to: Where you are' }).click();
    await expect(page.getByRole('group', { name: 'Where in the UK are you now?' }).getByRole('radio', { name: 'England' })).toBeFocused();
  });

  test('a person not sure of their age gets the children\'s route and no adult-only questions', async ({ page }) => {
    await page.goto(CHECKER);
    await answer(page, [['Where in the UK are you now?', 'Wales'], ['How old are you?', "I'm not sure"]]);
    await expect(page.locator('[data-list="yes"] [data-entitlement="children-services"] [data-why]')).toContainText('treated as a child');
    await expect(page.getByRole('group', { name: 'Where do you live now?' })).toBeHidden();
    await expect(page.locator('[data-list="help"]')).toContainText('Childline');
  });

  test('a question that stops mattering is hidden and its answer no longer counts', async ({ page }) => {
    await page.goto(CHECKER);
    await answer(page, ALBANIAN_WOMAN);
    await expect(page.locator('[data-checker-answers] li')).toHaveCount(10);
    await page.getByRole('group', { name: 'How old are you?' }).getByRole('radio', { name: 'Under 18 years' }).check();
    await expect(page.getByRole('group', { name: 'Where do you live now?' })).toBeHidden();
    await expect(page.locator('[data-checker-answers] li')).toHaveCount(6);
    await expect(page.locator('[data-list="yes"] [data-entitlement="safe-house"]')).toHaveCount(0);
  });

  test('the form never submits: Enter on an answer leaves the URL alone', async ({ page }) => {
    await page.goto(CHECKER);
    const radio = page.getByRole('group', { name: 'Where in the UK are you now?' }).getByRole('radio', { name: 'Scotland' });
    await radio.check();
    await radio.press('Enter');
    await page.getByRole('button', { name: 'Show my results' }).press('Enter');
    await expect(page).toHaveURL(new RegExp(`${CHECKER.replace(/\//g, '\\/')}$`));
    await expect(radio).toBeChecked();
  });

  test('"Clear my answers" forgets everything', async ({ page }) => {
    await page.goto(CHECKER);
    await answer(page, ALBANIAN_WOMAN);
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(page.locator('[data-checker-form] input:checked')).toHaveCount(0);
    await expect(page.locator('[data-checker-results]')).toBeHidden();
    await expect(list(page, 'yes')).toHaveCount(0);
  });

  test('prints the results without the questions', async ({ page }) => {
    await page.goto(CHECKER);
    await answer(page, ALBANIAN_WOMAN);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-checker-form]')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
    await expect(titles(page, 'yes').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print these results' })).toBeHidden();
  });
});

test.describe('the checker and its results part (fetched once the page has rendered)', () => {
  const PART = /\/tools\/checker\/results\/$/;

  test('answers given while the results are still on their way count when they arrive', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route(PART, async (route) => { await held; await route.continue(); });
    await page.goto(CHECKER);
    await page.getByRole('group', { name: 'Where in the UK are you now?' }).getByRole('radio', { name: 'Scotland' }).check();
    await page.getByRole('group', { name: 'How old are you?' }).getByRole('radio', { name: '18 years or older' }).check();
    await expect(page.locator('[data-checker-results]')).toBeHidden();
    release();
    await expect(page.locator('[data-checker-results]')).toBeVisible();
    await expect(page.locator('[data-checker-answers] li')).toHaveCount(2);
    await expect(list(page, 'yes').first()).toBeVisible();
  });

  test('when the results cannot be fetched, the page offers the table of what you get at each stage instead', async ({ page }) => {
    await page.route(PART, (route) => route.abort());
    await page.goto(CHECKER);
    await expect(page.locator('[data-checker-app]')).toBeHidden();
    await expect(page.locator('[data-checker-table] a')).toBeVisible();
    await expect(page.locator('[data-checker-table] a')).toHaveAttribute('href', '/en/tools/checker/stages/');
  });
});

test.describe('the checker and the quick exit', () => {
  test('the quick exit wipes every answer and result before the page goes', async ({ page, context }) => {
    await holdOnExit(context);
    await page.goto(CHECKER);
    await answer(page, ALBANIAN_WOMAN);
    await expect(list(page, 'yes')).toHaveCount(5);
    await page.locator('#quick-exit').click();
    await expect(page.locator('html')).toHaveClass(/quick-exit-active/);
    const left = await page.evaluate(() => ({
      checked: document.querySelectorAll('input:checked').length,
      results: document.querySelectorAll('[data-checker-results] [data-list] > li').length,
      summary: document.querySelectorAll('[data-checker-answers] li').length,
      status: document.querySelector('[data-checker-status]')?.textContent,
      why: [...document.querySelectorAll('[data-why], [data-basis]')].map((el) => el.textContent).join(''),
    }));
    expect(left).toEqual({ checked: 0, results: 0, summary: 0, status: '', why: '' });
    await expectNothingStored(page, context);
  });

  test('Back after the quick exit does not return to the answers', async ({ page, context }) => {
    await answerExitPage(context);
    await page.goto('/en/');
    await page.goto(CHECKER);
    await answer(page, ALBANIAN_WOMAN.slice(0, 3));
    await page.locator('#quick-exit').click();
    await expect(page).toHaveURL(EXIT_URL_PATTERN);
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test.describe('the checker, answered by people it could not hear before', () => {
  test('a man in Scotland who asked for services for men is not offered a women-only service', async ({ page }) => {
    await page.goto(CHECKER);
    await answer(page, [
      ['Where in the UK are you now?', 'Scotland'],
      ['How old are you?', '18 years or older'],
      ['Would you like services for women, for men, or for anyone?', 'Services for men'],
      ['Where are you in the NRM?', 'I got a yes on the first decision (positive Reasonable Grounds decision)'],
    ]);
    await expect(page.locator('[data-list="help"] [data-helper="migrant-help-scotland"]')).toBeVisible();
    await expect(page.locator('[data-list="help"] [data-helper="tara-scotland"]')).toHaveCount(0);
  });

  test('"all that apply": two kinds of exploitation both count, and "not sure" stands alone', async ({ page }) => {
    await page.goto(CHECKER);
    await answer(page, [['Where in the UK are you now?', 'Scotland'], ['How old are you?', '18 years or older']]);
    const what = page.getByRole('group', { name: 'What were you made to do?' });
    await what.getByLabel('Sex or sexual acts (sexual exploitation)', { exact: true }).check();
    await what.getByLabel('Break the law, like growing cannabis, moving drugs or stealing (criminal exploitation)', { exact: true }).check();
    await page.locator('[data-checker-show]').click();
    const defence = page.locator('[data-list="maybe"] > li[data-entitlement="criminal-records"]');
    await expect(defence.locator('[data-why]')).toContainText("Lord Advocate's instructions");
    await what.getByLabel("I'm not sure, or I do not want to say", { exact: true }).check();
    await expect(what.getByRole('checkbox', { checked: true })).toHaveCount(1);
    await expect(defence.locator('[data-why]')).toContainText('If you were made to commit crimes, the law may protect you');
  });
});

test.describe('the checker page checks', () => {
  for (const path of behaviourLanguages.map((language) => `/${language.path}/tools/checker/`)) {
    test(`${path} with JavaScript, answered, passes the frame's checks`, async ({ page, context, baseURL }) => {
      const foreign = watchForeignRequests(page, baseURL!);
      await page.goto(path);
      await expect(page.locator('[data-checker-table]')).toBeHidden();
      await page.locator('#checker-nation-england').check();
      await page.locator('#checker-age-adult').check();
      await page.locator('#checker-nrm-positive-cg').check();
      await page.locator('#checker-services-for-any').check();
      await page.locator('#checker-immigration-refugee').check();
      await page.locator('#checker-detention-no').check();
      await page.locator('#checker-housing-no-safe-place').check();
      await page.locator('#checker-family-yes').check();
      await page.locator('#checker-police-helping').check();
      await page.locator('#checker-exploitation-work').check();
      await expect(list(page, 'help').first()).toBeVisible();
      await expectPageChecks(page, context, path, foreign);
      expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('');
    });

    test(`${path} without JavaScript links to the table of what you get at each stage`, async ({ page, context, baseURL }) => {
      await openAndCheck({ page, context, baseURL }, path, { javascript: false });
      await expect(page.locator('[data-checker-form]')).toBeHidden();
      await page.locator('[data-checker-table] a').click();
      await expect(page).toHaveURL(new RegExp(`${path}stages/$`));
      const table = page.locator('.stage-table table');
      await expect(table).toBeVisible();
      await expect(table.locator('tbody tr')).toHaveCount(7);
      if (path.startsWith('/en/')) {
        await expect(table.locator('tbody tr').nth(2)).toContainText('NRM support: a support worker, money, health care and interpreters');
        // A "yes" that holds only for some people says for whom, never a plain yes.
        await expect(table.locator('tbody tr').first().locator('td').first()).toContainText('Benefits, like Universal Credit (if Immigration: I am British or Irish');
      }
    });
  }

  test('the Arabic page shows the checker in Arabic, right to left, linking to Arabic pages', async ({ page }) => {
    await page.goto('/ar/tools/checker/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('main')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('[data-translation-state="fallback"]')).toHaveCount(0);
    await expect(page.locator('h1')).toHaveText(/[\u0600-\u06FF]/);
    await expect(page.locator('[data-entitlement="nrm-support"] a').first()).toHaveAttribute('href', '/ar/support/');
  });
});

test.describe('the checker on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test('the stage table is a real table with row and column headers, and passes axe', async ({ page }) => {
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${CHECKER}stages/`);
    const table = page.getByRole('table', { name: 'Help adults can usually get at each stage of the NRM, and help for children' });
    await expect(table.getByRole('columnheader')).toHaveText(['Where you are', 'You should be able to get', 'You may be able to get: ask an adviser']);
    await expect(table.getByRole('rowheader').first()).toHaveText('Not referred to the NRM');
    await expectNoAxeViolations(page);
  });
});
