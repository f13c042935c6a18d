import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { EXIT_URL_PATTERN, behaviourLanguages, enabledLanguages } from './support/site';
import { expectNoAxeViolations, expectNoSidewaysScroll, expectNothingStored } from './support/checks';
import { loadFacts, loadYamlCollection } from '../helpers/content';
import { formatFactValue, type FactUnit } from '../../src/lib/factFormat';
import { formatCalendarDate, parseIsoDate } from '../../src/lib/dates';
import { buildTimeline, type TimelineFact } from '../../src/lib/timeline';
import { JOURNEY_SYSTEMS } from '../../src/lib/journey';

const facts = loadFacts() as unknown as Map<string, TimelineFact & { unit: FactUnit }>;
const journeys = new Map(JOURNEY_SYSTEMS.map((system) => [system, loadYamlCollection('content/journeys').get(`en/${system}`)!.data as { stages: { id: string; detail: string; howLong: { fact?: string } }[] }]));
const LANGUAGES = behaviourLanguages.map((language) => language.path);

/** A "204 No Content" answer cancels the exit navigation, so the test can look at what the exit left behind. */
async function holdOnExit(context: BrowserContext) {
  await context.route(EXIT_URL_PATTERN, (route) => route.fulfill({ status: 204 }));
}

// At 320 px every page is checked by the browser pass (every-page.spec.ts); a wide screen lays them out again.
test.describe('the journeys, the comparison and the timeline on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  for (const path of ['nrm/journey/england-and-wales/', 'nrm/journey/children/', 'nrm/journey/compare/', 'tools/timeline/']) {
    for (const lang of LANGUAGES) {
      test(`/${lang}/${path} passes axe and does not scroll sideways`, async ({ page }) => {
        await page.goto(`/${lang}/${path}`);
        await expectNoSidewaysScroll(page);
        await expectNoAxeViolations(page);
      });
    }
  }
});

/** The centre of each stage on the picture, in order. */
async function mapCentres(page: Page) {
  return page.locator('.jmap__node').evaluateAll((nodes) => nodes.map((node) => {
    const box = node.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }));
}

test.describe('a journey', () => {
  for (const system of JOURNEY_SYSTEMS) {
    test(`${system}: every stage is in order, linkable, states its length from the facts and links its page`, async ({ page, request }) => {
      await page.goto(`/en/nrm/journey/${system}/`);
      const stages = journeys.get(system)!.stages;
      await expect(page.locator('ol.jstages > li')).toHaveCount(stages.length);
      await expect(page.locator('.jmap__list > li')).toHaveCount(stages.length);
      for (const [index, stage] of stages.entries()) {
        const item = page.locator('ol.jstages > li').nth(index);
        await expect(item).toHaveAttribute('id', `stage-${stage.id}`);
        await expect(page.locator('.jmap__node').nth(index)).toHaveAttribute('href', `#stage-${stage.id}`);
        const detail = item.locator('[data-detail-link]');
        await expect(detail).toHaveAttribute('href', `/en${stage.detail}`);
        expect((await request.get(`/en${stage.detail}`)).status(), stage.detail).toBe(200);
        if (stage.howLong.fact) {
          const fact = facts.get(stage.howLong.fact)!;
          await expect(item.locator('[data-how-long]')).toContainText(formatFactValue(fact as never, 'en'));
        }
      }
      await page.locator('.jmap__node').last().click();
      await expect(page).toHaveURL(new RegExp(`#stage-${stages.at(-1)!.id}$`));
      await expect(page.locator(`#stage-${stages.at(-1)!.id}`)).toBeInViewport();
    });
  }

  test('runs down the page on a phone', async ({ page }) => {
    await page.goto('/en/nrm/journey/england-and-wales/');
    const [first, second] = await mapCentres(page);
    expect(second!.y).toBeGreaterThan(first!.y + 20);
    expect(Math.abs(second!.x - first!.x)).toBeLessThan(5);
  });

  test.describe('on a wide screen', () => {
    test.use({ viewport: { width: 1280, height: 900 } });

    test('runs along the line, left to right, with the yes and no branches in one column', async ({ page }) => {
      await page.goto('/en/nrm/journey/england-and-wales/');
      const centres = await mapCentres(page);
      for (let i = 1; i < 5; i += 1) expect(centres[i]!.x, `stage ${i + 1}`).toBeGreaterThan(centres[i - 1]!.x + 50);
      const yes = centres[5]!;
      const no = centres[6]!;
      expect(Math.abs(yes.x - no.x)).toBeLessThan(5);
      expect(no.y).toBeGreaterThan(yes.y);
      expect(centres[7]!.x).toBeGreaterThan(yes.x + 50);
    });

    test('mirrors in right-to-left text: the flow runs right to left and the arrows turn round', async ({ page }) => {
      await page.goto('/ar/nrm/journey/scotland/');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      // The Arabic journey is not translated yet (its words are English, left to right); give it right-to-left text as a translation will.
      await page.locator('main').evaluate((main) => main.setAttribute('dir', 'rtl'));
      const centres = await mapCentres(page);
      for (let i = 1; i < 5; i += 1) expect(centres[i]!.x, `stage ${i + 1}`).toBeLessThan(centres[i - 1]!.x - 50);
      const flip = (selector: string) => page.locator(selector).first().evaluate((svg) => new DOMMatrixReadOnly(getComputedStyle(svg).transform).a);
      expect(await flip('.jmap__item[data-connector="arrow"] .jmap__svg')).toBe(-1);
      await page.locator('main').evaluate((main) => main.setAttribute('dir', 'ltr'));
      expect(await flip('.jmap__item[data-connector="arrow"] .jmap__svg')).toBe(1);
      await expectNoSidewaysScroll(page);
    });
  });

  test('reads in full without JavaScript', async ({ page }) => {
    await page.route('**/*.js', (route) => route.abort());
    await page.goto('/en/nrm/journey/northern-ireland/');
    await expect(page.locator('.jmap__node').first()).toBeVisible();
    await expect(page.locator('#stage-recovery-period')).toContainText(formatFactValue(facts.get('ni-support-period-min-days') as never, 'en'));
    await expectNoSidewaysScroll(page);
  });
});

