// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import chineseSpacing from './src/integrations/chineseSpacing.ts';
import pagefind from './src/integrations/pagefind.ts';
import admin from './src/integrations/admin.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchors } from './src/integrations/headingAnchors.ts';
import { enabledLanguages, defaultLanguage } from './src/i18n/languages.ts';
import { isPagePartAddress } from './src/lib/pageParts.ts';

/** The public address, for canonical links, link previews and the sitemap. Set WAYMARK_SITE when you deploy. */
const site = process.env.WAYMARK_SITE ?? 'https://waymark.example';

/**
 * Astro's i18n locales, each as a URL segment with its code (`zh-hans` for `zh-Hans`). One shape for all: with a
 * mix of plain codes and objects, Astro's types make `defaultLocale` impossible to satisfy.
 * @type {{ path: string; codes: [string] }[]}
 */
const locales = enabledLanguages.map((language) => ({ path: language.path, codes: [language.code] }));

export default defineConfig({
  site,
  // Separate output and cache folders let several builds run side by side (WAYMARK_OUT_DIR, WAYMARK_CACHE_DIR).
  outDir: process.env.WAYMARK_OUT_DIR ?? './dist',
  cacheDir: process.env.WAYMARK_CACHE_DIR ?? './node_modules/.astro',
  output: 'static',
  trailingSlash: 'always',
  // Each page's CSS goes into its HTML, so the first round trip brings everything needed to render it.
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales,
    defaultLocale: defaultLanguage.code,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Translated pages keep the English heading ids, so every #fragment link works in every language.
  markdown: { processor: satteri({ hastPlugins: [headingAnchors] }) },
  integrations: [
    mdx(),
    sitemap({
      // Pages only (URLs ending in /): Astro already leaves endpoints such as /<lang>/services.hsds.json out; keep it so.
      // Page parts (the checker's results data) are fetched by a page, never visited.
      filter: (page) => page.endsWith('/') && !isPagePartAddress(page),
      i18n: {
        defaultLocale: defaultLanguage.path,
        locales: Object.fromEntries(enabledLanguages.map((language) => [language.path, language.code])),
      },
    }),
    // Before the search index, so search sees the same text as readers.
    chineseSpacing(),
    pagefind(),
    // Last, after the sitemap and the search index: the editor at /admin/ is in neither.
    admin(),
  ],
  // The Content Security Policy is written into each page by src/middleware.ts (src/lib/contentSecurityPolicy.ts):
  // Astro's own would list every page's style and script hashes on every page.
  // Scripts as files, never inline, so the same strict policy works as a header on any static host.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
