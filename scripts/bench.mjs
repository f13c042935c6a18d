// npm run bench: builds the site into its own folder, weighs one page of each template in one language of each
// script family (brotli bytes of the HTML with the CSS and JS it loads at first render, and requests, exactly as the
// static check weighs every page), then runs Lighthouse (mobile defaults: slow 4G, 4× CPU) 3 times on each and
// prints the medians of performance, LCP, CLS, TBT, bytes and requests, with the machine's load average. It checks
// the budgets and exits 1 when one breaks:
//   every page ≤ 14 KB brotli and ≤ 3 requests; CLS 0 (0.00 to two places); LCP ≤ 1.0 s on the content page, the
//   journey, the directory and the checker.
// Options: --quick (1 run, Latin only), --no-build (measure the last build), --no-lighthouse (bytes only).
// Env: BENCH_DIR (default bench-results/), BENCH_PORT (default 4398), BENCH_RUNS (runs per page, default 3; 1 with --quick),
// CHROMIUM_PATH. Every page (not one per template) is held to the byte budget by `npm run test:static`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { enabledLanguages } from '../src/i18n/languages.ts';
import { PAGE_BUDGET, pageWeight, parsePage, staticImportsOf } from '../src/lib/staticCheck/index.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH_DIR = resolve(process.env.BENCH_DIR ?? join(ROOT, 'bench-results'));
const OUT_DIR = join(BENCH_DIR, 'dist');
const PORT = Number(process.env.BENCH_PORT ?? 4398);
const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? (QUICK ? 1 : 3)));
const KB = 1024;

/** One page per template; `lcp` marks the templates held to LCP ≤ 1.0 s. */
const TEMPLATES = [
  { name: 'content page', path: 'rights/', lcp: true },
  { name: 'home', path: '', lcp: false },
  { name: 'journey', path: 'nrm/journey/england-and-wales/', lcp: true },
  { name: 'directory', path: 'services/', lcp: true },
  { name: 'checker', path: 'tools/checker/', lcp: true },
  { name: 'timeline', path: 'tools/timeline/', lcp: false },
];
/** One language per script family: Latin, Arabic, Ethiopic, Han. */
const FAMILIES = QUICK ? ['en'] : ['en', 'ar', 'ti', 'zh-hans'];
const BUDGET = { ...PAGE_BUDGET, lcpMs: 1000 };

const failures = [];
const fail = (message) => failures.push(message);
const kb = (bytes) => (bytes / KB).toFixed(1);
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');
const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)];
};

function printTable(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column] ?? '').length)));
  const line = (cells) => cells.map((cell, column) => String(cell ?? '').padEnd(widths[column])).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------- build

function build() {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(BENCH_DIR, { recursive: true });
  console.log(`Building the site into ${relative(ROOT, OUT_DIR) || OUT_DIR} … (load average ${load()})`);
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

// ---------------------------------------------------------------- bytes (the static check's own weighing)

const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const assetCache = new Map();
function assetAt(path) {
  if (!assetCache.has(path)) {
    const file = join(OUT_DIR, path);
    if (!existsSync(file) || !/\.(css|js)$/.test(path)) assetCache.set(path, undefined);
    else {
      const body = readFileSync(file, 'utf8');
      const imports = path.endsWith('.js') ? staticImportsOf(body) : [...body.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g)].map((match) => match[1]);
      assetCache.set(path, { brotliBytes: brotli(body), imports });
    }
  }
  return assetCache.get(path);
}
const origin = () => new URL(/<loc>([^<]+)<\/loc>/.exec(readFileSync(join(OUT_DIR, 'sitemap-index.xml'), 'utf8'))?.[1] ?? 'https://invalid.example').origin;

