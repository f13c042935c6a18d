/**
 * After the build, closes the gaps that joining parts of a page leaves between Chinese words and sentences
 * (src/lib/cjkSpacing.ts). Runs before the search index is built, so search sees the same text as readers.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeChineseGaps, isChinesePage } from '../lib/cjkSpacing';

export default function chineseSpacing(): AstroIntegration {
  return {
    name: 'waymark:chinese-spacing',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const htmlFiles = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
        let changed = 0;
        for (const file of htmlFiles) {
          const path = join(outDir, file);
          const html = await readFile(path, 'utf8');
          if (!isChinesePage(html)) continue;
          const closed = closeChineseGaps(html);
          if (closed !== html) {
            await writeFile(path, closed);
            changed += 1;
          }
        }
        logger.info(`Closed the gaps between Chinese words on ${changed} pages`);
      },
    },
  };
}
