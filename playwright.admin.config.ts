import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './tests/e2e/support/chromium';

/**
 * The editor's browser test (npm run test:admin): /admin/ in local mode against a temporary copy of content/, on a
 * desktop-sized window. The spec starts `npm run edit` itself (scripts/edit.ts), so no site build is needed.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: 'admin.spec.ts',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 240_000,
  expect: { timeout: 30_000 },
  use: {
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
});
