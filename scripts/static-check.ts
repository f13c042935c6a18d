// npm run test:static: checks every built HTML file in dist/ (or DIST_DIR) without a browser — lang/dir, one <h1>,
// a title, canonical and hreflang, links and #fragments, raw i18n keys, CSP and inline code, other origins,
// rel="noreferrer", tel:/sms: numbers, page weight (every page <= 14 KB brotli with the CSS and JS it loads at first
// render, <= 3 requests; the checker pages excused while their rewrite is in progress) — and prints each finding
// with its page and element. Exits 1 on any finding.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { enabledLanguages } from '../src/i18n/languages.ts';
import { isPagePart } from '../src/lib/pageParts.ts';
import {
  OVER_BUDGET_FOR_NOW, FINDING_KINDS, PAGE_BUDGET, checkAdminPage, checkPagePart, checkPage, checkPageWeights, checkSitemapLeavesOutAdmin, isAdminPath, checkStylesheet, i18nVocabulary, isOverBudget, pageWeight, pagePathOfFile,
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
// Page parts (src/lib/pageParts.ts) are fragments a page fetches after it has rendered: checked as parts, not weighed.
const parts: BuiltPage[] = [];
for (const file of htmlFiles) {
  const html = readFileSync(join(DIST, file), 'utf8');
  const path = pagePathOfFile(file);
  if (isAdminPath(path)) adminPages.push(parsePage(path, html));
  else if (isPagePart(html)) parts.push(parsePage(path, html));
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
for (const part of parts) findings.push(...checkPagePart(part, context));
for (const file of files.filter((name) => name.endsWith('.css'))) findings.push(...checkStylesheet(`/${file}`, readFileSync(join(DIST, file), 'utf8'), site));
for (const page of adminPages) findings.push(...checkAdminPage(page, site));
for (const file of files.filter((name) => /^sitemap.*\.xml$/.test(name))) findings.push(...checkSitemapLeavesOutAdmin(`/${file}`, readFileSync(join(DIST, file), 'utf8')));
const checkedIn = (performance.now() - started) / 1000;

// ------------------------------------------------------------ page weight

// Brotli 11 (as bench and a CDN's pre-compressed files) takes ~0.1 s a page here; brotli 5 is 15× quicker and never
// smaller. So every page is weighed at 5, and only a page over the budget at 5 is weighed again at 11, which decides.
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
const weights = await Promise.all(quick.map((weight) => (isOverBudget(weight) ? weigh(pages.get(weight.page)!, 11) : weight)));
const { findings: weightFindings, excused } = checkPageWeights(weights);
findings.push(...weightFindings);

// ------------------------------------------------------------ report

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const countBy = <T>(items: T[], key: (item: T) => string) => items.reduce((counts, item) => counts.set(key(item), (counts.get(key(item)) ?? 0) + 1), new Map<string, number>());

for (const [kind, count] of countBy(findings, (item) => item.kind)) {
  console.log(`\n✗ ${kind}: ${FINDING_KINDS[kind as keyof typeof FINDING_KINDS]} (${count})`);
  for (const item of findings.filter((candidate) => candidate.kind === kind)) console.log(`  ${item.page}  ${item.element}  ${item.message}`);
}

const heaviest = weights.filter((weight) => !excused.includes(weight)).reduce((top, weight) => (weight.brotliBytes > top.brotliBytes ? weight : top));
console.log(`\nPage weight: budget ${kb(PAGE_BUDGET.brotliBytes)} brotli and ${PAGE_BUDGET.requests} requests per page; ${weightFindings.length} of ${weights.length} pages over; heaviest ${heaviest.page} ${kb(heaviest.brotliBytes)} in ${heaviest.requests} requests.`);
if (excused.length > 0) {
  const top = excused.reduce((max, weight) => (weight.brotliBytes > max.brotliBytes ? weight : max));
  console.log(`  Excused for now (${OVER_BUDGET_FOR_NOW}, still over budget, see src/lib/staticCheck/pageWeight.ts): ${excused.length} pages, heaviest ${top.page} ${kb(top.brotliBytes)} in ${top.requests} requests.`);
}

const byKind = [...countBy(findings, (item) => item.kind)].map(([kind, count]) => `${kind} ${count}`).join(', ') || 'none';
console.log(`\nStatic check: ${pages.size} pages and ${parts.length} page parts in ${checkedIn.toFixed(1)} s (${((performance.now() - started) / 1000).toFixed(1)} s with page weight). Findings: ${byKind}.`);
process.exit(findings.length > 0 ? 1 : 0);
