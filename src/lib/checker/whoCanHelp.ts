/** "Who can help": the services named by the results, kept to the person's nation and age. */
import type { Answers, CheckerRules, Result } from './engine';

export interface ServiceReach {
  /** england | wales | scotland | ni */
  nations: readonly string[];
  /** adults | children | women | men | lgbtq | workers | professionals */
  audience: readonly string[];
  /** Only for women, or only for men, when the service says so. */
  onlyFor?: 'women' | 'men' | undefined;
}

export interface Helper {
  service: string;
  /** The entitlements (results) this service can help with, in results order. */
  helpsWith: string[];
}

const ALL_NATIONS = ['england', 'wales', 'scotland', 'ni'];
/** A service for these groups only is for adults: workers' services too (Acas, Kalayaan are not for children). */
const ADULT_ONLY = new Set(['adults', 'women', 'men', 'workers', 'professionals']);
const CHILD_ONLY = new Set(['children', 'professionals']);

/** Under 18, or not sure (treated as a child). */
export function isChild(answers: Answers): boolean {
  return answers.age === 'under-18' || answers.age === 'not-sure';
}

/**
 * Serves the nation given (or, when the nation is not known, all four); suits the person's age; not for staff only;
 * not a women-only service for someone who asked for services for men, nor the other way round.
 */
export function serviceSuits(reach: ServiceReach, answers: Answers): boolean {
  const wanted = answers['services-for'];
  if (reach.onlyFor && (wanted === 'women' || wanted === 'men') && reach.onlyFor !== wanted) return false;
  const nation = answers.nation;
  const nations = nation && ALL_NATIONS.includes(nation) ? [nation] : ALL_NATIONS;
  if (!nations.every((n) => reach.nations.includes(n))) return false;
  if (reach.audience.every((a) => a === 'professionals')) return false;
  const onlyFor = isChild(answers) ? ADULT_ONLY : CHILD_ONLY;
  return !reach.audience.every((a) => onlyFor.has(a));
}

/** Services of the "yes" then "maybe" results, each once, with what it helps with. */
export function whoCanHelp(
  rules: CheckerRules,
  results: { yes: readonly Result[]; maybe: readonly Result[] },
  services: Readonly<Record<string, ServiceReach>>,
  answers: Answers,
): Helper[] {
  const helpers = new Map<string, Helper>();
  const byId = new Map(rules.entitlements.map((entitlement) => [entitlement.id, entitlement]));
  for (const result of [...results.yes, ...results.maybe]) {
    for (const service of byId.get(result.id)?.services ?? []) {
      const reach = services[service];
      if (!reach || !serviceSuits(reach, answers)) continue;
      if (!helpers.has(service)) helpers.set(service, { service, helpsWith: [] });
      helpers.get(service)!.helpsWith.push(result.id);
    }
  }
  return [...helpers.values()];
}
