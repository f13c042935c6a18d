import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSearchPageUrl, isServedBundleFile, pageUrlOfFile, planIndexing, prepareHtmlForIndex } from '../../src/lib/searchIndex';
import { normalizeQuery } from '../../src/lib/searchNormalize';

const ZWNJ = '\u200C';
const LANGUAGES = ['en', 'ar', 'ti', 'sq'];

function page({ lang, mainLang = lang, title, summary, body }: { lang: string; mainLang?: string; title: string; summary: string; body: string }) {
  return `<!doctype html><html lang="${lang}" dir="ltr"><head><title>${title} – Waymark</title>` +
    `<meta name="description" content="${summary}"><meta property="og:title" content="${title}"></head>` +
    `<body><header><a href="/">Waymark</a></header><main id="main" tabindex="-1" lang="${mainLang}" dir="ltr" data-pagefind-body>` +
    `<div class="notice" data-pagefind-ignore><p>notice</p></div><article><h1>${title}</h1>${body}</article></main>` +
    `<footer>footer words</footer></body></html>`;
}

describe('which built pages are indexed', () => {
  it('turns built file names into page URLs', () => {
    expect(pageUrlOfFile('ar/nrm/index.html')).toBe('/ar/nrm/');
    expect(pageUrlOfFile('index.html')).toBe('/');
    expect(pageUrlOfFile('404.html')).toBe('/404.html');
  });

  it('indexes a page in its own language', () => {
    const html = page({ lang: 'ar', title: 'حقوقك', summary: 'ما يحق لك', body: '<p>نص</p>' });
    expect(planIndexing('/ar/rights/', html, LANGUAGES)).toEqual({ index: true, url: '/ar/rights/', language: 'ar' });
  });

  it('leaves out an untranslated page showing English inside an Arabic page', () => {
    const html = page({ lang: 'ar', mainLang: 'en', title: 'Your rights', summary: 'What you can get', body: '<p>text</p>' });
    expect(planIndexing('/ar/rights/', html, LANGUAGES)).toMatchObject({ index: false, reason: 'fallback' });
  });

  it('leaves out the search pages, the language chooser, the 404 page and pages without a search body', () => {
    const html = page({ lang: 'en', title: 'Search', summary: 'Search the site', body: '' });
    expect(isSearchPageUrl('/ti/search/')).toBe(true);
    expect(planIndexing('/ti/search/', html, LANGUAGES)).toMatchObject({ index: false, reason: 'search-page' });
    expect(planIndexing('/', html, LANGUAGES)).toMatchObject({ index: false, reason: 'not-a-language-page' });
    expect(planIndexing('/404.html', html, LANGUAGES)).toMatchObject({ index: false, reason: 'not-a-language-page' });
    expect(planIndexing('/en/x/', html.replace(' data-pagefind-body', ''), LANGUAGES)).toMatchObject({ index: false, reason: 'no-search-body' });
  });

  it('normalises the text Pagefind reads but keeps the title and summary as written', () => {
    const html = page({ lang: 'fa', title: `برده${ZWNJ}داری`, summary: 'کمک &amp; حقوق', body: `<p class="می${ZWNJ}x">می${ZWNJ}خواهم</p>` });
    const prepared = prepareHtmlForIndex(html);
    expect(prepared).toContain('<p class="می\u200Cx">مي خواهم ميخواهم</p>');
    expect(prepared).toContain(`data-search-title="برده${ZWNJ}داری" data-search-summary="کمک &amp; حقوق"`);
    expect(prepared).toMatch(/<main data-pagefind-meta="title\[data-search-title\], summary\[data-search-summary\]"/);
  });

  it('publishes the search engine and index, not the ready-made UIs', () => {
    expect(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.ar.pagefind', 'index/ar_1.pf_index', 'fragment/en_2.pf_fragment']
      .every(isServedBundleFile)).toBe(true);
    expect(['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js', 'playground/index.html']
      .some(isServedBundleFile)).toBe(false);
  });
});

