// npm run bench: builds the site into its own folder, then prints per page template and language the bytes a
// phone downloads (HTML, CSS, JS; raw, brotli and gzip as a CDN sends them), the request count, the build time,
// and checks the budgets; then runs Lighthouse (mobile) on loopback for en, ar and ti. Exits 1 when a budget
// breaks or a template page is missing. Options: --no-build (measure the last build), --no-lighthouse.
// Env: BENCH_DIR (default bench-results/), BENCH_PORT (default 4398), BENCH_LIGHTHOUSE_RUNS (default 1; with 3 or
// more the median run by performance score is shown, as Lighthouse advises on a busy machine), CHROMIUM_PATH.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { enabledLanguages } from '../src/i18n/languages.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH_DIR = resolve(process.env.BENCH_DIR ?? join(ROOT, 'bench-results'));
const OUT_DIR = join(BENCH_DIR, 'dist');
const PORT = Number(process.env.BENCH_PORT ?? 4398);
const args = new Set(process.argv.slice(2));
const KB = 1024;

const BUDGET = {
  contentTotalBrotli: 14 * KB,
  contentRequests: 3,
  contentJsBrotli: 3 * KB,
  toolJsBrotli: 15 * KB,
};
const TEMPLATES = [
  { name: 'home', path: '' },
  { name: 'content page', path: 'nrm/reasonable-grounds/' },
  { name: 'journey', path: 'nrm/journey/england-and-wales/' },
  { name: 'directory', path: 'services/' },
  { name: 'checker', path: 'tools/checker/' },
  { name: 'search', path: 'search/' },
];
const LIGHTHOUSE_LANGUAGES = ['en', 'ar', 'ti'];
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 1));
const LIGHTHOUSE_GOAL = { score: 100, lcpMs: 1000 };

const failures = [];
const fail = (message) => failures.push(message);
/** Budget breaks found on every page, grouped by kind so a shared cause reads as one line. */
const pageBreaks = new Map();
const breakOn = (kind, path) => {
  if (!pageBreaks.has(kind)) pageBreaks.set(kind, []);
  pageBreaks.get(kind).push(path);
};

// ---------------------------------------------------------------- build

function build() {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(BENCH_DIR, { recursive: true });
  console.log(`Building the site into ${relative(ROOT, OUT_DIR) || OUT_DIR} …`);
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, WAYMARK_OUT_DIR: OUT_DIR, WAYMARK_CACHE_DIR: join(BENCH_DIR, 'cache') },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-40).join('\n'));
    console.error('\nThe build failed, so nothing was measured.');
    process.exit(1);
  }
  return seconds;
}

function htmlFilesIn(folder) {
  return readdirSync(folder, { recursive: true }).filter((file) => String(file).endsWith('.html')).map(String);
}

// ---------------------------------------------------------------- bytes

const sizeCache = new Map();
/** Raw, brotli (quality 11) and gzip (level 9) sizes of a built file, as scripts/serve.mjs sends it. */
function sizesOf(file) {
  if (!sizeCache.has(file)) {
    const body = readFileSync(file);
    sizeCache.set(file, {
      raw: body.length,
      br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      gz: gzipSync(body, { level: 9 }).length,
    });
  }
  return sizeCache.get(file);
}

