/**
 * The editor at /admin/ in local mode (npm run edit) against a temporary copy of content/, so the working tree is
 * never touched: an editor changes a fact's value and a sentence of an English page, saves, and the files change
 * exactly there; a phone number that is not UK E.164 and a date in another form are refused with a message.
 * Run with `npm run test:admin` (playwright.admin.config.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = 4329;
const PROXY_PORT = 8089;
const ADMIN = `http://127.0.0.1:${PORT}/admin/`;
const FACT = 'content/facts/ew-recovery-period-min-days.yaml';
const PAGE = 'content/pages/en/nrm/reasonable-grounds.mdx';
const SERVICE = 'content/services/modern-slavery-helpline.yaml';

let root: string;
let editor: ChildProcess;
const policyErrors: string[] = [];

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'waymark-admin-test-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  editor = spawn(process.execPath, ['scripts/edit.ts'], {
    env: { ...process.env, EDIT_ROOT: root, EDIT_PORT: String(PORT), EDIT_PROXY_PORT: String(PROXY_PORT) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    editor.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Editor:')) resolve();
    });
    editor.on('exit', (code) => reject(new Error(`npm run edit stopped (${code})`)));
  });
});

test.afterAll(() => {
  editor?.kill('SIGTERM');
  rmSync(root, { recursive: true, force: true });
});

const original = (file: string) => readFileSync(file, 'utf8');
const edited = (file: string) => readFileSync(join(root, file), 'utf8');
/** The lines of the edited copy that differ from the working tree's file (same number of lines). */
function changedLines(file: string): string[] {
  const before = original(file).split('\n');
  const after = edited(file).split('\n');
  expect(after).toHaveLength(before.length);
  return after.flatMap((line, index) => (line === before[index] ? [] : [`${before[index]} → ${line}`]));
}

async function signIn(page: Page) {
  // Leaving an entry the editor refused to save asks "leave without saving?": yes.
  page.on('dialog', (dialog) => void dialog.accept());
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyErrors.push(message.text());
  });
  await page.goto(ADMIN);
  await page.getByRole('button', { name: 'Login' }).click({ timeout: 120_000 });
}

async function open(page: Page, collection: string, slug: string) {
  await page.goto(`${ADMIN}#/collections/${collection}`);
  await page.locator(`a[href="#/collections/${collection}/entries/${slug}"]`).click({ timeout: 60_000 });
  await expect(page.getByText('Changes saved')).toBeVisible();
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
}

/** Selects one word of the page text in the editor (the raw text editor is contenteditable) by double-clicking it. */
async function doubleClickWord(page: Page, line: string, word: string) {
  const box = await page.getByText(line).evaluate((element, target) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(target);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
    throw new Error(`"${target}" not found`);
  }, word);
  await page.mouse.dblclick(box.x, box.y);
}

test('changes a fact and a sentence of an English page, and the files change exactly there', async ({ page }) => {
  await signIn(page);

  await open(page, 'facts', 'ew-recovery-period-min-days');
  await page.getByLabel('Value', { exact: true }).fill('31');
  await publish(page);
  await expect.poll(() => edited(FACT) !== original(FACT)).toBe(true);
  expect(changedLines(FACT)).toEqual(['value: 30 → value: 31']);

  await open(page, 'pages', 'nrm/reasonable-grounds');
  const line = 'promise. Sometimes it takes longer. If you are waiting, ask your First Responder for news.';
  await page.getByText(line).scrollIntoViewIfNeeded();
  await doubleClickWord(page, line, 'longer');
  await page.keyboard.type('much longer');
  await publish(page);
  await expect.poll(() => edited(PAGE) !== original(PAGE)).toBe(true);
  expect(changedLines(PAGE)).toEqual([`${line} → ${line.replace('longer', 'much longer')}`]);

  expect(policyErrors).toEqual([]);
});

test('refuses a phone number that is not UK E.164 and a date in another form, with a message', async ({ page }) => {
  await signIn(page);
  const before = { service: edited(SERVICE), fact: edited(FACT) };

  await open(page, 'services', 'modern-slavery-helpline');
  const phone = page.locator('input[value="+448000121700"]');
  await phone.fill('0800 012 1700');
  await publish(page);
  await expect(page.getByText('a full phone number must be UK E.164, like +448000121700')).toBeVisible();
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  await open(page, 'facts', 'ew-recovery-period-min-days');
  await page.getByLabel('Checked', { exact: true }).fill('23/11/2026');
  await publish(page);
  await expect(page.getByText('must be a date written as YYYY-MM-DD')).toBeVisible();
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  expect(edited(SERVICE)).toBe(before.service);
  expect(edited(FACT)).toBe(before.fact);
  expect(policyErrors).toEqual([]);
});
