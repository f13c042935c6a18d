/**
 * Component tests render components that read content collections (Fact, Contact, the frame's emergency strip).
 * Vitest runs Vite as a dev server, which reads the content store from .astro/data-store.json; this syncs content/
 * there before the tests (astro sync, with the cache folder pointed at .astro), so they render today's content.
 */
import { execFileSync } from 'node:child_process';

export default function syncContentStore(): void {
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
    env: { ...process.env, WAYMARK_CACHE_DIR: './.astro' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