/** Builds a real Pagefind index of one language's pages, serves it on loopback and searches it like the browser. */
async function searchableSite(pages: { url: string; html: string }[], prepare: (html: string) => string) {
  const folder = await mkdtemp(join(tmpdir(), 'waymark-search-'));
  const { index } = await pagefind.createIndex({});
  for (const { url, html } of pages) {
    const added = await index!.addHTMLFile({ url, content: prepare(html) });
    expect(added.errors).toEqual([]);
  }
  const { files } = await index!.getFiles();
  for (const file of files) {
    await mkdir(dirname(join(folder, file.path)), { recursive: true });
    await writeFile(join(folder, file.path), file.content);
  }
  await index!.deleteIndex();
  const server: Server = createServer(async (request, response) => {
    try {
      response.end(await readFile(join(folder, (request.url ?? '/').split('?')[0]!)));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  // A fresh copy of pagefind.js per site: it keeps one WebAssembly engine per copy.
  const module = await import(/* @vite-ignore */ `${pathToFileURL(join(folder, 'pagefind.js')).href}?${port}`);
  const instance = module.createInstance({ basePath: `http://127.0.0.1:${port}/` });
  await instance.init();
  return {
    async find(query: string): Promise<{ url: string; title: string }[]> {
      const response = await instance.search(normalizeQuery(query));
      const data = await Promise.all(response.results.map((result: { data: () => Promise<{ url: string; meta: { title: string } }> }) => result.data()));
      return data.map((entry) => ({ url: entry.url, title: entry.meta.title }));
    },
    async close() {
      await instance.destroy();
      server.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

const raw = (html: string) => html;
const sites: { close: () => Promise<void> }[] = [];
async function site(pages: { url: string; html: string }[], prepare = prepareHtmlForIndex) {
  const built = await searchableSite(pages, prepare);
  sites.push(built);
  return built;
}
afterAll(async () => {
  await Promise.all(sites.map((built) => built.close()));
  await pagefind.close();
});

const persian = [
  {
    url: '/fa/help/',
    html: page({
      lang: 'fa',
      title: 'برده‌داری مدرن',
      summary: 'اگر کسی شما را مجبور به کار می‌کند، کمک بگیرید.',
      body: '<h2>حقـــوق شما</h2><p>اگر کسی شما را مجبور به کار می‌کند، می‌توانید کمک بخواهید. بهره‌کشی جرم است.</p>',
    }),
  },
  { url: '/fa/stay/', html: page({ lang: 'fa', title: 'پناهندگی', summary: 'اقامت در بریتانیا و پناهندگی.', body: '<p>پناهندگی و اقامت</p>' }) },
];
const tigrinya = [
  { url: '/ti/slavery/', html: page({ lang: 'ti', title: 'ሓበሬታ', summary: 'ሓበሬታ ብዛዕባ እዚ ወብሳይት።', body: '<p>ዘመናዊ፡ባርነት፡ገበን፡እዩ።</p>' }) },
  { url: '/ti/help/', html: page({ lang: 'ti', title: 'ህጹጽ ሓገዝ', summary: 'ሕጂ ሓገዝ ርኸቡ።', body: '<p>ሕጂ ኣብ ሓደጋ ዲኹም? ደውሉ።</p>' }) },
];
const amharic = [
  { url: '/am/trafficking/', html: page({ lang: 'am', title: 'መረጃ', summary: 'ስለ መብቶችዎ መረጃ።', body: '<p>የሰው፡ዝውውር፡ወንጀል፡ነው።</p>' }) },
];
const arabic = [
  {
    url: '/ar/trafficking/',
    html: page({ lang: 'ar', title: 'معلومات', summary: 'معلومات للضحايا.', body: '<h2>الاتجـــار بالبشر</h2><p>يمكنك طلب المساعدة في مستشفى.</p>' }),
  },
  { url: '/ar/rights/', html: page({ lang: 'ar', title: 'حقوقك', summary: 'ما يحق لك.', body: '<p>لك الحق في مترجم.</p>' }) },
];

describe('search finds words that Pagefind alone misses', () => {
  let fa: Awaited<ReturnType<typeof site>>;
  let faRaw: Awaited<ReturnType<typeof site>>;
  let ti: Awaited<ReturnType<typeof site>>;
  let tiRaw: Awaited<ReturnType<typeof site>>;
  let am: Awaited<ReturnType<typeof site>>;
  let amRaw: Awaited<ReturnType<typeof site>>;
  let ar: Awaited<ReturnType<typeof site>>;
  let arRaw: Awaited<ReturnType<typeof site>>;
  beforeAll(async () => {
    fa = await site(persian);
    faRaw = await site(persian, raw);
    ti = await site(tigrinya);
    tiRaw = await site(tigrinya, raw);
    am = await site(amharic);
    amRaw = await site(amharic, raw);
    ar = await site(arabic);
    arRaw = await site(arabic, raw);
  }, 60_000);

  it('Persian: the part after a ZWNJ ("you can", می‌توانید → توانید)', async () => {
    expect(await faRaw.find('توانید')).toEqual([]);
    expect((await fa.find('توانید')).map((found) => found.url)).toEqual(['/fa/help/']);
  });

  it('Persian: a compound typed with a space, solid, or with the ZWNJ ("modern slavery")', async () => {
    for (const query of ['برده داری', 'بردهداری', 'برده‌داری', 'بهره کشی']) {
      expect((await fa.find(query)).map((found) => found.url), query).toEqual(['/fa/help/']);
    }
  });

  it('Persian: "help" typed with the Arabic kaf (كمك) finds Persian text (کمک), and the title stays as written', async () => {
    expect(await fa.find('كمك')).toEqual([{ url: '/fa/help/', title: 'برده‌داری مدرن' }]);
  });

  it('Tigrinya: the word after the wordspace ፡ ("slavery", ባርነት; "crime", ገበን)', async () => {
    expect(await tiRaw.find('ባርነት')).toEqual([]);
    expect((await ti.find('ባርነት')).map((found) => found.url)).toEqual(['/ti/slavery/']);
    expect((await ti.find('ገበን')).map((found) => found.url)).toEqual(['/ti/slavery/']);
    expect((await ti.find('ሓደጋ')).map((found) => found.url)).toEqual(['/ti/help/']);
  });

  it('Amharic: the words after the wordspace ፡ ("trafficking", ዝውውር; "crime", ወንጀል)', async () => {
    expect(await amRaw.find('ወንጀል')).toEqual([]);
    expect((await am.find('ዝውውር')).map((found) => found.url)).toEqual(['/am/trafficking/']);
    expect((await am.find('ወንጀል')).map((found) => found.url)).toEqual(['/am/trafficking/']);
  });

  it('Persian: a heading stretched with tatweel ("your rights", حقـــوق شما)', async () => {
    expect(await faRaw.find('حقوق')).toEqual([]);
    expect((await fa.find('حقوق')).map((found) => found.url)).toEqual(['/fa/help/']);
  });

  // Pagefind's Arabic stemmer already folds tatweel and ى/ي; the same normalisation must not break that.
  it('Arabic: a heading stretched with tatweel, and "hospital" typed with yeh (مستشفي)', async () => {
    expect((await arRaw.find('الاتجار')).map((found) => found.url)).toEqual(['/ar/trafficking/']);
    expect((await ar.find('الاتجار')).map((found) => found.url)).toEqual(['/ar/trafficking/']);
    expect((await ar.find('مستشفي')).map((found) => found.url)).toEqual(['/ar/trafficking/']);
    expect((await ar.find('الاتجـــار')).map((found) => found.url)).toEqual(['/ar/trafficking/']);
  });

  it('does not index the notice or anything outside main', async () => {
    expect(await ar.find('notice')).toEqual([]);
    expect(await ar.find('footer')).toEqual([]);
  });
});
