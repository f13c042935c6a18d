/**
 * The pages built from code, not from content/pages: the one list the build's link check, the site index, the
 * notices and the tests read. `namespace` holds the page's words (its translation state is that namespace's);
 * `listed` puts it in the site index. A unit test checks the list against the route files.
 */
export interface ToolPage {
  path: string;
  namespace: 'journey' | 'services' | 'checker' | 'cards' | 'common' | 'search';
  listed: boolean;
}

export const TOOL_PAGES: readonly ToolPage[] = [
  { path: 'nrm/journey/', namespace: 'journey', listed: true },
  { path: 'nrm/journey/compare/', namespace: 'journey', listed: true },
  { path: 'services/', namespace: 'services', listed: true },
  { path: 'services/pathways/', namespace: 'services', listed: true },
  { path: 'tools/checker/', namespace: 'checker', listed: true },
  { path: 'tools/checker/stages/', namespace: 'checker', listed: false },
  { path: 'tools/timeline/', namespace: 'journey', listed: true },
  { path: 'cards/pocket/', namespace: 'cards', listed: true },
  { path: 'cards/phrases/', namespace: 'cards', listed: true },
  { path: 'about/translation-status/', namespace: 'common', listed: true },
  { path: 'search/', namespace: 'search', listed: false },
];

export function toolPage(path: string): ToolPage {
  const page = TOOL_PAGES.find((candidate) => candidate.path === path);
  if (!page) throw new Error(`"${path}" is not in TOOL_PAGES (src/lib/toolPages.ts)`);
  return page;
}