/** Pages in a PDF made by Chromium. */
const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

const PX_PER_MM = 96 / 25.4;
const A4_MM = { width: 210, height: 297 };

/**
 * How tall the journey is when laid out for print on the width of an A4 sheet, and how tall the sheet's printable
 * area is, in mm: the margin is read from the page's own @page rule. Laying out is much quicker than printing a PDF,
 * and fits one sheet exactly when printing does (the PDF test below checks both in each script).
 */
async function printedHeight(page: Page) {
  const margin = await page.evaluate(() => {
    const rules = (list: CSSRuleList): CSSRule[] => [...list].flatMap((rule) => ('cssRules' in rule ? [rule, ...rules((rule as CSSGroupingRule).cssRules)] : [rule]));
    const pageRule = [...document.styleSheets].flatMap((sheet) => rules(sheet.cssRules)).find((rule): rule is CSSPageRule => rule instanceof CSSPageRule && /size:\s*a4/i.test(rule.cssText));
    return pageRule?.style.getPropertyValue('margin-top') ?? '';
  });
  expect(margin, 'the journey\'s @page rule gives its margin in mm').toMatch(/^[\d.]+mm$/);
  const marginMm = parseFloat(margin);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.floor((A4_MM.width - 2 * marginMm) * PX_PER_MM), height: 100 });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  return { journey: height / PX_PER_MM, sheet: A4_MM.height - 2 * marginMm };
}

// How much fits on a sheet depends on each translation's words, so it is measured in every language; a PDF is
// printed in one language per script.
test.describe('printing', () => {
  for (const { path: lang } of enabledLanguages) {
    test(`/${lang}/: each journey fits one A4 sheet when laid out for print`, async ({ page }) => {
      for (const system of JOURNEY_SYSTEMS) {
        await page.goto(`/${lang}/nrm/journey/${system}/`);
        const { journey, sheet } = await printedHeight(page);
        expect(journey, `/${lang}/nrm/journey/${system}/ is ${journey.toFixed(1)} mm tall; one sheet holds ${sheet} mm`).toBeLessThanOrEqual(sheet);
        await page.emulateMedia({ media: null });
      }
    });
  }
  for (const lang of LANGUAGES) {
    for (const system of JOURNEY_SYSTEMS) {
      test(`/${lang}/nrm/journey/${system}/ prints on one A4 page`, async ({ page }) => {
        await page.goto(`/${lang}/nrm/journey/${system}/`);
        expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
        // The measure the other languages are checked by agrees with the PDF.
        const { journey, sheet } = await printedHeight(page);
        expect(journey).toBeLessThanOrEqual(sheet);
      });
    }
  }
});

