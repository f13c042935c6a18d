// npm test: runs every check in order — unit and component tests, astro check, build, the static check of every
// built page, the browser pass over every page, the behaviour tests — and prints at the end how long each stage
// took. It stops at the first stage that fails (later stages need what it makes) and still prints the times.
// Extra arguments pick stages by name: `npm test -- static pass` runs only those two on the dist/ already built.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

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
const times: { stage: Stage; ms: number; ok: boolean }[] = [];
const started = performance.now();
for (const stage of stages) {
  console.log(`\n▶ ${stage.what}: ${stage.command.join(' ')}\n`);
  const start = performance.now();
  const { status } = spawnSync(stage.command[0]!, stage.command.slice(1), { stdio: 'inherit' });
  times.push({ stage, ms: performance.now() - start, ok: status === 0 });
  if (status !== 0) break;
}

const failed = times.find((time) => !time.ok);
console.log('\nTime per stage:');
for (const { stage, ms, ok } of times) console.log(`  ${seconds(ms)}  ${ok ? '✓' : '✗'} ${stage.what}`);
for (const stage of stages.slice(times.length)) console.log(`      –    not run: ${stage.what}`);
console.log(`  ${seconds(performance.now() - started)}  in all`);
if (failed) console.log(`\n✗ ${failed.stage.what} failed.`);
process.exit(failed ? 1 : 0);
