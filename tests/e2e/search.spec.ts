import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { DIST_DIR, behaviourLanguages, builtPagePaths } from './support/site';
import { enabledLanguages, type Language } from '../../src/i18n/languages';
import { expectNoAxeViolations, expectNoSidewaysScroll, expectNothingStored, watchForeignRequests } from './support/checks';

/** Search must find a word from a real page in every language, in its own script; the rest runs once per script. */
const SEARCHED = enabledLanguages;
const ONCE_PER_SCRIPT = new Set(behaviourLanguages.map((language) => language.code));
/** Unicode's name for each non-Latin script of the registry, so the word searched for is in the language's own script. */
const UNICODE_SCRIPT: Partial<Record<Language['script'], string>> = {
  Arab: 'Arabic', Ethi: 'Ethiopic', Hans: 'Han', Deva: 'Devanagari', Guru: 'Gurmukhi', Beng: 'Bengali', Cyrl: 'Cyrillic', Thai: 'Thai', Mlym: 'Malayalam',
};
const lettersOf = (language: Language) => {
  const name = UNICODE_SCRIPT[language.script];
  return name ? new RegExp(`\\p{Script=${name}}`, 'u') : undefined;
};
const SEARCH_TIMEOUT = 20_000;

const htmlOf = (path: string) => readFileSync(join(DIST_DIR, path, 'index.html'), 'utf8');
const mainLanguageOf = (html: string) => /<main\b[^>]*\blang="([^"]+)"/.exec(html)?.[1];
const isSearchPage = (path: string) => /^\/[^/]+\/search\/$/.test(path);
const thaiWords = new Intl.Segmenter('th', { granularity: 'word' });
/** Words as a reader would type them: split at anything but letters and marks, and Thai (no spaces) into its words. */
const wordsOf = (text: string) =>
  text
    .normalize('NFC')
    .split(/[^\p{L}\p{M}]+/u)
    .flatMap((run) => (/\p{Script=Thai}/u.test(run) ? Array.from(thaiWords.segment(run), (part) => part.segment) : [run]))
    .filter(Boolean);
/** A virama between consonants: an Indic conjunct, which search must keep whole (Devanagari, Bengali, Gurmukhi, Malayalam). */
const CONJUNCT = /\p{L}[\u094D\u09CD\u0A4D\u0D4D]\u200D?\p{L}/u;

