/**
 * What the editor tells a translator about one translated entry: which unit it is, and whether it follows the
 * English as it is now. The English versions are the hashes of src/lib/translationUnits.ts, written at build time
 * to /admin/english-versions.json (`<kind>:<id>` → hash), so the editor and `npm run i18n:status` agree.
 */
import type { UnitKind } from '../translationUnits';

export type EnglishVersions = Readonly<Record<string, string>>;

/** The unit kind of each editor collection that has translations. */
export const UNIT_KIND_OF_COLLECTION: Readonly<Record<string, UnitKind>> = { pages: 'page', glossary: 'glossary', cards: 'card' };

/** `pages-ar` + `nrm/reasonable-grounds` → `page:nrm/reasonable-grounds`; undefined for a collection without translations. */
export function unitKeyOf(collection: string, slug: string): string | undefined {
  // Each language's pages are a collection of their own: pages-ar, pages-zh-hans.
  const kind = UNIT_KIND_OF_COLLECTION[collection.startsWith('pages-') ? 'pages' : collection];
  return kind ? `${kind}:${slug}` : undefined;
}

export type RecordState = 'current' | 'stale' | 'missing' | 'unknown';

/** Current when the translation records the English version now; stale when it records an older one. */
export function translationStateOf(recorded: string | undefined, english: string | undefined): RecordState {
  if (!english) return 'unknown';
  if (!recorded) return 'missing';
  return recorded === english ? 'current' : 'stale';
}

/** Every English unit's version, keyed as the editor asks for it. */
export function englishVersions(units: Readonly<Record<string, { english: ReadonlyMap<string, string> }>>): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const kind of Object.values(UNIT_KIND_OF_COLLECTION)) {
    for (const [id, hash] of units[kind]?.english ?? []) versions[`${kind}:${id}`] = hash;
  }
  return versions;
}
