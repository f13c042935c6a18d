// Takes the screenshots of docs/editing.md from the editor in local mode (npm run edit) on a temporary copy of
// content/, so nothing in the working copy changes: node scripts/edit-screenshots.ts
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/e2e/support/chromium.ts';

const PORT = 4331;
const ADMIN = `http://127.0.0.1:${PORT}/admin/`;
const root = mkdtempSync(join(tmpdir(), 'waymark-shots-'));
cpSync('content', join(root, 'content'), { recursive: true });
const editor = spawn(process.execPath, ['scripts/edit.ts'], { env: { ...process.env, EDIT_ROOT: root, EDIT_PORT: String(PORT), EDIT_PROXY_PORT: '8091' }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((resolve) => editor.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Editor:') && resolve()));

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('dialog', (dialog) => void dialog.accept());
  const shot = (name: string) => page.screenshot({ path: `docs/images/editor-${name}.png` });
  const open = async (collection: string, slug: string) => {
    await page.goto(`${ADMIN}#/collections/${collection}`);
    await page.locator(`a[href="#/collections/${collection}/entries/${slug}"]`).click({ timeout: 60_000 });
    await page.getByText('Changes saved').waitFor();
  };
  await page.goto(ADMIN);
  await shot('login');
  await page.getByRole('button', { name: 'Login' }).click({ timeout: 120_000 });
  await page.goto(`${ADMIN}#/collections/facts`);
  await page.locator('a[href*="/entries/"]').first().waitFor();
  await shot('facts');
  await open('facts', 'ew-recovery-period-min-days');
  await shot('fact');
  await open('services', 'modern-slavery-helpline');
  await page.locator('input[value="+448000121700"]').fill('0800 012 1700');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
  await page.getByText('a full phone number must be UK E.164').waitFor();
  await page.getByText('a full phone number must be UK E.164').scrollIntoViewIfNeeded();
  await shot('phone-refused');
  await open('pages-ar', 'nrm/reasonable-grounds');
  await shot('translation');
  await page.locator('[data-translation-state]').scrollIntoViewIfNeeded();
  await shot('translation-state');
} finally {
  await browser.close();
  editor.kill('SIGTERM');
  rmSync(root, { recursive: true, force: true });
}
