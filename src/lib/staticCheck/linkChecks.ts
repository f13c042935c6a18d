/** Every internal href/src resolves to a built file, and every #fragment to an id on the page it points to. */
import { describeElement, type BuiltPage } from './html.ts';
import { finding, type Finding } from './findings.ts';
import { fileOfPagePath, type SiteFacts } from './site.ts';
import { targetOf, urlsOf } from './urls.ts';

/** The HTML standard scrolls to the top for `#top` even when no element has that id. */
const SPEC_FRAGMENTS = new Set(['top']);

export function checkLinks(page: BuiltPage, site: SiteFacts): Finding[] {
  const found: Finding[] = [];
  for (const { element, value } of urlsOf(page)) {
    const target = targetOf(value, page.path, site.origin);
    if (target.kind !== 'internal') continue;
    const samePage = target.path === page.path && (value.startsWith('#') || value === '');
    if (!samePage && !site.fileExists(fileOfPagePath(target.path))) {
      found.push(finding('broken-link', page.path, describeElement(element), `${target.path} is not a built file${target.path.endsWith('/') ? '' : ' (a page address ends with /)'}`));
      continue;
    }
    const { fragment } = target;
    if (fragment === undefined || fragment === '' || SPEC_FRAGMENTS.has(fragment) || fragment.startsWith(':~:')) continue;
    const ids = target.path === page.path ? page.ids : site.idsOf(target.path);
    if (ids && !ids.has(fragment)) found.push(finding('broken-fragment', page.path, describeElement(element), `no id="${fragment}" on ${target.path}`));
  }
  return found;
}