test.describe('the comparison', () => {
  test('is a table with a caption, column and row headers, built from the facts and services', async ({ page }) => {
    await page.goto('/en/nrm/journey/compare/');
    const table = page.getByRole('table');
    await expect(table.locator('caption')).toBeVisible();
    await expect(table.locator('thead th[scope="col"]')).toHaveCount(4);
    expect(await table.locator('tbody th[scope="row"]').count()).toBeGreaterThanOrEqual(6);
    const support = table.locator('tr[data-row="support"] td');
    await expect(support.nth(0)).toContainText(formatFactValue(facts.get('ew-recovery-period-min-days') as never, 'en'));
    await expect(support.nth(1)).toContainText(formatFactValue(facts.get('scotland-support-period-max-days') as never, 'en'));
    await expect(support.nth(2)).toContainText(formatFactValue(facts.get('ni-support-period-min-days') as never, 'en'));
    await expect(table.locator('tr[data-row="providers"] [data-service="tara-scotland"]')).toBeVisible();
    await expect(table.locator('tr[data-row="guardians"] [data-service="ni-independent-guardian-service"]')).toBeVisible();
  });

  test('scrolls inside a region you can reach with the keyboard on a phone, not the page', async ({ page }) => {
    await page.goto('/en/nrm/journey/compare/');
    const region = page.getByRole('region', { name: /How the NRM is different/ });
    await expect(region).toHaveAttribute('tabindex', '0');
    await region.focus();
    await expect(region).toBeFocused();
    const widths = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => Math.abs(el.scrollLeft))).toBeGreaterThan(0);
    await expectNoSidewaysScroll(page);
  });
});

