/** The list of every page on the search page (what a reader without JavaScript gets instead of search). */

export interface SiteIndexEntry {
  /** Path under the language: `nrm/reasonable-grounds/`. */
  path: string;
  title: string;
  section: string;
  order?: number | undefined;
  /** The page shows English text (not translated yet). */
  inEnglish?: boolean;
}

export interface SiteIndexGroup {
  section: string;
  entries: SiteIndexEntry[];
}

/** Group of a page built from code: its first path segment when that is a section, else `tools`. */
export function sectionOfToolPath(path: string, sections: readonly string[]): string {
  const first = path.split('/')[0] ?? '';
  return sections.includes(first) ? first : 'tools';
}

/** String key of a tool page's label: `tools/checker/` → `tools-checker`. */
export function toolLabelKey(path: string): string {
  return path.replace(/\/+$/, '').replace(/\//g, '-');
}

/** Entries grouped in section order (unknown sections last, as they come), each group sorted by order, then path. */
export function groupBySection(entries: readonly SiteIndexEntry[], sectionOrder: readonly string[]): SiteIndexGroup[] {
  const groups = new Map<string, SiteIndexEntry[]>();
  for (const section of sectionOrder) groups.set(section, []);
  for (const entry of entries) {
    if (!groups.has(entry.section)) groups.set(entry.section, []);
    groups.get(entry.section)!.push(entry);
  }
  return [...groups]
    .filter(([, members]) => members.length > 0)
    .map(([section, members]) => ({
      section,
      entries: [...members].sort((a, b) => (a.order ?? 50) - (b.order ?? 50) || a.path.localeCompare(b.path)),
    }));
}
