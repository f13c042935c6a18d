import { describe, expect, it } from 'vitest';
import { NATIONS, SERVICE_AUDIENCES, SERVICE_NEEDS, type ServiceData } from '../../src/content/schemas';
import {
  allowsSelfContact, filterFromValues, filterServices, groupByNeed, isFiltered, matchesFilter, meetsNeed, servesAudience,
  servesNation, sortByName, type ServiceFacets,
} from '../../src/lib/serviceFilters';
import { NATION_ORDER, NATION_SLUGS, nationOfSlug, NATIONS_OF_SYSTEM, PATHWAY_SYSTEMS, systemOfNation } from '../../src/lib/serviceNations';
import { loadYamlCollection } from '../helpers/content';

type Named = ServiceFacets & { name: string };
const service = (name: string, facets: Partial<ServiceFacets>): Named => ({
  name, nations: ['england'], needs: ['reporting'], audience: ['adults'], selfContact: true, ...facets,
});

const helpline = service('Helpline', { nations: ['england', 'wales', 'scotland', 'ni'], needs: ['reporting', 'nrm-referral'], audience: ['adults', 'children'] });
const tara = service('TARA', { nations: ['scotland'], needs: ['nrm-support', 'accommodation'], audience: ['women'] });
const ictg = service('ICTG', { nations: ['england', 'wales'], needs: ['children'], audience: ['children', 'professionals'], selfContact: false });
const acas = service('Acas', { nations: ['england', 'wales', 'scotland'], needs: ['employment'], audience: ['workers', 'adults'] });
const fixtures = [helpline, tara, ictg, acas];

describe('filtering services', () => {
  it('shows every service when nothing is chosen', () => {
    expect(filterServices(fixtures, {})).toEqual(fixtures);
    expect(isFiltered({})).toBe(false);
  });

  it('keeps the services that serve the chosen nation', () => {
    expect(filterServices(fixtures, { nation: 'scotland' }).map((s) => s.name)).toEqual(['Helpline', 'TARA', 'Acas']);
    expect(filterServices(fixtures, { nation: 'ni' }).map((s) => s.name)).toEqual(['Helpline']);
    expect(servesNation(tara, 'england')).toBe(false);
  });

  it('keeps the services that meet the chosen need', () => {
    expect(filterServices(fixtures, { need: 'children' }).map((s) => s.name)).toEqual(['ICTG']);
    expect(meetsNeed(helpline, 'nrm-referral')).toBe(true);
    expect(meetsNeed(helpline, 'accommodation')).toBe(false);
  });

  it('counts a service for all adults as serving women, men, LGBTQ+ people and workers, but not children', () => {
    expect(servesAudience(helpline, 'women')).toBe(true);
    expect(servesAudience(helpline, 'men')).toBe(true);
    expect(servesAudience(acas, 'lgbtq')).toBe(true);
    expect(servesAudience(ictg, 'women')).toBe(false);
    expect(servesAudience(tara, 'men')).toBe(false);
    expect(servesAudience(tara, 'children')).toBe(false);
  });

  it('counts a service for one group of adults as a service for adults', () => {
    expect(servesAudience(tara, 'adults')).toBe(true);
    expect(servesAudience(ictg, 'adults')).toBe(false);
  });

  it('shows services for staff only when staff is chosen, by name', () => {
    expect(filterServices(fixtures, { audience: 'professionals' }).map((s) => s.name)).toEqual(['ICTG']);
  });

  it('hides services that need a referral when "I can contact them myself" is ticked', () => {
    expect(allowsSelfContact(ictg, true)).toBe(false);
    expect(allowsSelfContact(ictg, false)).toBe(true);
    expect(filterServices(fixtures, { selfContactOnly: true })).not.toContain(ictg);
  });

  it('combines every filter: a service must pass them all', () => {
    expect(filterServices(fixtures, { nation: 'scotland', need: 'accommodation', audience: 'women', selfContactOnly: true })).toEqual([tara]);
    expect(filterServices(fixtures, { nation: 'england', need: 'accommodation' })).toEqual([]);
    expect(isFiltered({ selfContactOnly: true })).toBe(true);
  });
});

