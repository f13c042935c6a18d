// Builds the site "as of" the day before and the first day of a dated change, and checks each build states the value
// in force on its day: Acas early conciliation is up to 6 weeks until 30 November 2025 and up to 12 weeks from
// 1 December 2025 (content/facts/acas-early-conciliation-weeks.yaml). A third build a year and a day after the last
// service check shows "check before use" on a service card. Slow (three builds): run it by hand or in CI, not in
// the unit tests. Usage: npm run check:as-of
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const page = 'en/legal/unpaid-wages/index.html';
const fact = (html) => /data-fact="acas-early-conciliation-weeks">([^<]+)</.exec(html)?.[1];

function buildAsOf(day) {
  const outDir = mkdtempSync(join(tmpdir(), `waymark-as-of-${day}-`));
  execFileSync(process.execPath, ['node_modules/.bin/astro', 'build', '--outDir', outDir], {
    env: { ...process.env, WAYMARK_AS_OF: day },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return outDir;
}

const checks = [
  { day: '2025-11-30', expect: (dir) => fact(readFileSync(join(dir, page), 'utf8')) === '6 weeks', what: 'states 6 weeks the day before the change' },
  { day: '2025-12-01', expect: (dir) => fact(readFileSync(join(dir, page), 'utf8')) === '12 weeks', what: 'states 12 weeks from the first day of the change' },
  {
    day: '2027-12-08',
    expect: (dir) => /data-service="modern-slavery-helpline"><p class="service-card__name"><strong>[^<]*<\/strong><span class="check-label"/.test(readFileSync(join(dir, 'en/help/get-help-now/index.html'), 'utf8')),
    what: 'says "check before use" on the Helpline card a year after its last check',
  },
];
let failed = 0;
for (const check of checks) {
  const dir = buildAsOf(check.day);
  const ok = check.expect(dir);
  console.log(`${ok ? 'ok  ' : 'FAIL'} as of ${check.day}: ${check.what}`);
  if (!ok) failed += 1;
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed === 0 ? 0 : 1);
