/**
 * The editor at /admin/ is outside the public site, checked by its own rules: no public page links to it or loads
 * any of its files, the sitemap does not list it, and its page asks search engines to leave it out and loads
 * scripts from /admin/ only. (The public pages' rules — a CSP <meta>, alternates, no inline style — do not apply:
 * its policy is the /admin/* header in public/_headers.)
 */
import { describeElement, type BuiltPage } from './html.ts';
import { finding, type Finding } from './findings.ts';
import type { SiteFacts } from './site.ts';
import { targetOf, urlsOf } from './urls.ts';

export const ADMIN_PREFIX = '/admin/';

export const isAdminPath = (path: string) => path.startsWith(ADMIN_PREFIX);

/** A public page: nothing on it may point into /admin/ (a link, a script, a preload, a form). */
export function checkNoAdminReference(page: BuiltPage, site: Pick<SiteFacts, 'origin'>): Finding[] {
  return urlsOf(page).flatMap(({ element, value, attribute }) => {
    const target = targetOf(value, page.path, site.origin);
    return target.kind === 'internal' && isAdminPath(target.path)
      ? [finding('admin-reference', page.path, describeElement(element), `${attribute} points into the editor (${target.path})`)]
      : [];
  });
}

/** The editor's own page: left out of search engines, scripts only from /admin/. */
export function checkAdminPage(page: BuiltPage, site: Pick<SiteFacts, 'origin'>): Finding[] {
  const found: Finding[] = [];
  const robots = page.elements.find((element) => element.name === 'meta' && element.attributes.name === 'robots');
  if (!/noindex/.test(robots?.attributes.content ?? '')) found.push(finding('admin-page', page.path, '<head>', 'the editor needs <meta name="robots" content="noindex, nofollow">'));
  for (const element of page.elements.filter((candidate) => candidate.name === 'script')) {
    const src = element.attributes.src;
    const target = src === undefined ? undefined : targetOf(src, page.path, site.origin);
    if (!target || target.kind !== 'internal' || !isAdminPath(target.path)) found.push(finding('admin-page', page.path, describeElement(element), 'the editor loads scripts from /admin/ only'));
  }
  return found;
}

/** The sitemap files the build wrote: none may list the editor. */
export function checkSitemapLeavesOutAdmin(file: string, xml: string): Finding[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)]
    .filter((match) => new URL(match[1]!).pathname.startsWith(ADMIN_PREFIX))
    .map((match) => finding('admin-reference', file, '<loc>', `the sitemap lists the editor (${match[1]})`));
}
