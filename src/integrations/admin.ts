/**
 * Writes the editor into the built site at /admin/ after the build (scripts/lib/adminBuild.ts). It runs after the
 * sitemap and the search index are made, so neither lists it; the static check checks it by its own rules.
 * WAYMARK_CMS_REPO (owner/name), WAYMARK_CMS_BRANCH and WAYMARK_CMS_AUTH_URL set the repository it edits.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { backendFromEnvironment, writeAdmin } from '../../scripts/lib/adminBuild.ts';

export default function waymarkAdmin(): AstroIntegration {
  return {
    name: 'waymark:admin',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = process.cwd();
        const generated = JSON.parse(readFileSync('src/admin/config.json', 'utf8')) as { backend: Record<string, unknown> };
        const files = await writeAdmin(fileURLToPath(dir), { root, config: backendFromEnvironment(generated, process.env) });
        logger.info(`editor written to /admin/ (${files.length} files)`);
      },
    },
  };
}