function weigh(path) {
  const html = readFileSync(join(OUT_DIR, path, 'index.html'), 'utf8');
  return pageWeight(parsePage(path, html), brotli(html), assetAt, origin());
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

/** One Lighthouse run (performance only): the figures the table shows, or an error line. */
function lighthouseOnce(binary, chrome, url, output) {
  const run = spawnSync(binary, [
    url, '--quiet', '--output=json', `--output-path=${output}`, '--only-categories=performance',
    '--skip-audits=full-page-screenshot,screenshot-thumbnails,final-screenshot',
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
  ], { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8', timeout: 240_000 });
  if (run.status !== 0 || !existsSync(output)) return { error: (run.stderr || run.error?.message || 'no report').trim().split('\n').pop() };
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  return {
    perf: Math.round((report.categories.performance?.score ?? NaN) * 100),
    lcp: audit('largest-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    tbt: audit('total-blocking-time'),
    bytes: audit('total-byte-weight'),
    // What went over the network: a data: address (a browser's own icon, say) is not a request.
    requests: report.audits['network-requests']?.details?.items?.filter((item) => !item.url.startsWith('data:')).length ?? NaN,
  };
}

async function withServer(work) {
  const base = `http://127.0.0.1:${PORT}`;
  if (await answers(`${base}/`)) {
    fail(`port ${PORT} is in use, so Lighthouse would measure another server (set BENCH_PORT)`);
    return;
  }
  const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs')], {
    cwd: ROOT,
    env: { ...process.env, DIST_DIR: OUT_DIR, PORT: String(PORT), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  try {
    const until = Date.now() + 15_000;
    while (!(await answers(`${base}/en/`))) {
      if (Date.now() > until) {
        fail(`the site could not be served on port ${PORT}`);
        return;
      }
      await new Promise((done) => setTimeout(done, 200));
    }
    // Each page once first, so the server has it compressed (as a host would) before anything is timed.
    for (const { path } of pages) await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'br' } }).then((response) => response.arrayBuffer());
    await work(base);
  } finally {
    server.kill();
  }
}

// ---------------------------------------------------------------- main

const buildSeconds = args.has('--no-build') ? undefined : build();
if (!existsSync(join(OUT_DIR, 'sitemap-index.xml'))) {
  console.error(`No built site in ${OUT_DIR}. Run without --no-build.`);
  process.exit(1);
}
const pageCount = readdirSync(OUT_DIR, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
if (buildSeconds !== undefined) console.log(`  ${pageCount} pages in ${buildSeconds.toFixed(1)} s, ${((buildSeconds * 1000) / pageCount).toFixed(1)} ms a page (load average ${load()})`);

const pages = [];
for (const template of TEMPLATES) {
  for (const family of FAMILIES) {
    if (!enabledLanguages.some((language) => language.path === family)) continue;
    const path = `/${family}/${template.path}`;
    if (!existsSync(join(OUT_DIR, path, 'index.html'))) {
      fail(`${template.name} ${path} is not built`);
      continue;
    }
    pages.push({ template, family, path, weight: weigh(path) });
  }
}

const lighthouse = new Map();
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'})`;
let loadBefore;
let loadAfter;
if (!args.has('--no-lighthouse')) {
  const binary = join(ROOT, 'node_modules/.bin/lighthouse');
  let chrome;
  try {
    chrome = chromiumPath();
  } catch (error) {
    fail(error.message);
  }
  if (!existsSync(binary)) fail('Lighthouse is not installed (npm install -D lighthouse)');
  else if (chrome) {
    const reports = join(BENCH_DIR, 'lighthouse');
    mkdirSync(reports, { recursive: true });
    console.log(`\nLighthouse: ${pages.length} pages × ${RUNS} run${RUNS === 1 ? '' : 's'}, one after another (mobile defaults, system Chromium, brotli on loopback) …`);
    loadBefore = load();
    await withServer(async (base) => {
      for (const page of pages) {
        const runs = [];
        for (let run = 1; run <= RUNS; run += 1) {
          const output = join(reports, `${page.template.name.replace(/\s+/g, '-')}-${page.family}-${run}.json`);
          let result = lighthouseOnce(binary, chrome, `${base}${page.path}`, output);
          // A busy machine sometimes loses the trace (NO_NAVSTART); one more try before calling it a failure.
          if (result.error) result = lighthouseOnce(binary, chrome, `${base}${page.path}`, output);
          runs.push(result);
        }
        const good = runs.filter((run) => !run.error);
        if (good.length === 0) fail(`Lighthouse failed on ${page.path}: ${runs[0].error}`);
        else lighthouse.set(page.path, Object.fromEntries(['perf', 'lcp', 'cls', 'tbt', 'bytes', 'requests'].map((key) => [key, median(good.map((run) => run[key]))])));
        process.stdout.write('.');
      }
    });
    loadAfter = load();
    console.log('');
  }
}

// ---------------------------------------------------------------- table and budgets

const rows = [];
for (const { template, family, path, weight } of pages) {
  const measured = lighthouse.get(path);
  const broken = [];
  if (weight.brotliBytes > BUDGET.brotliBytes) broken.push(`> ${kb(BUDGET.brotliBytes)} KB`);
  if (weight.requests > BUDGET.requests) broken.push(`> ${BUDGET.requests} requests`);
  if (measured) {
    if (!(Math.round(measured.cls * 100) === 0)) broken.push('CLS > 0');
    if (template.lcp && !(measured.lcp <= BUDGET.lcpMs)) broken.push(`LCP > ${BUDGET.lcpMs / 1000} s`);
  }
  for (const problem of broken) fail(`${template.name} ${path}: ${problem}`);
  rows.push([
    template.name, family, kb(weight.brotliBytes), weight.requests,
    measured ? measured.perf : '', measured ? `${(measured.lcp / 1000).toFixed(2)} s` : '', measured ? measured.cls.toFixed(3) : '',
    measured ? `${Math.round(measured.tbt)} ms` : '', measured ? kb(measured.bytes) : '', measured ? measured.requests : '',
    broken.join('; ') || 'ok',
  ]);
}
console.log(`\nPer template (KB = 1024 bytes; brotli = HTML + the CSS and JS it loads at first render, as the static check weighs it;${lighthouse.size > 0 ? ` Lighthouse figures are medians of ${RUNS} run${RUNS === 1 ? '' : 's'}, bytes as transferred` : ' Lighthouse not run'})`);
printTable(['template', 'lang', 'brotli KB', 'req', 'perf', 'LCP', 'CLS', 'TBT', 'LH KB', 'LH req', 'budget'], rows);
console.log(`\nMachine: ${machine}; load average (1, 5, 15 min)${loadBefore ? ` before Lighthouse ${loadBefore}, after ${loadAfter}` : ` ${load()}`}. ${new Date().toISOString().slice(0, 10)}.`);
console.log('Lighthouse throttles the network and CPU by simulation, but a busy machine still lengthens TBT and sometimes LCP: compare runs at a similar load.');

// Search loads Pagefind only when the reader focuses the box: not part of any page's budget, shown here.
const bundle = join(OUT_DIR, 'pagefind');
if (existsSync(join(bundle, 'pagefind-entry.json'))) {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
  const sent = (name) => {
    const file = join(bundle, name);
    if (!existsSync(file)) return 0;
    return /\.(js|json)$/.test(name) ? brotli(readFileSync(file)) : statSync(file).size;
  };
  const engine = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'].map(sent).reduce((a, b) => a + b, 0);
  const info = entry.languages.en;
  if (info) console.log(`\nSearch, loaded when the reader focuses the search box: ${kb(engine + sent(`pagefind.${info.hash}.pf_meta`) + sent(`wasm.${info.wasm ?? 'unknown'}.pagefind`))} KB for a first English query.`);
} else fail('the search index (pagefind/) was not built');

console.log(`\nBudgets: every page ≤ ${kb(BUDGET.brotliBytes)} KB brotli and ≤ ${BUDGET.requests} requests; CLS 0.00; LCP ≤ ${BUDGET.lcpMs / 1000} s on ${TEMPLATES.filter((template) => template.lcp).map((template) => template.name).join(', ')}.${QUICK ? ' (--quick: 1 run, Latin only.)' : ''}`);
if (failures.length > 0) {
  console.log(`\nFAILED (${failures.length}):`);
  for (const message of failures) console.log(`  - ${message}`);
  process.exit(1);
}
console.log('\nAll budgets hold.');
