/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/unit/setup/contentStore.ts'],
    // Several tests read every file in content/ and locales/: on 2 busy cores that takes seconds. Speed is measured
    // by `npm run bench`, not by test timeouts.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