test.describe('the personal timeline', () => {
  const answers = { referral: '2026-01-05', reasonableGrounds: '2026-01-12', conclusiveGrounds: '2026-09-01', crime: '2025-08-01', employmentEnded: '2025-07-31' };
  const typed = Object.values(answers);

  async function fill(page: Page, nation: 'ew' | 'scotland' | 'ni') {
    await page.locator(`#tl-nation-${nation}`).check();
    for (const [field, value] of Object.entries(answers)) await page.locator(`[data-field="${field}"]`).fill(value);
    await page.getByRole('button', { name: 'Show my dates' }).click();
  }

  // The browser's own date data is thin for some languages (Chromium writes Tigrinya dates in English, Punjabi ones as
  // "2026 M12 7"): every date must read as the full Intl data of the build writes it.
  for (const language of behaviourLanguages) {
    test(`/${language.path}/tools/timeline/ writes each date in ${language.englishName}, as the build's Intl does`, async ({ page }) => {
      await page.goto(`/${language.path}/tools/timeline/`);
      await page.locator('#tl-nation-ew').check();
      for (const [field, value] of Object.entries(answers)) await page.locator(`[data-field="${field}"]`).fill(value);
      await page.locator('[data-timeline-form] button[type="submit"]').click();
      const expected = buildTimeline({ nation: 'ew', ...Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, parseIsoDate(v)])) }, facts);
      const dated = expected.keyDates.filter((keyDate) => keyDate.date);
      expect(dated.length).toBeGreaterThan(0);
      await expect(page.locator('[data-key-dates] time')).toHaveText(dated.map((keyDate) => formatCalendarDate(keyDate.date!, language.code)));
    });
  }

  test('shows the key dates worked out on the device, in the page language, and no date for an unverified rule', async ({ page, context }) => {
    const urls: string[] = [];
    page.on('framenavigated', (frame) => urls.push(frame.url()));
    page.on('request', (request) => urls.push(request.url()));
    await page.goto('/en/tools/timeline/');
    await expect(page.locator('[data-timeline-nojs]')).toBeHidden();
    await fill(page, 'ew');
    await expect(page.locator('#timeline-results-heading')).toBeFocused();

    const expected = buildTimeline({ nation: 'ew', ...Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, parseIsoDate(v)])) }, facts);
    const items = page.locator('[data-key-dates] > li');
    await expect(items).toHaveCount(expected.keyDates.length);
    for (const [index, keyDate] of expected.keyDates.entries()) {
      const item = items.nth(index);
      if (keyDate.date) {
        await expect(item.locator('time')).toHaveText(formatCalendarDate(keyDate.date, 'en'));
      } else {
        await expect(item.locator('time')).toHaveCount(0);
      }
      await expect(item.locator('[data-basis]')).toHaveCount(1);
      await expect(item.locator('[data-basis]')).toHaveAttribute('data-basis', keyDate.basis);
    }
    // The recovery period: the first decision date plus the minimum from the facts.
    await expect(items.nth(1).locator('time')).toHaveText('11 February 2026');
    // The employment tribunal limit is unverified: no date, "ask an adviser now".
    const employment = items.nth(4);
    await expect(employment.locator('time')).toHaveCount(0);
    await expect(employment).toContainText('Ask an adviser now');
    await expect(employment).toContainText('short');

    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe('');
    for (const url of urls) for (const value of typed) expect(url, 'an answer went into an address').not.toContain(value);
    await expectNothingStored(page, context);
  });

  test('gives Northern Ireland no compensation date (another scheme) and Scotland no move-on date', async ({ page }) => {
    await page.goto('/en/tools/timeline/');
    await fill(page, 'ni');
    await expect(page.locator('[data-key-dates] > li').nth(3).locator('[data-basis]')).toHaveAttribute('data-basis', 'other-scheme');
    await expect(page.locator('[data-key-dates] > li').nth(3).locator('time')).toHaveCount(0);
    await page.locator('#tl-nation-scotland').check();
    await page.getByRole('button', { name: 'Show my dates' }).click();
    await expect(page.locator('[data-key-dates] > li').nth(2).locator('[data-basis]')).toHaveAttribute('data-basis', 'no-set-time');
  });

  test('asks for the nation, and says which dates are in the wrong order', async ({ page }) => {
    await page.goto('/en/tools/timeline/');
    await page.getByRole('button', { name: 'Show my dates' }).click();
    await expect(page.locator('[data-error-for="nation"]')).toBeVisible();
    await expect(page.locator('#tl-nation-ew')).toBeFocused();
    await expect(page.locator('#tl-nation-ew')).toHaveAttribute('aria-invalid', 'true');
    await page.locator('#tl-nation-ew').check();
    await page.locator('[data-field="reasonableGrounds"]').fill('2026-03-01');
    await page.locator('[data-field="conclusiveGrounds"]').fill('2026-02-01');
    await page.getByRole('button', { name: 'Show my dates' }).click();
    await expect(page.locator('[data-problems] li')).toHaveText([/final decision is dated before your first decision/]);
  });

  test('the quick exit wipes the answers and the dates, stores nothing, and no answer was ever in the address', async ({ page, context }) => {
    const urls: string[] = [];
    page.on('framenavigated', (frame) => urls.push(frame.url()));
    page.on('request', (request) => urls.push(request.url()));
    await holdOnExit(context);
    await page.goto('/en/tools/timeline/');
    await fill(page, 'scotland');
    await expect(page.locator('[data-key-dates] > li')).not.toHaveCount(0);
    await page.locator('#quick-exit').click();
    await expect(page.locator('html')).toHaveClass(/quick-exit-active/);
    await expect(page.locator('[data-key-dates] > li')).toHaveCount(0);
    await expect(page.locator('[data-timeline-results]')).toBeHidden();
    for (const field of Object.keys(answers)) await expect(page.locator(`[data-field="${field}"]`)).toHaveValue('');
    await expect(page.locator('[data-nation-choice]:checked')).toHaveCount(0);
    const html = await page.content();
    for (const value of typed) expect(html).not.toContain(value);
    await expectNothingStored(page, context);
    for (const url of urls) for (const value of typed) expect(url, 'an answer went into an address').not.toContain(value);
    expect(urls.some((url) => EXIT_URL_PATTERN.test(url)), 'the exit was asked for').toBe(true);
  });

  test('the form cannot send answers anywhere', async ({ page }) => {
    await page.goto('/en/tools/timeline/');
    const form = page.locator('[data-timeline-form]');
    await expect(form).toHaveAttribute('method', 'dialog');
    expect(await form.getAttribute('action')).toBeNull();
    await expect(form).toHaveAttribute('autocomplete', 'off');
    await expect(form.locator('input[type="date"][name]')).toHaveCount(0);
  });

  test('fetches its facts and key-date templates as a page part, and without them brings the notice back', async ({ page }) => {
    const parts: string[] = [];
    page.on('request', (request) => { if (request.url().includes('/tools/timeline/dates/')) parts.push(new URL(request.url()).pathname); });
    await page.goto('/en/tools/timeline/');
    await expect(page.locator('[data-timeline] [data-page-part="timeline-dates"] template')).not.toHaveCount(0);
    expect(parts).toEqual(['/en/tools/timeline/dates/']);

    const offline = await page.context().newPage();
    await offline.route('**/tools/timeline/dates/', (route) => route.abort());
    await offline.goto('/en/tools/timeline/');
    await expect(offline.locator('[data-timeline-nojs]')).toBeVisible();
    await expect(offline.locator('[data-timeline-form]')).toBeHidden();
    await expect(offline.locator('.timeline__rules')).toContainText(formatFactValue(facts.get('ew-recovery-period-min-days') as never, 'en'));
    await offline.close();
  });

  test('without JavaScript, explains the rules in words and hides the form', async ({ page }) => {
    await page.route('**/*.js', (route) => route.abort());
    await page.goto('/en/tools/timeline/');
    await expect(page.locator('[data-timeline-form]')).toBeHidden();
    await expect(page.locator('[data-timeline-nojs]')).toBeVisible();
    const rules = page.locator('.timeline__rules');
    await expect(rules).toContainText(formatFactValue(facts.get('ew-recovery-period-min-days') as never, 'en'));
    await expect(rules).toContainText(formatFactValue(facts.get('cica-time-limit-years') as never, 'en'));
    await expect(rules.locator('[data-rule="employment-claim-limit"]')).toContainText('Ask an adviser now');
    await expect(rules.locator('[data-rule="employment-claim-limit"]')).not.toContainText(formatFactValue(facts.get('et-claim-time-limit-months') as never, 'en'));
  });
});