function localFile(url, fromFile) {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return { foreign: url };
  const clean = url.split(/[?#]/)[0];
  const file = clean.startsWith('/') ? join(OUT_DIR, clean) : join(dirname(fromFile), clean);
  return { file };
}

/** Static imports of a built JS module (dynamic import() loads later, on demand, and is not counted). */
function staticImportsOf(source) {
  const found = [];
  for (const match of source.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) found.push(match[1]);
  for (const match of source.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) found.push(match[1]);
  return found;
}

/** What a page makes the browser fetch before it is usable: the HTML, its stylesheets and its scripts. */
function measurePage(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const css = new Set();
  const js = new Set();
  const foreign = [];
  const fonts = [];
  const add = (set, url, from) => {
    const { file, foreign: outside } = localFile(url, from);
    if (outside) foreign.push(outside);
    else if (existsSync(file)) set.add(file);
  };
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = /\brel="([^"]*)"/i.exec(tag)?.[1] ?? '';
    const href = /\bhref="([^"]*)"/i.exec(tag)?.[1];
    if (!href) continue;
    if (/\bstylesheet\b/i.test(rel)) add(css, href, htmlFile);
    if (/\bmodulepreload\b/i.test(rel)) add(js, href, htmlFile);
    if (/\bpreload\b/i.test(rel) && /\bas="font"/i.test(tag)) fonts.push(href);
  }
  for (const tag of html.match(/<script\b[^>]*\bsrc="[^"]*"[^>]*>/gi) ?? []) add(js, /\bsrc="([^"]*)"/i.exec(tag)[1], htmlFile);
  // Static imports of those scripts, and theirs, until nothing new turns up.
  const queue = [...js];
  while (queue.length > 0) {
    const file = queue.pop();
    for (const url of staticImportsOf(readFileSync(file, 'utf8'))) {
      const { file: target, foreign: outside } = localFile(url, file);
      if (outside) foreign.push(outside);
      else if (existsSync(target) && !js.has(target)) {
        js.add(target);
        queue.push(target);
      }
    }
  }
  for (const file of css) {
    const text = readFileSync(file, 'utf8');
    if (/@font-face/i.test(text) || /url\([^)]*\.(woff2?|ttf|otf|eot)\b/i.test(text)) fonts.push(relative(OUT_DIR, file));
    for (const match of text.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g)) add(css, match[1], file);
  }
  const sum = (files) => [...files].map(sizesOf).reduce((a, b) => ({ raw: a.raw + b.raw, br: a.br + b.br, gz: a.gz + b.gz }), { raw: 0, br: 0, gz: 0 });
  const htmlSizes = sizesOf(htmlFile);
  const cssSizes = sum(css);
  const jsSizes = sum(js);
  return {
    html: htmlSizes,
    css: cssSizes,
    js: jsSizes,
    total: { raw: htmlSizes.raw + cssSizes.raw + jsSizes.raw, br: htmlSizes.br + cssSizes.br + jsSizes.br, gz: htmlSizes.gz + cssSizes.gz + jsSizes.gz },
    requests: 1 + css.size + js.size,
    foreign,
    fonts,
    placeholder: /<title>TEMP\b/.test(html),
  };
}

// ---------------------------------------------------------------- which pages are tools

/** Path prefixes of pages built from code (src/pages/[lang]/…), e.g. `services/`, `nrm/journey/`. */
function toolPrefixes() {
  const routes = join(ROOT, 'src/pages/[lang]');
  return readdirSync(routes, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.astro') && !file.startsWith('['))
    .map((file) => file.replace(/\\/g, '/').replace(/\.astro$/, '').replace(/(^|\/)index$/, ''))
    .map((path) => path.split('/[')[0].replace(/\/$/, ''))
    .filter((path) => path !== '')
    .map((path) => `${path}/`);
}

// ---------------------------------------------------------------- printing

const kb = (bytes) => (bytes / KB).toFixed(1);
const triple = (sizes) => `${kb(sizes.raw)}/${kb(sizes.br)}/${kb(sizes.gz)}`;
function printTable(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column] ?? '').length)));
  const line = (cells) => cells.map((cell, column) => String(cell ?? '').padEnd(widths[column])).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------- Lighthouse

async function answers(url) {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

async function waitForServer(url, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await answers(url)) return true;
    await new Promise((done) => setTimeout(done, 200));
  }
  return false;
}

