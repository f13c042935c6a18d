/**
 * Which services to show for a nation, a need, an audience and "I can contact them myself", and how to group them
 * by need. Pure: the directory page runs it at build time and its script runs it in the browser on the same terms.
 */
import type { ServiceData } from '../content/schemas';

export type Nation = ServiceData['nations'][number];
export type Need = ServiceData['needs'][number];
export type Audience = ServiceData['audience'][number];

/** The parts of a service the filters look at. */
export type ServiceFacets = Pick<ServiceData, 'nations' | 'needs' | 'audience' | 'selfContact'>;

/** What the reader asked for; a missing field means "any". */
export interface ServiceFilter {
  nation?: Nation | undefined;
  need?: Need | undefined;
  audience?: Audience | undefined;
  /** Only services you can contact yourself, without a referral. */
  selfContactOnly?: boolean | undefined;
}

/** Groups of adults: a service for all adults serves each of them too. */
export const ADULT_GROUPS: readonly Audience[] = ['women', 'men', 'lgbtq', 'workers'];

export function servesNation(service: ServiceFacets, nation?: Nation): boolean {
  return nation === undefined || service.nations.includes(nation);
}

export function meetsNeed(service: ServiceFacets, need?: Need): boolean {
  return need === undefined || service.needs.includes(need);
}

/**
 * A service serves an audience it names. It also serves each group of adults (women, men, LGBTQ+, workers) when it is
 * for all adults, and "adults" means any service for adults or for one group of adults.
 */
export function servesAudience(service: ServiceFacets, audience?: Audience): boolean {
  if (audience === undefined || service.audience.includes(audience)) return true;
  if (ADULT_GROUPS.includes(audience)) return service.audience.includes('adults');
  if (audience === 'adults') return service.audience.some((group) => ADULT_GROUPS.includes(group));
  return false;
}

export function allowsSelfContact(service: ServiceFacets, selfContactOnly = false): boolean {
  return !selfContactOnly || service.selfContact;
}

/** True when the service passes every filter the reader set. */
export function matchesFilter(service: ServiceFacets, filter: ServiceFilter): boolean {
  return (
    servesNation(service, filter.nation) &&
    meetsNeed(service, filter.need) &&
    servesAudience(service, filter.audience) &&
    allowsSelfContact(service, filter.selfContactOnly)
  );
}

export function filterServices<T extends ServiceFacets>(services: readonly T[], filter: ServiceFilter): T[] {
  return services.filter((service) => matchesFilter(service, filter));
}

export interface NeedGroup<T> {
  need: Need;
  services: T[];
}

/**
 * One group per need, in the order given, each holding every service that meets it (so a service with three needs
 * is in three groups). Empty groups are left out; services keep their order within a group.
 */
export function groupByNeed<T extends ServiceFacets>(services: readonly T[], needOrder: readonly Need[]): NeedGroup<T>[] {
  return needOrder
    .map((need) => ({ need, services: services.filter((service) => service.needs.includes(need)) }))
    .filter((group) => group.services.length > 0);
}

/** Services by name, the way a reader scans a list (case and accents ignored). */
export function sortByName<T extends { name: string }>(services: readonly T[], locale = 'en'): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...services].sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * A filter from raw form values, keeping only values that are allowed (so a tampered or stale form cannot ask for
 * something that does not exist). An empty string means "any".
 */
export function filterFromValues(
  values: { nation?: string; need?: string; audience?: string; selfContactOnly?: boolean },
  allowed: { nations: readonly string[]; needs: readonly string[]; audiences: readonly string[] },
): ServiceFilter {
  const pick = <T extends string>(value: string | undefined, list: readonly string[]) =>
    value && list.includes(value) ? (value as T) : undefined;
  return {
    nation: pick<Nation>(values.nation, allowed.nations),
    need: pick<Need>(values.need, allowed.needs),
    audience: pick<Audience>(values.audience, allowed.audiences),
    selfContactOnly: values.selfContactOnly === true,
  };
}

/** True when the reader has narrowed the list at all. */
export function isFiltered(filter: ServiceFilter): boolean {
  return Boolean(filter.nation || filter.need || filter.audience || filter.selfContactOnly);
}
