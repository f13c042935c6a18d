/** What the tests know about the built site: its pages (from the sitemap) and its languages. */
import { readFileSync } from 'node:fs';
import { enabledLanguages, exitUrlOf, languageByPath, languages, oneLanguagePerScript, type Language } from '../../../src/i18n/languages';

/** The built site the tests serve (DIST_DIR lets a second build be tested side by side). */
export const DIST_DIR = process.env.DIST_DIR ?? 'dist';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Any quick-exit destination of the registry (BBC Weather, and each language's own): tests answer it themselves. */
export const EXIT_URL_PATTERN = new RegExp(`^(?:${[...new Set(languages.map(exitUrlOf))].map(escaped).join('|')})`);

/** Every page path in the built sitemap, plus the chooser and the 404 page. */
export function builtPagePaths(): string[] {
  const sitemap = readFileSync(`${DIST_DIR}/sitemap-0.xml`, 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  return [...new Set(['/', ...paths, '/404.html'])].sort();
}

export function languageOfPath(path: string): Language {
  const segment = path.split('/')[1] ?? '';
  return languageByPath(segment) ?? languageByPath('en')!;
}

/**
 * The languages behaviour tests run in: one per writing system (en, ti, ar, zh-Hans today; a script switched on
 * later joins by itself). The browser pass (every-page.spec.ts) checks every page of every language.
 */
export const behaviourLanguages: readonly Language[] = oneLanguagePerScript(enabledLanguages);

export { enabledLanguages, exitUrlOf };
