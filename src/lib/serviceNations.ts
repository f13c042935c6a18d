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

/**
 * Each nation's ONS statistical-geography (GSS) code and its persistent URI, so open data names the area in a way
 * other systems can match (England E92000001, Wales W92000004, Scotland S92000003, Northern Ireland N92000002).
 */
export const NATION_GSS_CODES: Readonly<Record<Nation, string>> = {
  england: 'E92000001',
  wales: 'W92000004',
  scotland: 'S92000003',
  ni: 'N92000002',
};

export function nationUri(nation: Nation): string {
  return `http://statistics.data.gov.uk/id/statistical-geography/${NATION_GSS_CODES[nation]}`;
}

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
