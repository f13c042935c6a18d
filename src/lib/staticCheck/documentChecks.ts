/** The head and outline of a page: lang/dir, one <h1>, a title, canonical, hreflang alternates with x-default. */
import { describeElement, textOf, type BuiltPage, type HtmlElement } from './html.ts';
import { finding, type Finding } from './findings.ts';
import { languageOfPage, type SiteFacts } from './site.ts';

const X_DEFAULT = 'x-default';

export function checkDocument(page: BuiltPage, site: SiteFacts): Finding[] {
  const found: Finding[] = [];
  const add = (kind: Finding['kind'], element: string, message: string) => found.push(finding(kind, page.path, element, message));
  const html = page.elements.find((element) => element.name === 'html');
  const language = languageOfPage(site, page.path);

  if (!html) add('lang-dir', '<html>', 'the page has no <html> element');
  else {
    const { lang, dir } = html.attributes;
    if (lang !== language.code) add('lang-dir', describeElement(html), `lang is "${lang ?? ''}", expected "${language.code}"`);
    if (dir !== language.dir) add('lang-dir', describeElement(html), `dir is "${dir ?? ''}", expected "${language.dir}"`);
  }

  const headings = page.elements.filter((element) => element.name === 'h1');
  if (headings.length !== 1) add('h1', headings.map(describeElement).join(' ') || '<h1>', `${headings.length} <h1> elements, expected 1`);
  else if (textOf(headings[0]!).trim() === '') add('h1', describeElement(headings[0]!), 'the <h1> is empty');

  const titles = page.elements.filter((element) => element.name === 'title');
  if (titles.length !== 1 || textOf(titles[0]!).trim() === '') add('title', '<title>', titles.length === 1 ? 'the <title> is empty' : `${titles.length} <title> elements, expected 1`);

  const links = page.elements.filter((element) => element.name === 'link');
  const canonicals = links.filter((link) => relsOf(link).includes('canonical'));
  if (site.unlistedPages.includes(page.path)) {
    const listing = [...canonicals, ...links.filter((link) => link.attributes.hreflang !== undefined)];
    for (const link of listing) add(relsOf(link).includes('canonical') ? 'canonical' : 'hreflang', describeElement(link), 'this page is served at any missing address, so it names no address');
    return found;
  }
  const expected = new URL(page.path, site.origin).href;
  if (canonicals.length !== 1) add('canonical', '<link rel="canonical">', `${canonicals.length} canonical links, expected 1 (${expected})`);
  else if (canonicals[0]!.attributes.href !== expected) add('canonical', describeElement(canonicals[0]!), `canonical should be ${expected}`);
  found.push(...checkAlternates(page, site, links, expected));
  return found;
}

/** Every switched-on language once, each an address on this site, the page's own language being itself, and x-default. */
function checkAlternates(page: BuiltPage, site: SiteFacts, links: HtmlElement[], canonical: string): Finding[] {
  const found: Finding[] = [];
  const add = (element: string, message: string) => found.push(finding('hreflang', page.path, element, message));
  const alternates = links.filter((link) => relsOf(link).includes('alternate') && link.attributes.hreflang !== undefined);
  const byLanguage = new Map<string, HtmlElement[]>();
  for (const link of alternates) {
    const code = link.attributes.hreflang!;
    byLanguage.set(code, [...(byLanguage.get(code) ?? []), link]);
  }
  const expectedCodes = [...site.languages.map((language) => language.code), X_DEFAULT];
  for (const code of expectedCodes) {
    const listed = byLanguage.get(code) ?? [];
    if (listed.length === 0) add(`<link rel="alternate" hreflang="${code}">`, `no alternate for ${code}`);
    if (listed.length > 1) add(listed.map(describeElement).join(' '), `${listed.length} alternates for ${code}, expected 1`);
  }
  for (const [code, listed] of byLanguage) {
    if (!expectedCodes.includes(code)) add(listed.map(describeElement).join(' '), `alternate for "${code}", which is not a switched-on language`);
    for (const link of listed) {
      const href = link.attributes.href ?? '';
      if (!href.startsWith(`${site.origin}/`)) add(describeElement(link), `an alternate must be an address on ${site.origin}`);
    }
  }
  // The chooser at / is the x-default of every home page; any other page is its own language's alternate.
  const ownCode = page.path === '/' ? X_DEFAULT : languageOfPage(site, page.path).code;
  const own = byLanguage.get(ownCode)?.[0];
  if (own && own.attributes.href !== canonical) add(describeElement(own), `hreflang="${ownCode}" should point to the page itself (${canonical})`);
  return found;
}

export const relsOf = (element: HtmlElement): string[] => (element.attributes.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
