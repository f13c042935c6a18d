import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { hsdsProblems } from '../../src/lib/hsds/hsdsProblems';
import { HSDS_FILE, serviceLabels, type HsdsExport } from '../../src/lib/hsds/serviceToHsds';
import { hsdsId } from '../../src/lib/hsds/uuid';
import { loadYamlCollection } from '../helpers/content';
import { hsdsSchemaErrors } from '../helpers/hsdsSchemas';
import { DIST_DIR, enabledLanguages } from './support/site';

const serviceIds = [...loadYamlCollection('content/services').keys()];
const labels = serviceLabels(serviceIds);

for (const language of enabledLanguages) {
  test(`/${language.path}/${HSDS_FILE} is served as JSON, lists every service and validates, with no address`, async ({ request }) => {
    const response = await request.get(`/${language.path}/${HSDS_FILE}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    const exported = (await response.json()) as HsdsExport;
    expect(exported.language).toBe(language.code);
    expect(exported.contents.map((service) => service.id).sort()).toEqual(serviceIds.map((id) => hsdsId('service', id)).sort());
    expect([...hsdsSchemaErrors(exported, labels), ...hsdsProblems(exported, labels)]).toEqual([]);
  });
}

test('the directory links its open-data file for staff; the sitemap lists pages only', async ({ page, request }) => {
  await page.goto('/en/services/');
  const link = page.getByRole('link', { name: 'Download this list (Open Referral UK / HSDS)' });
  await expect(link).toHaveAttribute('href', `/en/${HSDS_FILE}`);
  expect((await request.get((await link.getAttribute('href'))!)).status()).toBe(200);
  const sitemap = readFileSync(`${DIST_DIR}/sitemap-0.xml`, 'utf8');
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  expect(locations.length).toBeGreaterThan(100);
  expect(locations.filter((location) => !location.endsWith('/'))).toEqual([]);
});
