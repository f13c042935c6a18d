/**
 * The static check of built HTML, on tiny pages: a page that passes, and one page for each way a page can break.
 * The real run over dist/ is `npm run test:static` (scripts/static-check.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  checkPage, checkPagePart, checkPageWeights, checkStylesheet, i18nVocabulary, pageWeight, parsePage, phoneDirectory, staticImportsOf,
  type Finding, type SiteFacts,
} from '../../src/lib/staticCheck/index.ts';
import { isOverBudget } from '../../src/lib/staticCheck/pageWeight.ts';
import { isUkNumber } from '../../src/lib/staticCheck/phoneLinks.ts';
import { rawKeysIn } from '../../src/lib/staticCheck/rawTextChecks.ts';
import { styleHash } from '../../src/lib/contentSecurityPolicy.ts';

const ORIGIN = 'https://waymark.example';
const LANGUAGES = [
  { code: 'en', path: 'en', dir: 'ltr' },
  { code: 'ar', path: 'ar', dir: 'rtl' },
  { code: 'zh-Hans', path: 'zh-hans', dir: 'ltr' },
] as const;
const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self'">`;

interface Options { path?: string; lang?: string; dir?: string; head?: string; body?: string; h1?: string; alternates?: boolean }

/** A page that passes every check, with the parts a fixture changes. */
function fixture({ path = '/en/rights/', lang = 'en', dir = 'ltr', head = '', body = '', h1 = '<h1>Your rights</h1>', alternates = true }: Options = {}) {
  const rest = path.replace(/^\/[^/]+\//, '');
  const links = alternates
    ? [...LANGUAGES.map((language) => `<link rel="alternate" hreflang="${language.code}" href="${ORIGIN}/${language.path}/${rest}">`), `<link rel="alternate" hreflang="x-default" href="${ORIGIN}/">`].join('')
    : '';
  return `<!DOCTYPE html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>Your rights – Waymark</title>
${CSP}<link rel="canonical" href="${ORIGIN}${path}">${links}<link rel="stylesheet" href="/_astro/site.css">${head}</head>
<body><a class="skip-link" href="#main">Skip to main content</a><a id="quick-exit" href="https://www.bbc.co.uk/weather" rel="noreferrer nofollow">Leave this page</a>
<script type="module" src="/_astro/quick-exit.js"></script>
<main id="main" lang="${lang}" dir="${dir}">${h1}<h2 id="who-can-help">Who can help</h2>
<p>Call the helpline on <a class="tel" href="tel:+448000121700" dir="ltr">0800 012 1700</a>, or <a href="tel:999">999</a>.
See <a href="/${lang === 'en' ? 'en' : 'ar'}/nrm/#first-decision">the first decision</a> and <a href="#who-can-help">who can help</a>.
Read <a href="https://www.gov.uk/guidance" rel="noreferrer">the guidance</a>.</p>${body}</main></body></html>`;
}

const builtFiles = new Set(['/en/rights/index.html', '/ar/rights/index.html', '/zh-hans/rights/index.html', '/en/nrm/index.html', '/ar/nrm/index.html', '/index.html', '/404.html', '/en/index.html', '/ar/index.html', '/zh-hans/index.html', '/_astro/site.css', '/_astro/quick-exit.js']);
const site: SiteFacts = {
  origin: ORIGIN,
  languages: LANGUAGES,
  unlistedPages: ['/404.html'],
  fileExists: (path) => builtFiles.has(path),
  idsOf: (path) => (path.endsWith('/nrm/') ? new Set(['main', 'first-decision']) : undefined),
};
const context = {
  site,
  vocabulary: i18nVocabulary({ common: { contact: { call: 'Call' }, quickExit: { button: 'Leave this page' } }, services: { card: { call: 'Call' } } }),
  phones: phoneDirectory([{ contacts: [{ kind: 'phone', value: '+448000121700' }, { kind: 'shortcode', value: '999' }, { kind: 'sms', value: '999' }] }]),
};
const check = (options: Options = {}) => checkPage(parsePage(options.path ?? '/en/rights/', fixture(options)), context);
const kinds = (found: Finding[]) => found.map((item) => item.kind);

describe('the static check of built pages', () => {
  it('passes a page that is right in every way (English and Arabic)', () => {
    expect(check()).toEqual([]);
    expect(check({ path: '/ar/rights/', lang: 'ar', dir: 'rtl' })).toEqual([]);
  });

  it('fails a page without an <h1>, and one with two, naming the page', () => {
    expect(check({ h1: '' })).toEqual([{ kind: 'h1', page: '/en/rights/', element: '<h1>', message: '0 <h1> elements, expected 1' }]);
    expect(kinds(check({ h1: '<h1>One</h1><h1>Two</h1>' }))).toEqual(['h1']);
  });

  it('fails a #fragment that points to no id, on the same page or another, naming the link', () => {
    const found = check({ body: '<a href="#who-helps">x</a><a href="/en/nrm/#first-desicion">y</a>' });
    expect(found).toEqual([
      { kind: 'broken-fragment', page: '/en/rights/', element: '<a href="#who-helps">', message: 'no id="who-helps" on /en/rights/' },
      { kind: 'broken-fragment', page: '/en/rights/', element: '<a href="/en/nrm/#first-desicion">', message: 'no id="first-desicion" on /en/nrm/' },
    ]);
  });

  it('reads a fragment in another script the way the browser does (percent-encoded in the address)', () => {
    const body = `<h3 id="حقوقك">x</h3><a href="#${encodeURIComponent('حقوقك')}">y</a><a href="#${encodeURIComponent('حق')}">z</a>`;
    expect(check({ path: '/ar/rights/', lang: 'ar', dir: 'rtl', body }).map((item) => item.message)).toEqual(['no id="حق" on /ar/rights/']);
  });

  it('fails a link or a script to a file the build did not write', () => {
    expect(check({ body: '<a href="/en/rights/your-choice/">x</a><a href="/en/nrm">no slash</a>', head: '<script type="module" src="/_astro/gone.js"></script>' }).map((item) => item.element)).toEqual([
      '<script src="/_astro/gone.js" type="module">', '<a href="/en/rights/your-choice/">', '<a href="/en/nrm">',
    ]);
  });

  it('fails a raw i18n key, an unfilled placeholder and an unrendered component, in text and in shown attributes', () => {
    const found = check({ body: '<p>Press contact.silent now.</p><p>请拨打services:card.call。</p><img src="/_astro/site.css" alt="quickExit.button"><p>Call {{number}}</p><p>&lt;Fact id="x" /&gt; and {contact:police-emergency:silent}</p>' });
    expect(found.map((item) => [item.kind, item.element, item.message])).toEqual([
      ['raw-key', '<p>', '"contact.silent" shows instead of words'],
      ['raw-key', '<p>', '"services:card.call" shows instead of words'],
      ['placeholder', '<p>', '"{{number}}" was not filled in'],
      ['unrendered-component', '<p>', '"<Fact" shows as text'],
      ['unrendered-component', '<p>', '"{contact:police-emergency:silent}" shows as text'],
      ['raw-key', '<img src="/_astro/site.css"> alt', '"quickExit.button" shows instead of words'],
    ]);
  });

  it('leaves words that only look like keys alone: web addresses, file names, abbreviations, and templates a script fills in', () => {
    expect(rawKeysIn('See gov.uk, waymark.example/en/, www.acas.org.uk, i.e. site.css and e.g. report.pdf', context.vocabulary)).toEqual([]);
    expect(check({ body: '<div data-text-found="Pages found: {{total}}" data-count-one="{count} service shown"></div>' })).toEqual([]);
    expect(kinds(check({ body: '<div data-text-found="contact.call"></div>' }))).toEqual(['raw-key']);
    expect(check({ body: '<li>Buttons: <code data-unit-id>common:contact.call</code></li>' })).toEqual([]);
    expect(kinds(check({ body: '<li>Buttons: <code>common:contact.call</code></li>' }))).toEqual(['raw-key']);
  });

  it('fails an inline script, an event handler, a <style> and a style attribute; a JSON data script is fine', () => {
    const found = check({ head: '<script>alert(1)</script><style>p{color:red}</style>', body: '<p style="color:red" onclick="go()">x</p><script type="application/json">{"a":1}</script>' });
    expect(found.map((item) => [item.kind, item.element])).toEqual([
      ['inline-script', '<script>'], ['inline-style', '<style>'], ['inline-style', '<p>'], ['inline-script', '<p>'],
    ]);
  });

  it("passes a <style> the page's policy allows by its hash, and fails one it does not, or a policy that allows any inline style", () => {
    const css = 'p{color:#1b1b1b}';
    const hash = styleHash(css);
    const allowing = (sources: string) => fixture({ head: `<style>${css}</style>` }).replace("style-src 'self'", `style-src 'self' ${sources}`);
    expect(checkPage(parsePage('/en/rights/', allowing(`'${hash}'`)), context)).toEqual([]);
    expect(checkPage(parsePage('/en/rights/', allowing(`'${styleHash('p{color:red}')}'`)), context).map((item) => [item.kind, item.element])).toEqual([['inline-style', '<style>']]);
    expect(checkPage(parsePage('/en/rights/', allowing(`'${hash}' 'unsafe-inline'`)), context).map((item) => [item.kind, item.message])).toEqual([['csp', "style-src allows 'unsafe-inline'"]]);
  });

  it('fails a page without the CSP <meta>', () => {
    expect(checkPage(parsePage('/en/rights/', fixture().replace(CSP, '')), context).map((item) => [item.kind, item.message])).toEqual([['csp', 'no <meta http-equiv="content-security-policy">']]);
  });

  it('fails an external stylesheet, script, image, preload and font, but not a link a reader follows', () => {
    const found = check({
      head: '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter"><link rel="preload" as="font" href="/fonts/a.woff2"><script src="https://cdn.example/x.js"></script>',
      body: '<img src="https://tracker.example/p.gif" alt="">',
    });
    expect(found.map((item) => [item.kind, item.element])).toEqual([
      ['broken-link', '<link href="/fonts/a.woff2" rel="preload">'],
      ['font', '<link href="/fonts/a.woff2" rel="preload">'],
      ['foreign-resource', '<link href="https://fonts.googleapis.com/css2?family=Inter" rel="stylesheet">'],
      ['foreign-resource', '<script src="https://cdn.example/x.js">'],
      ['foreign-resource', '<img src="https://tracker.example/p.gif">'],
    ]);
    expect(kinds(checkStylesheet('/_astro/site.css', '@font-face{src:url(/a.woff2)} body{background:url("https://cdn.example/bg.png")}', site))).toEqual(['font', 'foreign-resource']);
    expect(checkStylesheet('/_astro/site.css', 'body{background:url(data:image/png;base64,AA==)}', site)).toEqual([]);
  });

  it('fails a link to another website without rel="noreferrer"', () => {
    expect(check({ body: '<a href="https://www.gov.uk/x">x</a>' })).toEqual([
      { kind: 'referrer', page: '/en/rights/', element: '<a href="https://www.gov.uk/x">', message: 'a link to https://www.gov.uk needs rel="noreferrer"' },
    ]);
  });

  it('fails an unknown tel: number, an invalid one, and a text to a number that takes no texts', () => {
    const found = check({ body: '<a href="tel:+448001234567">x</a><a href="tel:+4480012">y</a><a href="sms:+448000121700">z</a><a href="sms:999">ok</a>' });
    expect(found.map((item) => [item.kind, item.message])).toEqual([
      ['phone-unknown', 'tel:+448001234567 is not a phone number in content/services'],
      ['phone-invalid', '+4480012 is not a valid UK number or short code'],
      ['phone-unknown', 'sms:+448000121700 is not a text number in content/services'],
    ]);
    expect(['999', '101', '116123', '18001101', '+441412767724'].filter((value) => !isUkNumber(value))).toEqual([]);
    expect(['08000121700', '+33123456789', '55', '+447700900123'].filter(isUkNumber)).toEqual([]);
  });

  it('fails wrong lang/dir, a missing title, a wrong canonical and a missing alternate', () => {
    const wrongLanguage = check({ path: '/ar/rights/', lang: 'ar', dir: 'ltr' });
    expect(wrongLanguage.map((item) => item.message)).toEqual(['dir is "ltr", expected "rtl"']);
    const html = fixture().replace('<title>Your rights – Waymark</title>', '<title> </title>').replace(`${ORIGIN}/en/rights/"`, `${ORIGIN}/en/rights"`).replace(/<link rel="alternate" hreflang="zh-Hans"[^>]*>/, '');
    expect(checkPage(parsePage('/en/rights/', html), context).map((item) => [item.kind, item.message])).toEqual([
      ['title', 'the <title> is empty'],
      ['canonical', `canonical should be ${ORIGIN}/en/rights/`],
      ['hreflang', 'no alternate for zh-Hans'],
      ['broken-link', '/en/rights is not a built file (a page address ends with /)'],
    ]);
  });

  it('wants the chooser at / to be the x-default with every language, and the 404 page to name no address', () => {
    expect(check({ path: '/', alternates: false }).map((item) => item.message)).toEqual(['no alternate for en', 'no alternate for ar', 'no alternate for zh-Hans', 'no alternate for x-default']);
    const chooser = fixture({ path: '/', alternates: false }).replace('</head>', `${LANGUAGES.map((l) => `<link rel="alternate" hreflang="${l.code}" href="${ORIGIN}/${l.path}/">`).join('')}<link rel="alternate" hreflang="x-default" href="${ORIGIN}/"></head>`);
    expect(checkPage(parsePage('/', chooser), context)).toEqual([]);
    expect(check({ path: '/404.html', alternates: false }).map((item) => [item.kind, item.element])).toEqual([['canonical', `<link href="${ORIGIN}/404.html" rel="canonical">`]]);
    const unlisted = checkPage(parsePage('/404.html', fixture({ alternates: false }).replace(/<link rel="canonical"[^>]*>/, '')), context);
    expect(unlisted).toEqual([]);
  });
});

describe('page weight', () => {
  const assets = new Map([
    ['/_astro/site.css', { brotliBytes: 3000, imports: [] }],
    ['/_astro/quick-exit.js', { brotliBytes: 1500, imports: ['./shared.js'] }],
    ['/_astro/shared.js', { brotliBytes: 500, imports: [] }],
  ]);

  it('adds the HTML, its stylesheets and scripts with their static imports, and counts the requests', () => {
    const weight = pageWeight(parsePage('/en/rights/', fixture()), 6000, (path) => assets.get(path), ORIGIN);
    expect(weight).toEqual({ page: '/en/rights/', brotliBytes: 11000, requests: 4, files: ['/_astro/site.css', '/_astro/quick-exit.js', '/_astro/shared.js'] });
    expect(isOverBudget(weight)).toBe(true);
    expect(isOverBudget({ ...weight, requests: 3 })).toBe(false);
    expect(isOverBudget({ ...weight, requests: 3, brotliBytes: 14 * 1024 + 1 })).toBe(true);
  });

  it('fails every page over 14 KB or over 3 requests, naming it with its size; only the two templates still over are excused, for now (the checker fits)', () => {
    const weigh = (page: string, brotliBytes: number, requests = 3) => ({ page, brotliBytes, requests, files: requests > 1 ? ['/_astro/quick-exit.js'] : [] });
    const { findings, excused } = checkPageWeights([
      weigh('/en/rights/', 14 * 1024),
      weigh('/ckb/services/', 17.8 * 1024),
      weigh('/ckb/services/pathways/', 17.8 * 1024),
      weigh('/en/search/', 9 * 1024, 5),
      weigh('/am/tools/checker/', 22.4 * 1024),
      weigh('/en/tools/checker/extra/', 15 * 1024),
    ]);
    expect(findings.map((item) => [item.kind, item.page, item.message.split(' (')[0]])).toEqual([
      ['page-weight', '/ckb/services/pathways/', '17.8 KB brotli in 3 requests'],
      ['page-weight', '/en/search/', '9.0 KB brotli in 5 requests'],
      ['page-weight', '/am/tools/checker/', '22.4 KB brotli in 3 requests'],
      ['page-weight', '/en/tools/checker/extra/', '15.0 KB brotli in 3 requests'],
    ]);
    expect(findings[0]!.message).toContain('(budget 14.0 KB, 3 requests): HTML + /_astro/quick-exit.js');
    expect(excused.map((weight) => weight.page)).toEqual(['/ckb/services/']);
  });

  it('follows import and export-from, not import(), which loads later', () => {
    expect(staticImportsOf('import{a as b}from"./a.js";import"./b.js";export*from"./c.js";const d=()=>import("./d.js")')).toEqual(['./a.js', './b.js', './c.js']);
  });
});

describe('a page part (a fragment a page fetches, src/lib/pageParts.ts)', () => {
  const part = (inner: string) => parsePage('/en/tools/checker/results/', `<div data-page-part="checker-results" hidden>${inner}</div>`);
  const partKinds = (inner: string) => checkPagePart(part(inner), context).map((item) => item.kind);

  it('needs no head, title, <h1> or policy of its own', () => {
    expect(checkPagePart(part('<p>Read <a href="/en/nrm/#first-decision">the first decision</a>.</p>'), context)).toEqual([]);
  });

  it('has its links, strings, numbers and resources checked as on a page', () => {
    expect(partKinds('<a href="/en/nowhere/">x</a>')).toContain('broken-link');
    expect(partKinds('<p>quickExit.button</p>')).toContain('raw-key');
    expect(partKinds('<a href="tel:+441234000000">x</a>')).toContain('phone-unknown');
    expect(partKinds('<img src="https://elsewhere.example/x.png" alt="">')).toContain('foreign-resource');
  });

  it('may bring no <style> or inline script: the page that fetches it could not allow them', () => {
    expect(partKinds('<style>p{color:red}</style>')).toContain('inline-style');
    expect(partKinds('<script>alert(1)</script>')).toContain('inline-script');
    expect(partKinds('<script type="application/json">{"rules":[]}</script>')).toEqual([]);
  });
});
