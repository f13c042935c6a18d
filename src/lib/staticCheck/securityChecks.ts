/**
 * Safety by construction, read off the HTML: a CSP <meta>; no script written into the page; a style written into
 * the page only when the page's policy allows it by its hash (and allows nothing else inline); nothing loaded from
 * another origin, no web font; every link to another website with rel="noreferrer".
 */
import { createHash } from 'node:crypto';
import { describeElement, textOf, type BuiltPage, type HtmlElement } from './html.ts';
import { finding, type Finding } from './findings.ts';
import { relsOf } from './documentChecks.ts';
import type { SiteFacts } from './site.ts';
import { targetOf, urlsOf } from './urls.ts';

/** Script types that hold data, which the browser never runs. */
const DATA_SCRIPT = /^application\/(?:ld\+)?json$/i;
/** <link> relations that only describe the page and load nothing. */
const DESCRIBING_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'help', 'search', 'next', 'prev', 'noreferrer', 'noopener', 'nofollow', 'external']);
/** Elements whose address a browser follows only when the reader does. */
const NAVIGATION = new Set(['a', 'area']);

export function checkSecurity(page: BuiltPage, site: Pick<SiteFacts, 'origin'>, { part = false } = {}): Finding[] {
  const found: Finding[] = [];
  const add = (kind: Finding['kind'], element: HtmlElement, message: string) => found.push(finding(kind, page.path, describeElement(element), message));

  const csp = page.elements.find((element) => element.name === 'meta' && element.attributes['http-equiv']?.toLowerCase() === 'content-security-policy');
  // A page part (src/lib/pageParts.ts) has no head and runs under the policy of the page that fetches it: it needs no
  // policy of its own, but it may bring no <style> (that page's policy could not allow it by hash).
  if (part) {
    for (const element of page.elements) if (element.name === 'style') add('inline-style', element, 'a <style> in a page part; its CSS belongs to the page that fetches it');
  } else if (!csp) found.push(finding('csp', page.path, '<head>', 'no <meta http-equiv="content-security-policy">'));
  else if (!/(?:^|;)\s*default-src\b/.test(csp.attributes.content ?? '') || !/(?:^|;)\s*script-src\b/.test(csp.attributes.content ?? '')) add('csp', csp, 'the policy has no default-src or no script-src');
  const styleSources = directiveOf(csp?.attributes.content ?? '', 'style-src');
  if (styleSources.includes("'unsafe-inline'")) add('csp', csp!, "style-src allows 'unsafe-inline'");

  for (const element of page.elements) {
    if (element.name === 'script' && element.attributes.src === undefined && !DATA_SCRIPT.test(element.attributes.type ?? '')) {
      add('inline-script', element, 'a script written into the page; scripts are files');
    }
    if (element.name === 'style' && !part) {
      const hash = `'sha256-${createHash('sha256').update(textOf(element), 'utf8').digest('base64')}'`;
      if (!styleSources.includes(hash)) add('inline-style', element, `a <style> the page's policy does not allow by its hash (${hash})`);
    }
    for (const [name, value] of Object.entries(element.attributes)) {
      if (name === 'style') add('inline-style', element, `style="${value}"`);
      if (/^on[a-z]+$/.test(name)) add('inline-script', element, `an event handler attribute ${name}=`);
    }
    if (element.name === 'link' && relsOf(element).includes('preload') && element.attributes.as === 'font') add('font', element, 'a web font is preloaded');
  }

  for (const { element, value, attribute } of urlsOf(page)) {
    const target = targetOf(value, page.path, site.origin);
    if (target.kind === 'scheme' && target.scheme === 'javascript') add('inline-script', element, `a javascript: address in ${attribute}`);
    if (target.kind !== 'external') continue;
    if (NAVIGATION.has(element.name)) {
      if (!relsOf(element).includes('noreferrer')) add('referrer', element, `a link to ${target.url.origin} needs rel="noreferrer"`);
      continue;
    }
    if (element.name === 'link' && relsOf(element).every((rel) => DESCRIBING_RELS.has(rel))) continue;
    add('foreign-resource', element, `${attribute} loads from ${target.url.origin}`);
  }
  return found;
}

/** The sources a policy gives one directive (`style-src 'self' 'sha256-…'` → ["'self'", "'sha256-…'"]). */
function directiveOf(policy: string, name: string): string[] {
  const directive = policy.split(';').map((part) => part.trim().split(/\s+/)).find(([first]) => first === name);
  return directive?.slice(1) ?? [];
}

/** A built stylesheet: no web font, nothing from another origin. */
export function checkStylesheet(path: string, css: string, site: Pick<SiteFacts, 'origin'>): Finding[] {
  const found: Finding[] = [];
  if (/@font-face\b/i.test(css)) found.push(finding('font', path, 'stylesheet', 'an @font-face rule loads a web font'));
  for (const match of css.matchAll(/(?:url\(\s*["']?|@import\s+["'])([^"')\s]+)/gi)) {
    const value = match[1]!;
    if (value.startsWith('data:') || value.startsWith('#')) continue;
    const target = targetOf(value, path, site.origin);
    if (target.kind === 'external') found.push(finding('foreign-resource', path, 'stylesheet', `${value} loads from ${target.url.origin}`));
  }
  return found;
}
