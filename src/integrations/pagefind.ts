/**
 * Builds the search index after the site is built, with Pagefind's Node API (as Starlight's
 * integrations/pagefind.ts does): one index per `<html lang>`, text normalised by src/lib/searchNormalize.ts,
 * fallback pages left out (see src/lib/searchIndex.ts). Writes only the bundle files the search page uses.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { enabledLanguages } from '../i18n/languages';
import { isServedBundleFile, pageUrlOfFile, planIndexing, prepareHtmlForIndex } from '../lib/searchIndex';

function failOn(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n- ${errors.join('\n- ')}`);
}

export default function waymarkPagefind(): AstroIntegration {
  return {
    name: 'waymark:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const segments = enabledLanguages.map((language) => language.path);
        const htmlFiles = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
        const created = await pagefind.createIndex({});
        failOn(created.errors, 'start');
        const index = created.index!;
        const perLanguage = new Map<string, number>();
        const skipped = new Map<string, number>();
        try {
          for (const file of htmlFiles) {
            const html = await readFile(join(outDir, file), 'utf8');
            const plan = planIndexing(pageUrlOfFile(file), html, segments);
            if (!plan.index) {
              skipped.set(plan.reason, (skipped.get(plan.reason) ?? 0) + 1);
              continue;
            }
            const added = await index.addHTMLFile({ url: plan.url, content: prepareHtmlForIndex(html) });
            failOn(added.errors, `index ${plan.url}`);
            perLanguage.set(plan.language, (perLanguage.get(plan.language) ?? 0) + 1);
          }
          const bundle = await index.getFiles();
          failOn(bundle.errors, 'write the index');
          for (const file of bundle.files.filter((candidate) => isServedBundleFile(candidate.path))) {
            const target = join(outDir, 'pagefind', file.path);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, file.content);
          }
        } finally {
          await pagefind.close();
        }
        const counts = [...perLanguage].map(([language, count]) => `${language} ${count}`).join(', ');
        const left = [...skipped].map(([reason, count]) => `${reason} ${count}`).join(', ');
        logger.info(`Search index: ${counts} pages (left out: ${left || 'none'})`);
      },
    },
  };
}
