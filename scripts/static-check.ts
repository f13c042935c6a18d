// npm run test:static: checks every built HTML file in dist/ (or DIST_DIR) without a browser — lang/dir, one <h1>,
// a title, canonical and hreflang, links and #fragments, raw i18n keys, CSP and inline code, other origins,
// rel="noreferrer", tel:/sms: numbers — and prints each finding with its page and element. Page weight is reported,
// not failed (yet). Exits 1 on any finding.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { enabledLanguages } from '../src/i18n/languages.ts';
import {
  FINDING_KINDS, PAGE_BUDGET, checkAdminPage, checkPage, checkSitemapLeavesOutAdmin, isAdminPath, checkStylesheet, i18nVocabulary, isOverBudget, pageWeight, pagePathOfFile,
  parsePage, phoneDirectory, staticImportsOf, type BuiltPage, type Finding, type SiteFacts,
} from '../src/lib/staticCheck/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
/** Pages served at any missing address, which name no canonical address and no alternates. */
const UNLISTED_PAGES = ['/404.html'];
const started = performance.now();

const files = readdirSync(DIST, { recursive: true }).map(String).map((file) => file.replace(/\\/g, '/'));
const fileSet = new Set(files.map((file) => `/${file}`));
const htmlFiles = files.filter((file) => file.endsWith('.html')).sort();

/** The public origin the site was built for, from the sitemap the build wrote. */
const sitemapIndex = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
const origin = new URL(/<loc>([^<]+)<\/loc>/.exec(sitemapIndex)?.[1] ?? 'https://invalid.example').origin;

const pages = new Map<string, { page: BuiltPage; html: string }>();
// The editor at /admin/ is not a public page: it is checked by its own rules (src/lib/staticCheck/adminChecks.ts).
const adminPages: BuiltPage[] = [];
for (const file of htmlFiles) {
  const html = readFileSync(join(DIST, file), 'utf8');
  const path = pagePathOfFile(file);
  if (isAdminPath(path)) adminPages.push(parsePage(path, html));
  else pages.set(path, { page: parsePage(path, html), html });
}

const site: SiteFacts = {
  origin,
  languages: enabledLanguages.map(({ code, path, dir }) => ({ code, path, dir })),
  unlistedPages: UNLISTED_PAGES,
  fileExists: (path) => fileSet.has(path),
  idsOf: (pagePath) => pages.get(pagePath)?.page.ids,
};
const englishStrings = Object.fromEntries(
  readdirSync(join(ROOT, 'locales/en')).filter((file) => file.endsWith('.json')).map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(ROOT, 'locales/en', file), 'utf8'))]),
);
const services = readdirSync(join(ROOT, 'content/services')).filter((file) => file.endsWith('.yaml')).map((file) => parseYaml(readFileSync(join(ROOT, 'content/services', file), 'utf8')));
const context = { site, vocabulary: i18nVocabulary(englishStrings), phones: phoneDirectory(services) };

const findings: Finding[] = [];
for (const { page } of pages.values()) findings.push(...checkPage(page, context));
for (const file of files.filter((name) => name.endsWith('.css'))) findings.push(...checkStylesheet(`/${file}`, readFileSync(join(DIST, file), 'utf8'), site));
for (const page of adminPages) findings.push(...checkAdminPage(page, site));
for (const file of files.filter((name) => /^sitemap.*\.xml$/.test(name))) findings.push(...checkSitemapLeavesOutAdmin(`/${file}`, readFileSync(join(DIST, file), 'utf8')));
const checkedIn = (performance.now() - started) / 1000;

// ------------------------------------------------------------ page weight (reported only)

// Brotli 11 (as bench and a CDN's pre-compressed files) takes ~0.1 s a page here; brotli 5 is 15× quicker and never
// smaller. So every page is weighed at 5; only a page that could be over on bytes alone, and the three heaviest
// pages of each template over budget (the figure printed), are weighed again at 11.
const compress = promisify(brotliCompress);
const brotliBytes = async (body: string, quality: number) => (await compress(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } })).length;
const assets = new Map<string, { brotliBytes: number; imports: string[] }>();
await Promise.all(files.filter((file) => /\.(css|js)$/.test(file) && !isAdminPath(`/${file}`)).map(async (file) => {
  const body = readFileSync(join(DIST, file), 'utf8');
  const imports = file.endsWith('.js') ? staticImportsOf(body) : [...body.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g)].map((match) => match[1]!);
  assets.set(`/${file}`, { brotliBytes: await brotliBytes(body, 11), imports });
}));
const weigh = async ({ page, html }: { page: BuiltPage; html: string }, quality: number) => pageWeight(page, await brotliBytes(html, quality), (path) => assets.get(path), origin);
const quick = await Promise.all([...pages.values()].map((entry) => weigh(entry, 5)));
const templateOf = (path: string) => path.replace(/^\/[^/]+\//, '/*/');
const heaviestQuick = new Set(Object.values(Object.groupBy(quick.filter((weight) => isOverBudget(weight)), (weight) => templateOf(weight.page)))
  .flatMap((group) => (group ?? []).sort((a, b) => b.brotliBytes - a.brotliBytes).slice(0, 3)));
const weights = await Promise.all(quick.map((weight) => {
  const onBytesAlone = weight.requests <= PAGE_BUDGET.requests && weight.brotliBytes > PAGE_BUDGET.brotliBytes;
  return onBytesAlone || heaviestQuick.has(weight) ? weigh(pages.get(weight.page)!, 11) : weight;
}));
const overBudget = weights.filter((weight) => isOverBudget(weight));
const exactlyWeighed = weights.filter((weight, index) => weight !== quick[index]);

// ------------------------------------------------------------ report

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const countBy = <T>(items: T[], key: (item: T) => string) => items.reduce((counts, item) => counts.set(key(item), (counts.get(key(item)) ?? 0) + 1), new Map<string, number>());

for (const [kind, count] of countBy(findings, (item) => item.kind)) {
  console.log(`\n✗ ${kind}: ${FINDING_KINDS[kind as keyof typeof FINDING_KINDS]} (${count})`);
  for (const item of findings.filter((candidate) => candidate.kind === kind)) console.log(`  ${item.page}  ${item.element}  ${item.message}`);
}

console.log(`\nPage weight (reported only, does not fail the run): budget ${kb(PAGE_BUDGET.brotliBytes)} brotli and ${PAGE_BUDGET.requests} requests per page; ${overBudget.length} of ${weights.length} pages over.`);
for (const [template, count] of countBy(overBudget, (weight) => templateOf(weight.page))) {
  const top = exactlyWeighed.filter((weight) => templateOf(weight.page) === template).sort((a, b) => b.brotliBytes - a.brotliBytes)[0]!;
  console.log(`  ${template}  ${count} page${count === 1 ? '' : 's'}, heaviest ${top.page} ${kb(top.brotliBytes)} in ${top.requests} requests`);
}

const byKind = [...countBy(findings, (item) => item.kind)].map(([kind, count]) => `${kind} ${count}`).join(', ') || 'none';
console.log(`\nStatic check: ${pages.size} pages in ${checkedIn.toFixed(1)} s (${((performance.now() - started) / 1000).toFixed(1)} s with page weight). Findings: ${byKind}.`);
process.exit(findings.length > 0 ? 1 : 0);
