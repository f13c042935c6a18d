import { normalizeQuery } from '../../lib/searchNormalize';

/** The small part of Pagefind's JS API this page uses (pagefind.js is built into /pagefind/ after the site). */
interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
}
interface PagefindInstance {
  init: () => Promise<void>;
  search: (term: string) => Promise<PagefindSearch | null>;
}
interface PagefindModule {
  createInstance: (options?: Record<string, unknown>) => PagefindInstance;
}

interface Found {
  href: string;
  title: string;
  summary: string;
  /** Set when the page matched in another language's index (English text on an untranslated page). */
  language?: string;
}

const RESULTS_PER_INDEX = 10;
const TYPING_PAUSE_MS = 250;
/** Letters or digits an English index could match: the English text of untranslated pages is searched for them. */
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;

const instances = new Map<string, Promise<PagefindInstance>>();

/**
 * A Pagefind instance searching one language's index. Pagefind holds one WebAssembly engine (with that language's
 * stemmer) per copy of its script, so a second language gets its own copy (`pagefind.js?en`); and it picks the
 * index from `<html lang>` when the instance is made, so the attribute is set for that moment.
 */
function instanceFor(bundle: string, language: string, own: boolean): Promise<PagefindInstance> {
  let instance = instances.get(language);
  if (!instance) {
    const copy = own ? bundle : `${bundle}?${encodeURIComponent(language)}`;
    instance = (import(/* @vite-ignore */ copy) as Promise<PagefindModule>).then(async (pagefind) => {
      const root = document.documentElement;
      const ownLanguage = root.lang;
      root.lang = language;
      let created: PagefindInstance;
      try {
        created = pagefind.createInstance();
      } finally {
        root.lang = ownLanguage;
      }
      await created.init();
      return created;
    });
    instance.catch(() => instances.delete(language));
    instances.set(language, instance);
  }
  return instance;
}

/** A result's link in the reader's language: `/en/nrm/` found in English becomes `/ar/nrm/`. */
function inReadersLanguage(url: string, languagePath: string): string {
  return url.replace(/^\/[^/]+\//, `/${languagePath}/`);
}

async function searchIndex(bundle: string, language: string, query: string, languagePath: string, own: boolean): Promise<Found[]> {
  const response = await (await instanceFor(bundle, language, own)).search(query);
  const top = (response?.results ?? []).slice(0, RESULTS_PER_INDEX);
  const data = await Promise.all(top.map((result) => result.data()));
  return data.map((page) => ({
    href: inReadersLanguage(page.url, languagePath),
    title: page.meta.title ?? page.url,
    summary: page.meta.summary ?? '',
    ...(own ? {} : { language }),
  }));
}

function renderResult(found: Found, inEnglishLabel: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = found.href;
  link.textContent = found.title;
  const summary = document.createElement('p');
  summary.textContent = found.summary;
  item.append(link);
  if (found.language) {
    for (const element of [link, summary]) {
      element.lang = found.language;
      element.dir = 'ltr';
    }
    const tag = document.createElement('span');
    tag.className = 'site-search__tag';
    tag.textContent = ` (${inEnglishLabel})`;
    item.append(tag);
  }
  item.append(summary);
  return item;
}

export function startSiteSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-site-search]');
  const form = root?.querySelector<HTMLFormElement>('[data-site-search-form]');
  const input = root?.querySelector<HTMLInputElement>('[data-site-search-input]');
  const status = root?.querySelector<HTMLElement>('[data-site-search-status]');
  const resultsBox = root?.querySelector<HTMLElement>('[data-site-search-results]');
  const list = root?.querySelector<HTMLOListElement>('[data-site-search-list]');
  if (!root || !form || !input || !status || !resultsBox || !list) return;
  const text = root.dataset;
  const bundle = text.bundle ?? '/pagefind/pagefind.js';
  const language = text.language ?? 'en';
  const languagePath = text.languagePath ?? language;
  const english = text.english ?? 'en';

  // For browsers without the `scripting` media feature.
  document.querySelector<HTMLElement>('[data-site-search-no-script]')?.setAttribute('hidden', '');

  let latest = 0;
  let pause: number | undefined;

  const clear = () => {
    window.clearTimeout(pause);
    latest += 1;
    list.replaceChildren();
    resultsBox.hidden = true;
    status.textContent = '';
  };

  const run = async () => {
    window.clearTimeout(pause);
    const query = normalizeQuery(input.value);
    const id = ++latest;
    if (!query) {
      clear();
      return;
    }
    if (!instances.has(language)) status.textContent = text.textLoading ?? '';
    const searches = [searchIndex(bundle, language, query, languagePath, true)];
    if (language !== english && LATIN_OR_DIGIT.test(query)) searches.push(searchIndex(bundle, english, query, languagePath, false));
    try {
      const groups = await Promise.all(searches);
      if (id !== latest) return;
      const seen = new Set<string>();
      const found = groups.flat().filter((page) => !seen.has(page.href) && seen.add(page.href));
      list.replaceChildren(...found.map((page) => renderResult(page, text.textInEnglish ?? '')));
      resultsBox.hidden = found.length === 0;
      status.textContent = found.length > 0 ? (text.textFound ?? '').replace('{{total}}', String(found.length)) : (text.textNone ?? '');
    } catch {
      if (id !== latest) return;
      list.replaceChildren();
      resultsBox.hidden = true;
      status.textContent = text.textFailed ?? '';
    }
  };

  // Load the search engine when the reader shows they want it, not with the page.
  input.addEventListener('focus', () => void instanceFor(bundle, language, true).catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    window.clearTimeout(pause);
    pause = window.setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  // The quick exit resets the form; forget the results too.
  document.addEventListener('waymark:exit', clear);
  form.addEventListener('reset', clear);
}