describe('grouping services by need', () => {
  it('puts a service in every group it meets, in the order given, and leaves out empty groups', () => {
    const groups = groupByNeed(fixtures, ['emergency', 'nrm-referral', 'reporting', 'children', 'employment']);
    expect(groups.map((g) => [g.need, g.services.map((s) => s.name)])).toEqual([
      ['nrm-referral', ['Helpline']],
      ['reporting', ['Helpline']],
      ['children', ['ICTG']],
      ['employment', ['Acas']],
    ]);
  });

  it('sorts by name the way a reader expects, ignoring case', () => {
    expect(sortByName([service('acas', {}), service('Childline', {}), service('ATLEU', {})]).map((s) => s.name)).toEqual(['acas', 'ATLEU', 'Childline']);
  });
});

describe('reading the filter form', () => {
  const allowed = { nations: NATIONS, needs: SERVICE_NEEDS, audiences: SERVICE_AUDIENCES };

  it('turns form values into a filter, with an empty value meaning "any"', () => {
    expect(filterFromValues({ nation: 'wales', need: '', audience: 'men', selfContactOnly: true }, allowed)).toEqual({
      nation: 'wales', need: undefined, audience: 'men', selfContactOnly: true,
    });
  });

  it('ignores values that are not allowed', () => {
    expect(filterFromValues({ nation: 'france', need: 'pizza', audience: '<script>' }, allowed)).toEqual({
      nation: undefined, need: undefined, audience: undefined, selfContactOnly: false,
    });
  });
});

describe('the real services data', () => {
  const services = [...loadYamlCollection('content/services').values()].map(({ data }) => data as unknown as ServiceData);

  it('lists each service once per need it meets, and every service somewhere', () => {
    const groups = groupByNeed(services, SERVICE_NEEDS);
    const memberships = groups.reduce((sum, group) => sum + group.services.length, 0);
    expect(memberships).toBe(services.reduce((sum, s) => sum + new Set(s.needs).size, 0));
    const grouped = new Set(groups.flatMap((group) => group.services));
    expect(grouped.size).toBe(services.length);
  });

  it('finds emergency help in every nation, whatever the audience', () => {
    for (const nation of NATIONS) {
      for (const audience of SERVICE_AUDIENCES.filter((a) => a !== 'professionals')) {
        expect(filterServices(services, { nation, need: 'emergency', audience, selfContactOnly: true }).length, `${nation}/${audience}`).toBeGreaterThan(0);
      }
    }
  });

  it('a combined filter gives exactly the services that pass each filter alone', () => {
    for (const nation of NATIONS) {
      for (const need of SERVICE_NEEDS) {
        const combined = filterServices(services, { nation, need, audience: 'women', selfContactOnly: true });
        const alone = services.filter((s) => servesNation(s, nation) && meetsNeed(s, need) && servesAudience(s, 'women') && s.selfContact);
        expect(combined).toEqual(alone);
        expect(combined.every((s) => matchesFilter(s, { nation, need }))).toBe(true);
      }
    }
  });
});

describe('nations in addresses', () => {
  it('spells out Northern Ireland and maps every slug back to its nation', () => {
    expect(NATION_SLUGS.ni).toBe('northern-ireland');
    for (const nation of NATION_ORDER) expect(nationOfSlug(NATION_SLUGS[nation])).toBe(nation);
    expect(nationOfSlug('france')).toBeUndefined();
  });

  it('names the same nations as the schema, and puts each in one referral system', () => {
    expect([...NATION_ORDER].sort()).toEqual([...NATIONS].sort());
    expect(PATHWAY_SYSTEMS.flatMap((system) => NATIONS_OF_SYSTEM[system]).sort()).toEqual([...NATIONS].sort());
    expect(systemOfNation('wales')).toBe('england-and-wales');
    expect(systemOfNation('ni')).toBe('northern-ireland');
  });
});
