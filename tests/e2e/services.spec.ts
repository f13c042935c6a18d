import { test, expect, type Page } from '@playwright/test';
import type { ServiceData } from '../../src/content/schemas';
import { loadYamlCollection } from '../helpers/content';
import { expectNoAxeViolations, expectNothingStored, openAndCheck } from './support/checks';
import { behaviourLanguages } from './support/site';

/** The services data, read from the YAML the site is built from, so expected cards are never typed into the test. */
const services = [...loadYamlCollection('content/services')].map(([id, { data }]) => ({ id, ...(data as unknown as ServiceData) }));
const ids = (list: { id: string }[]) => [...new Set(list.map((s) => s.id))].sort();

/** Ids of the service cards a reader can see in the grouped list (a service may sit in several groups). */
async function visibleCards(page: Page, within = '[data-service-groups]'): Promise<string[]> {
  return page.locator(`${within} [data-service]`).evaluateAll((cards) =>
    cards.filter((card) => (card as HTMLElement).offsetParent !== null).map((card) => (card as HTMLElement).dataset.service!),
  );
}

async function visibleGroups(page: Page): Promise<string[]> {
  return page.locator('[data-service-groups] [data-group]').evaluateAll((groups) =>
    groups.filter((group) => (group as HTMLElement).offsetParent !== null).map((group) => (group as HTMLElement).dataset.group!),
  );
}

test.describe('the directory, with JavaScript', () => {
  test.describe.configure({ timeout: 150_000 });
  const cases = [
    { nation: 'scotland', need: 'nrm-support' },
    { nation: 'wales', need: 'children' },
    { nation: 'ni', need: 'employment' },
    { nation: 'england', need: 'accommodation' },
  ] as const;

  for (const { nation, need } of cases) {
    test(`choosing ${nation} and ${need} shows exactly the services the data lists for them`, async ({ page, baseURL }) => {
      await page.goto('/en/services/');
      await page.getByLabel('Nation', { exact: true }).selectOption(nation);
      await page.getByLabel('Kind of help', { exact: true }).selectOption(need);
      const expected = ids(services.filter((s) => s.nations.includes(nation) && s.needs.includes(need)));
      expect(expected.length, 'the data should have services for this case').toBeGreaterThan(0);
      await expect(page.locator('[data-filter-status]')).toHaveText(`${expected.length} service${expected.length === 1 ? '' : 's'} shown, out of ${services.length}.`);
      expect((await visibleCards(page)).sort()).toEqual(expected);
      expect(await visibleGroups(page)).toEqual([need]);
      expect(page.url(), 'choices never go into the address').toBe(`${baseURL}/en/services/`);
    });
  }

  test('combines nation, audience and "I can contact them myself"', async ({ page, context }) => {
    await page.goto('/en/services/');
    await page.getByLabel('Nation', { exact: true }).selectOption('ni');
    await page.getByLabel('Who it is for', { exact: true }).selectOption('women');
    await page.getByLabel('I can contact them myself').check();
    // A service for women, or for all adults, that you can contact yourself, in Northern Ireland.
    const expected = ids(services.filter((s) => s.nations.includes('ni') && s.selfContact && (s.audience.includes('women') || s.audience.includes('adults'))));
    expect((await visibleCards(page)).filter((id, i, all) => all.indexOf(id) === i).sort()).toEqual(expected);
    await expect(page.locator('[data-filter-status]')).toContainText(`${expected.length} service`);
    await expectNothingStored(page, context);
    await expectNoAxeViolations(page);
  });

  test('shows all services again with "Show all services", and after the quick exit event', async ({ page }) => {
    await page.goto('/en/services/');
    await page.getByLabel('Kind of help', { exact: true }).selectOption('compensation');
    await page.getByRole('button', { name: 'Show all services' }).click();
    await expect(page.locator('[data-filter-status]')).toHaveText(`${services.length} services shown, out of ${services.length}.`);
    await page.getByLabel('Nation', { exact: true }).selectOption('wales');
    await page.evaluate(() => document.dispatchEvent(new CustomEvent('waymark:exit')));
    await expect(page.getByLabel('Nation', { exact: true })).toHaveValue('');
    expect(ids((await visibleCards(page)).map((id) => ({ id })))).toEqual(ids(services));
  });

  test('a nation on the map chooses that nation, and a second press shows every nation again', async ({ page, baseURL }) => {
    await page.goto('/en/services/');
    const scotland = page.getByRole('button', { name: 'Show services in Scotland' });
    await scotland.click();
    await expect(scotland).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByLabel('Nation', { exact: true })).toHaveValue('scotland');
    expect(ids((await visibleCards(page)).map((id) => ({ id })))).toEqual(ids(services.filter((s) => s.nations.includes('scotland'))));
    expect(page.url()).toBe(`${baseURL}/en/services/`);
    await scotland.press(' ');
    await expect(scotland).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByLabel('Nation', { exact: true })).toHaveValue('');
  });

  test('forgets the choices when the page is loaded again', async ({ page }) => {
    await page.goto('/en/services/');
    await page.getByLabel('Nation', { exact: true }).selectOption('ni');
    await page.reload();
    await expect(page.getByLabel('Nation', { exact: true })).toHaveValue('');
    await expect(page.locator('[data-filter-status]')).toHaveText(`${services.length} services shown, out of ${services.length}.`);
  });
});