/** Pages built from code (tools, directory, journeys): their text is mostly interface strings. */
const TOOL_PREFIXES = readdirSync('src/pages/[lang]', { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.astro') && !file.startsWith('['))
  .map((file) => file.replace(/\\/g, '/').replace(/\.astro$/, '').replace(/(^|\/)index$/, '').split('/[')[0]!)
  .filter((path) => path !== '')
  .map((path) => `${path.replace(/\/$/, '')}/`);
const isContentPage = (path: string) => !TOOL_PREFIXES.some((prefix) => path.split('/').slice(2).join('/').startsWith(prefix));

/** The text Pagefind indexes: main, without the parts marked data-pagefind-ignore. */
async function indexedText(page: Page, path: string): Promise<string> {
  await page.goto(path);
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.querySelectorAll('[data-pagefind-ignore]').forEach((element) => element.remove());
    return main.innerText;
  });
}

/** In how many of these built pages each word appears (rough: tags stripped from main). */
function documentFrequency(paths: string[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const path of paths) {
    const main = /<main\b[\s\S]*<\/main>/.exec(htmlOf(path))?.[0] ?? '';
    for (const word of new Set(wordsOf(main.replace(/<[^>]+>/g, ' ').toLowerCase()))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  return frequency;
}

/**
 * The page's rarest long word across the index it lives in, so that page must come up in the first results; in a
 * script with conjuncts, a word that holds one. Thai words are shorter, so 3 letters are enough there.
 */
function rarestWord(text: string, frequency: Map<string, number>, letters?: RegExp): string {
  const shortest = letters?.test('ก') ? 3 : 5;
  const long = [...new Set(wordsOf(text))].filter((word) => [...word].length >= shortest && (!letters || letters.test(word)));
  const withConjunct = long.filter((word) => CONJUNCT.test(word));
  const candidates = withConjunct.length > 0 ? withConjunct : long;
  expect(candidates.length, 'the page has words to search for').toBeGreaterThan(0);
  const score = (word: string) => frequency.get(word.toLowerCase()) ?? 1;
  return candidates.sort((a, b) => score(a) - score(b) || [...b].length - [...a].length || a.localeCompare(b))[0]!;
}

async function search(page: Page, languagePath: string, words: string) {
  test.info().annotations.push({ type: 'searched', description: `/${languagePath}/search/: ${words}` });
  await page.goto(`/${languagePath}/search/`);
  const box = page.getByRole('searchbox');
  await box.fill(words);
  await box.press('Enter');
}

const paths = builtPagePaths();
const pathsIn = (languagePath: string) => paths.filter((path) => path.startsWith(`/${languagePath}/`) && !isSearchPage(path));

for (const language of SEARCHED) {
  test.describe(`search in ${language.englishName}`, () => {
    test(`finds a ${language.code} page by a word from its own text`, async ({ page }) => {
      const letters = lettersOf(language);
      const own = pathsIn(language.path).filter((path) => isContentPage(path) && mainLanguageOf(htmlOf(path)) === language.code);
      const target = own.find((path) => !letters || letters.test(htmlOf(path).replace(/<[^>]+>/g, ' ')));
      expect(target, `no content page has text in ${language.code} yet`).toBeDefined();
      const word = rarestWord(await indexedText(page, target!), documentFrequency(own), letters);
      await search(page, language.path, word);
      const link = page.locator(`[data-site-search-list] a[href="${target}"]`);
      await expect(link, `searching "${word}"`).toBeVisible({ timeout: SEARCH_TIMEOUT });
      await expect(link).not.toHaveAttribute('lang', /.+/);
      await expect(page.locator('[data-site-search-status]')).toContainText(/\d/);
    });

    if (!ONCE_PER_SCRIPT.has(language.code)) return;

    if (language.code !== 'en') {
      // Official English terms, or a page not translated yet: English words still find the page in the reader's language.
      test(`finds a ${language.code} page by a word from its English text`, async ({ page }) => {
        const pages = pathsIn(language.path).filter(isContentPage);
        const untranslated = pages.filter((path) => mainLanguageOf(htmlOf(path)) === 'en');
        const target = untranslated[0] ?? pages[0]!;
        const english = pathsIn('en').filter((path) => mainLanguageOf(htmlOf(path)) === 'en');
        const word = rarestWord(await indexedText(page, target.replace(`/${language.path}/`, '/en/')), documentFrequency(english));
        await search(page, language.path, word);
        const link = page.locator(`[data-site-search-list] a[href="${target}"]`);
        await expect(link, `searching "${word}"`).toBeVisible({ timeout: SEARCH_TIMEOUT });
        if (untranslated.length > 0) await expect(link, 'an English title is marked as English').toHaveAttribute('lang', 'en');
        await expect(page.locator('[data-site-search-list] a[href^="/en/"]'), 'no link leaves the reader\'s language').toHaveCount(0);
      });
    }

    test(`the ${language.code} search page passes the page checks while searching`, async ({ page, context, baseURL }) => {
      const foreign = watchForeignRequests(page, baseURL!);
      await search(page, language.path, 'NRM');
      await expect(page.locator('[data-site-search-list] li').first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
      await expect(page).toHaveURL(new RegExp(`/${language.path}/search/$`));
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await expectNothingStored(page, context);
      expect(foreign, 'requests to other origins').toEqual([]);
    });
  });
}

test.describe('the search box', () => {
  test('loads the search engine only when the reader goes to the box', async ({ page }) => {
    const searchRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) searchRequests.push(request.url());
    });
    await page.goto('/en/search/', { waitUntil: 'networkidle' });
    expect(searchRequests).toEqual([]);
    await page.getByRole('searchbox').focus();
    await expect.poll(() => searchRequests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('says so when nothing matches, and keeps the words out of the address', async ({ page }) => {
    await search(page, 'en', 'zzqxjv');
    await expect(page.locator('[data-site-search-status]')).toHaveText(/\S/, { timeout: SEARCH_TIMEOUT });
    await expect(page.locator('[data-site-search-list] li')).toHaveCount(0);
    expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('');
  });

  test('forgets the words and results when the quick exit fires', async ({ page }) => {
    await search(page, 'en', 'NRM');
    await expect(page.locator('[data-site-search-list] li').first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
    await page.evaluate(() => {
      for (const form of document.forms) form.reset();
      document.dispatchEvent(new CustomEvent('waymark:exit'));
    });
    await expect(page.getByRole('searchbox')).toHaveValue('');
    await expect(page.locator('[data-site-search-list] li')).toHaveCount(0);
    await expect(page.locator('[data-site-search-status]')).toHaveText('');
  });

  test('no other page loads search code', () => {
    const withSearch = paths.filter((path) => path !== '/404.html' && /SiteSearch[^"]*\.js|\/pagefind\//.test(htmlOf(path)));
    expect(withSearch.length).toBeGreaterThan(0);
    expect(withSearch.filter((path) => !isSearchPage(path))).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const language of behaviourLanguages) {
    test(`the ${language.code} search page lists every page of the language, by section`, async ({ page }) => {
      await page.goto(`/${language.path}/search/`);
      await expect(page.getByRole('searchbox')).toBeHidden();
      await expect(page.locator('[data-site-search-no-script]')).toBeVisible();
      const index = page.locator('[data-site-index]');
      await expect(index.getByRole('heading', { level: 2 })).toBeVisible();
      expect(await index.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(3);
      const linked = new Set((await index.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))));
      // Pages a tool builds per case (a journey per nation) are reached from the tool's own page.
      const ancestors = (path: string) => path.split('/').slice(0, -2).map((_, end, parts) => `${parts.slice(0, end + 1).join('/')}/`);
      const unlisted = pathsIn(language.path).filter((path) => !linked.has(path) && !ancestors(path).slice(2).some((parent) => linked.has(parent)));
      expect(unlisted).toEqual([]);
      for (const path of linked) expect(path.startsWith(`/${language.path}/`), path).toBe(true);
      const english = pathsIn(language.path).filter((path) => language.code !== 'en' && mainLanguageOf(htmlOf(path)) === 'en' && isContentPage(path));
      for (const path of english.slice(0, 3)) await expect(index.locator(`a[href="${path}"]`)).toHaveAttribute('lang', 'en');
    });
  }
});

test.describe('when the search script cannot load', () => {
  // Scripts are refused rather than switched off, because axe itself needs to run in the page (as in frame.spec).
  test.beforeEach(async ({ page }) => {
    await page.route('**/*.js', (route) => route.abort());
  });

  test('the search button leads to the list of every page, with no words in the address', async ({ page }) => {
    await page.goto('/ar/search/');
    await page.getByRole('searchbox').fill('NRM');
    await page.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/ar\/search\/\??#every-page$/);
    await expect(page.locator('[data-site-index]')).toBeInViewport();
  });

  test('the search page passes axe and fits 320 px', async ({ page }) => {
    await page.goto('/ar/search/');
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
  });
});
