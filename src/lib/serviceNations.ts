/** The nations as the directory and the referral pathways name them in URLs. */
import type { Nation } from './serviceFilters';

export const NATION_ORDER: readonly Nation[] = ['england', 'wales', 'scotland', 'ni'];

/** `/services/<slug>/`: Northern Ireland is spelt out so the address reads well. */
export const NATION_SLUGS: Readonly<Record<Nation, string>> = {
  england: 'england',
  wales: 'wales',
  scotland: 'scotland',
  ni: 'northern-ireland',
};

export function nationOfSlug(slug: string): Nation | undefined {
  return NATION_ORDER.find((nation) => NATION_SLUGS[nation] === slug);
}

/** The three referral systems: England and Wales share one. */
export const PATHWAY_SYSTEMS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type PathwaySystem = (typeof PATHWAY_SYSTEMS)[number];

export const NATIONS_OF_SYSTEM: Readonly<Record<PathwaySystem, readonly Nation[]>> = {
  'england-and-wales': ['england', 'wales'],
  scotland: ['scotland'],
  'northern-ireland': ['ni'],
};

export function systemOfNation(nation: Nation): PathwaySystem {
  return PATHWAY_SYSTEMS.find((system) => NATIONS_OF_SYSTEM[system].includes(nation))!;
}

/** The fact and page code of a system (`ew`, `scotland`, `ni`), as content/facts uses it. */
export const SYSTEM_CODES: Readonly<Record<PathwaySystem, 'ew' | 'scotland' | 'ni'>> = {
  'england-and-wales': 'ew',
  scotland: 'scotland',
  'northern-ireland': 'ni',
};