test.describe('the directory, without JavaScript', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/*.js', (route) => route.abort());
  });

  test('lists every service under every kind of help it gives, with a jump link to each group', async ({ page }) => {
    await page.goto('/en/services/');
    await expect(page.locator('[data-svc-filter]')).toBeHidden();
    const groups = await page.locator('[data-service-groups] [data-group]').evaluateAll((all) =>
      all.map((group) => ({ need: (group as HTMLElement).dataset.group!, ids: [...group.querySelectorAll<HTMLElement>('[data-service]')].map((c) => c.dataset.service!) })),
    );
    const needs = [...new Set(services.flatMap((s) => s.needs))];
    expect(groups.map((g) => g.need).sort()).toEqual(needs.sort());
    for (const group of groups) {
      expect(group.ids.sort(), group.need).toEqual(ids(services.filter((s) => s.needs.includes(group.need as never))));
    }
    for (const group of groups) {
      const link = page.locator(`.svc-jump a[href="#need-${group.need}"]`);
      await expect(link).toHaveCount(1);
    }
    await page.locator('.svc-jump a[href="#need-children"]').click();
    await expect(page.locator('#need-children')).toBeInViewport();
  });

  test('gives every phone number as a tel: link, texts as sms:, and labels unverified services', async ({ page }) => {
    await page.goto('/en/services/');
    for (const service of services) {
      const card = page.locator(`[data-group="${service.needs[0]}"] [data-service="${service.id}"]`);
      for (const contact of service.contacts) {
        if (contact.kind === 'phone' || contact.kind === 'shortcode' || contact.kind === 'textphone') {
          await expect(card.locator(`a[href="tel:${contact.value}"]`), `${service.id} ${contact.value}`).toHaveCount(1);
        }
        if (contact.kind === 'sms') await expect(card.locator(`a[href="sms:${contact.value}"]`)).toHaveCount(1);
      }
      await expect(card.getByText('Check before use', { exact: true }), service.id).toHaveCount(service.verified ? 0 : 1);
    }
  });

  for (const [nation, slug] of [['wales', 'wales'], ['ni', 'northern-ireland']] as const) {
    test(`the map links ${nation} to a page listing exactly its services`, async ({ page }) => {
      await page.goto('/en/services/');
      await page.locator(`.uk-map a[href="/en/services/${slug}/"]`).click();
      await expect(page).toHaveURL(new RegExp(`/en/services/${slug}/$`));
      await expect(page.locator('.uk-map a[aria-current="page"]')).toHaveAttribute('href', `/en/services/${slug}/`);
      expect(ids((await visibleCards(page)).map((id) => ({ id })))).toEqual(ids(services.filter((s) => s.nations.includes(nation))));
    });
  }
});

test.describe('referral pathways', () => {
  test('England and Wales: five paths, the questions link to each, and who to call comes from the data', async ({ page }) => {
    await page.goto('/en/services/pathways/england-and-wales/');
    const paths = page.locator('[data-pathway]');
    await expect(paths).toHaveCount(5);
    for (const id of ['immediate-danger', 'adult-consents', 'adult-no-consent', 'child', 'labour-exploitation']) {
      await expect(page.locator(`.decide__list a[href="#path-${id}"]`).first()).toBeVisible();
      await expect(page.locator(`[data-pathway="${id}"] .pathway__steps > li`).first()).toBeVisible();
      await expect(page.locator(`[data-pathway="${id}"] .pathway__record li`).first()).toBeVisible();
    }
    const referral = services.find((s) => s.id === 'salvation-army-referral')!.contacts.find((c) => c.kind === 'phone')!;
    await expect(page.locator(`[data-pathway="adult-consents"] a[href="tel:${referral.value}"]`)).toHaveCount(1);
    await expect(page.locator('[data-pathway="adult-no-consent"]')).toContainText('Duty to Notify');
    await expect(page.locator('[data-pathway="adult-no-consent"]')).toContainText('anonymous');
  });

  test('Scotland and Northern Ireland say the Duty to Notify is for England and Wales only', async ({ page }) => {
    for (const system of ['scotland', 'northern-ireland']) {
      await page.goto(`/en/services/pathways/${system}/`);
      await expect(page.locator('[data-pathway="adult-no-consent"]')).toContainText('The Duty to Notify is for England and Wales only.');
    }
  });

  for (const { path: lang } of behaviourLanguages) {
    for (const system of ['england-and-wales', 'scotland', 'northern-ireland']) {
      test(`the first hour guide for ${system} prints on one A4 page (${lang})`, async ({ page }) => {
        await page.goto(`/${lang}/services/pathways/${system}/first-hour/`);
        await page.emulateMedia({ media: 'print' });
        const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
        const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
        expect(pages.length).toBe(1);
      });
    }
  }
});

// With JavaScript, every page is checked by the browser pass (every-page.spec.ts); without it, here.
test.describe('page checks without JavaScript', () => {
  // The directory holds every service under every kind of help it gives, so axe has many cards to check.
  test.describe.configure({ timeout: 150_000 });
  const pages = ['services/', 'services/scotland/', 'services/pathways/', 'services/pathways/england-and-wales/', 'services/pathways/northern-ireland/first-hour/'];
  for (const { path: lang } of behaviourLanguages) {
    for (const path of pages.map((page) => `/${lang}/${page}`)) {
      test(`${path} passes without JavaScript`, async ({ page, context, baseURL }) => {
        await openAndCheck({ page, context, baseURL }, path, { javascript: false });
      });
    }
  }
});
