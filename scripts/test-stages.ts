// npm test: runs every check in order — unit and component tests, astro check, build, the static check of every
// built page, the browser pass over every page, the behaviour tests — and prints at the end how long each stage
// took. It stops at the first stage that fails (later stages need what it makes) and still prints the times.
// Extra arguments pick stages by name: `npm test -- static pass` runs only those two on the dist/ already built.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Stage { name: string; what: string; command: string[] }

const behaviourSpecs = readdirSync('tests/e2e').filter((file) => file.endsWith('.spec.ts') && file !== 'every-page.spec.ts' && file !== 'admin.spec.ts').sort().map((file) => `tests/e2e/${file}`);
const npx = (...args: string[]) => ['node_modules/.bin/' + args[0]!, ...args.slice(1)];

const STAGES: Stage[] = [
  { name: 'unit', what: 'unit and component tests (vitest)', command: npx('vitest', 'run') },
  { name: 'types', what: 'astro check (TypeScript strict)', command: npx('astro', 'check') },
  { name: 'build', what: 'build (astro build)', command: npx('astro', 'build') },
  { name: 'static', what: 'static check of every built page', command: ['node', 'scripts/static-check.ts'] },
  { name: 'pass', what: 'browser pass over every page', command: npx('playwright', 'test', 'tests/e2e/every-page.spec.ts') },
  { name: 'behaviour', what: 'behaviour tests (browser)', command: npx('playwright', 'test', ...behaviourSpecs) },
  { name: 'admin', what: 'behaviour tests of the editor at /admin/ (browser, local mode)', command: npx('playwright', 'test', '--config', 'playwright.admin.config.ts') },
];

const picked = process.argv.slice(2);
const unknown = picked.filter((name) => !STAGES.some((stage) => stage.name === name));
if (unknown.length > 0) {
  console.error(`Unknown stage ${unknown.join(', ')}; the stages are ${STAGES.map((stage) => stage.name).join(', ')}.`);
  process.exit(2);
}
const stages = picked.length > 0 ? STAGES.filter((stage) => picked.includes(stage.name)) : STAGES;

const seconds = (ms: number) => `${(ms / 1000).toFixed(0).padStart(5)} s`;
const times: { stage: Stage; ms: number; ok: boolean; note?: string }[] = [];
const started = performance.now();

/**
 * The browser pass and the behaviour tests run as one Playwright run when both are asked for: the web server and the
 * browsers start once, and a worker that finishes its parts of the pass takes behaviour tests. Each stage's time is
 * then its tests' time, read from Playwright's JSON report (summed over the workers), beside the run's own time.
 */
function runBrowserStagesTogether(pass: Stage, behaviour: Stage) {
  const report = join(mkdtempSync(join(tmpdir(), 'waymark-e2e-')), 'report.json');
  const command = npx('playwright', 'test', 'tests/e2e/every-page.spec.ts', ...behaviourSpecs, '--reporter=list,json');
  console.log(`\n▶ ${pass.what} and ${behaviour.what}, in one run: ${command.join(' ')}\n`);
  const start = performance.now();
  const { status } = spawnSync(command[0]!, command.slice(1), { stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report } });
  const wall = performance.now() - start;
  const tests = existsSync(report) ? testsOf(JSON.parse(readFileSync(report, 'utf8'))) : [];
  const ofPass = (file: string) => file.endsWith('every-page.spec.ts');
  for (const [stage, mine] of [[pass, tests.filter((t) => ofPass(t.file))], [behaviour, tests.filter((t) => !ofPass(t.file))]] as const) {
    const ms = mine.reduce((sum, t) => sum + t.ms, 0);
    const ok = status === 0 || (mine.length > 0 && mine.every((t) => t.ok));
    times.push({ stage, ms, ok, note: `test time over the workers, ${mine.length} tests` });
  }
  times.push({ stage: { name: 'browser', what: `${pass.name} and ${behaviour.name} together (one Playwright run)`, command }, ms: wall, ok: status === 0 });
}

interface ReportSuite { file?: string; suites?: ReportSuite[]; specs?: { file: string; tests: { results: { duration: number; status: string }[] }[] }[] }
function testsOf(report: { suites: ReportSuite[] }) {
  const found: { file: string; ms: number; ok: boolean }[] = [];
  const walk = (suite: ReportSuite) => {
    suite.suites?.forEach(walk);
    for (const spec of suite.specs ?? []) for (const test of spec.tests) for (const result of test.results) {
      found.push({ file: spec.file, ms: result.duration, ok: result.status === 'passed' || result.status === 'skipped' });
    }
  };
  report.suites.forEach(walk);
  return found;
}

for (let index = 0; index < stages.length; index += 1) {
  const stage = stages[index]!;
  const next = stages[index + 1];
  if (stage.name === 'pass' && next?.name === 'behaviour') {
    runBrowserStagesTogether(stage, next);
    index += 1;
    if (times.at(-1)!.ok) continue;
    break;
  }
  console.log(`\n▶ ${stage.what}: ${stage.command.join(' ')}\n`);
  const start = performance.now();
  const { status } = spawnSync(stage.command[0]!, stage.command.slice(1), { stdio: 'inherit' });
  times.push({ stage, ms: performance.now() - start, ok: status === 0 });
  if (status !== 0) break;
}

const failed = times.find((time) => !time.ok);
console.log('\nTime per stage:');
for (const { stage, ms, ok, note } of times) console.log(`  ${seconds(ms)}  ${ok ? '✓' : '✗'} ${stage.what}${note ? ` (${note})` : ''}`);
for (const stage of stages.filter((stage) => !times.some((time) => time.stage === stage))) console.log(`      –    not run: ${stage.what}`);
console.log(`  ${seconds(performance.now() - started)}  in all`);
if (failed) console.log(`\n✗ ${failed.stage.what} failed.`);
process.exit(failed ? 1 : 0);