/** One Lighthouse run: the four scores (0–100) and LCP in ms, or an error line. */
function lighthouseOnce(binary, chrome, url, output) {
  const run = spawnSync(binary, [
    url, '--quiet', '--output=json', `--output-path=${output}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--skip-audits=full-page-screenshot,screenshot-thumbnails,final-screenshot',
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
  ], { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8', timeout: 240_000 });
  if (run.status !== 0 || !existsSync(output)) return { error: (run.stderr || run.error?.message || 'no report').trim().split('\n').pop() };
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  return {
    scores: ['performance', 'accessibility', 'best-practices', 'seo'].map(score),
    lcp: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
    cpu: Math.round(report.environment?.benchmarkIndex ?? NaN),
  };
}

async function runLighthouse(pages) {
  const binary = join(ROOT, 'node_modules/.bin/lighthouse');
  console.log(`\nLighthouse (mobile defaults, system Chromium, served with brotli on loopback; ${LIGHTHOUSE_RUNS === 1 ? '1 run' : `median of ${LIGHTHOUSE_RUNS} runs`} per page)`);
  if (!existsSync(binary)) {
    console.log('  Lighthouse is not installed, so this part did not run. Install it with:');
    console.log('    npm install -D lighthouse@13');
    console.log('  then run `npm run bench` again.');
    return;
  }
  let chrome;
  try {
    chrome = chromiumPath();
  } catch (error) {
    console.log(`  ${error.message}`);
    fail('Lighthouse could not find Chromium');
    return;
  }
  const base = `http://127.0.0.1:${PORT}`;
  if (await answers(`${base}/`)) {
    console.log(`  Port ${PORT} is already in use, so Lighthouse would measure another server. Set BENCH_PORT.`);
    fail(`port ${PORT} is in use`);
    return;
  }
  const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs')], {
    cwd: ROOT,
    env: { ...process.env, DIST_DIR: OUT_DIR, PORT: String(PORT), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  try {
    if (!(await waitForServer(`${base}/en/`))) {
      fail(`the site could not be served on port ${PORT}`);
      return;
    }
    const reports = join(BENCH_DIR, 'lighthouse');
    mkdirSync(reports, { recursive: true });
    const rows = [];
    for (const { template, language, path } of pages) {
      const runs = [];
      for (let run = 1; run <= LIGHTHOUSE_RUNS; run += 1) {
        const output = join(reports, `${template.replace(/\s+/g, '-')}-${language}${LIGHTHOUSE_RUNS > 1 ? `-${run}` : ''}.json`);
        let result = lighthouseOnce(binary, chrome, `${base}${path}`, output);
        // A busy machine sometimes loses the trace (NO_NAVSTART); one more try before calling it a failure.
        if (result.error) result = lighthouseOnce(binary, chrome, `${base}${path}`, output);
        runs.push(result);
      }
      const good = runs.filter((run) => !run.error).sort((a, b) => a.scores[0] - b.scores[0]);
      if (good.length === 0) {
        rows.push([template, language, 'error', '', '', '', '', '', runs[0].error.slice(0, 70)]);
        fail(`Lighthouse failed on ${path}`);
        continue;
      }
      const { scores, lcp, cpu } = good[Math.floor(good.length / 2)];
      const belowGoal = scores.some((value) => value < LIGHTHOUSE_GOAL.score) || !(lcp <= LIGHTHOUSE_GOAL.lcpMs);
      rows.push([template, language, ...scores, `${(lcp / 1000).toFixed(2)} s`, cpu, belowGoal ? 'below goal' : 'goal met']);
    }
    printTable(['template', 'lang', 'perf', 'a11y', 'best-pr', 'seo', 'LCP', 'CPU index', 'goal: 100 ×4, LCP ≤ 1.0 s'], rows);
    console.log('  CPU index: Lighthouse\'s benchmark of this machine during the run; under ~1000 the machine was busy and');
    console.log('  performance scores (blocking time) are pessimistic. Use BENCH_LIGHTHOUSE_RUNS=3 for a median.');
    console.log(`  Reports: ${relative(ROOT, reports) || reports}/`);
  } finally {
    server.kill();
  }
}

// ---------------------------------------------------------------- main

const buildSeconds = args.has('--no-build') ? undefined : build();
if (!existsSync(OUT_DIR)) {
  console.error(`No built site in ${OUT_DIR}. Run without --no-build.`);
  process.exit(1);
}
const allHtml = htmlFilesIn(OUT_DIR);
const prefixes = toolPrefixes();
const languages = enabledLanguages.map((language) => language.path);

console.log('\nBuild');
if (buildSeconds === undefined) console.log(`  ${allHtml.length} pages (build not timed: --no-build)`);
else console.log(`  ${allHtml.length} pages in ${buildSeconds.toFixed(1)} s (whole build with the search index), ${((buildSeconds * 1000) / allHtml.length).toFixed(0)} ms per page`);

console.log('\nBytes per page template (KB: raw/brotli/gzip; requests = HTML + CSS + JS files the page loads)');
const rows = [];
const lighthousePages = [];
for (const template of TEMPLATES) {
  const isTool = prefixes.some((prefix) => template.path.startsWith(prefix));
  for (const language of languages) {
    const path = `/${language}/${template.path}`;
    const file = join(OUT_DIR, path, 'index.html');
    if (!existsSync(file)) {
      rows.push([template.name, language, `missing: ${path} is not built yet`]);
      fail(`${template.name} ${path} is missing`);
      continue;
    }
    const page = measurePage(file);
    const problems = [];
    if (page.placeholder) problems.push('placeholder (TEMP)');
    if (isTool) {
      if (page.js.br > BUDGET.toolJsBrotli) problems.push(`JS > ${kb(BUDGET.toolJsBrotli)} KB br`);
    } else {
      if (page.total.br > BUDGET.contentTotalBrotli) problems.push(`total > ${kb(BUDGET.contentTotalBrotli)} KB br`);
      if (page.requests > BUDGET.contentRequests) problems.push(`> ${BUDGET.contentRequests} requests`);
      if (page.js.br > BUDGET.contentJsBrotli) problems.push(`JS > ${kb(BUDGET.contentJsBrotli)} KB br`);
    }
    if (page.fonts.length > 0) problems.push('web font');
    if (page.foreign.length > 0) problems.push('other origin');
    // Budget breaks are counted once, in the check of every page below; a placeholder is not a finished template.
    if (page.placeholder) fail(`${template.name} ${path} is still a placeholder`);
    rows.push([template.name, language, triple(page.html), triple(page.css), triple(page.js), triple(page.total), page.requests, problems.join('; ') || 'ok']);
    if (LIGHTHOUSE_LANGUAGES.includes(language) && !page.placeholder) lighthousePages.push({ template: template.name, language, path });
  }
}
printTable(['template', 'lang', 'HTML', 'CSS', 'JS', 'total', 'req', 'budget'], rows);

// Every page, not only the samples above: content pages and tool pages each against their budget.
console.log('\nEvery built page against its budget');
let worstContent;
let worstTool;
let contentCount = 0;
let toolCount = 0;
for (const file of allHtml) {
  const path = `/${file.replace(/\\/g, '/').replace(/index\.html$/, '')}`;
  const [, language = '', ...rest] = path.split('/');
  if (!languages.includes(language)) continue;
  const pagePath = rest.join('/');
  const page = measurePage(join(OUT_DIR, file));
  const isTool = prefixes.some((prefix) => pagePath.startsWith(prefix));
  if (page.fonts.length > 0) breakOn(`web font (${page.fonts.join(', ')})`, path);
  if (page.foreign.length > 0) breakOn(`loads from another origin (${page.foreign.join(', ')})`, path);
  if (isTool) {
    toolCount += 1;
    if (!worstTool || page.js.br > worstTool.page.js.br) worstTool = { path, page };
    if (page.js.br > BUDGET.toolJsBrotli) breakOn(`tool page JS > ${kb(BUDGET.toolJsBrotli)} KB br`, path);
  } else {
    contentCount += 1;
    if (!worstContent || page.total.br > worstContent.page.total.br) worstContent = { path, page };
    if (page.total.br > BUDGET.contentTotalBrotli) breakOn(`content page > ${kb(BUDGET.contentTotalBrotli)} KB br in total`, path);
    if (page.requests > BUDGET.contentRequests) breakOn(`content page: ${page.requests} requests > ${BUDGET.contentRequests}`, path);
    if (page.js.br > BUDGET.contentJsBrotli) breakOn(`content page JS > ${kb(BUDGET.contentJsBrotli)} KB br`, path);
  }
}
if (worstContent) console.log(`  ${contentCount} content pages; heaviest ${worstContent.path}: ${kb(worstContent.page.total.br)} KB br in ${worstContent.page.requests} requests, JS ${kb(worstContent.page.js.br)} KB br`);
if (worstTool) console.log(`  ${toolCount} tool pages; most JS ${worstTool.path}: ${kb(worstTool.page.js.br)} KB br`);
for (const [kind, pages] of pageBreaks) {
  console.log(`  BROKEN: ${kind}: ${pages.length} pages (${pages.slice(0, 4).join(', ')}${pages.length > 4 ? ', …' : ''})`);
  fail(`${kind}: ${pages.length} pages`);
}

// Search loads Pagefind only when the reader focuses the box: not part of any page's budget, shown here.
console.log('\nSearch, loaded on demand when the reader focuses the search box (KB sent: brotli for JS/JSON, index files as stored, already compressed)');
const bundle = join(OUT_DIR, 'pagefind');
if (existsSync(join(bundle, 'pagefind-entry.json'))) {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
  const sent = (name) => {
    const file = join(bundle, name);
    if (!existsSync(file)) return 0;
    return /\.(js|json)$/.test(name) ? sizesOf(file).br : statSync(file).size;
  };
  const engine = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'].map(sent).reduce((a, b) => a + b, 0);
  /** Pagefind keys its indexes by lower-case language (`zh-hans`). */
  const indexOf = (code) => entry.languages[code] ?? entry.languages[code.toLowerCase()];
  const indexCost = (code) => {
    const info = indexOf(code);
    return info ? sent(`pagefind.${info.hash}.pf_meta`) + sent(`wasm.${info.wasm ?? 'unknown'}.pagefind`) : 0;
  };
  const searchRows = enabledLanguages.map((language) => {
    const own = engine + indexCost(language.code);
    const pages = indexOf(language.code)?.page_count ?? 0;
    const withEnglish = language.code === 'en' ? '' : kb(own + engine + indexCost('en'));
    return [language.path, pages, kb(own), withEnglish];
  });
  printTable(['lang', 'indexed pages', 'first search KB', '+ English copy for Latin letters, KB'], searchRows);
  console.log('  Each query then fetches one small index chunk per word and one fragment per result shown.');
} else {
  fail('the search index (pagefind/) was not built');
  console.log('  missing: no pagefind/ folder in the build');
}

if (!args.has('--no-lighthouse')) await runLighthouse(lighthousePages);

console.log(`\nBudgets: content page ≤ ${kb(BUDGET.contentTotalBrotli)} KB brotli in ≤ ${BUDGET.contentRequests} requests, JS ≤ ${kb(BUDGET.contentJsBrotli)} KB; tool pages JS ≤ ${kb(BUDGET.toolJsBrotli)} KB; no web fonts (1 KB = 1024 bytes).`);
if (failures.length > 0) {
  console.log(`\nFAILED (${failures.length}):`);
  for (const message of failures) console.log(`  - ${message}`);
  process.exit(1);
}
console.log('\nAll budgets hold.');
