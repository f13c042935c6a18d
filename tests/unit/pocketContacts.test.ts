import { describe, expect, it } from 'vitest';
import { serviceSchema, type ServiceData } from '../../src/content/schemas';
import {
  cardContacts, NATIONS_OF_SYSTEM, NRM_SUPPORT_SERVICE_IDS, onlyFor, pocketCardContacts, POCKET_SYSTEMS, printableWebAddress, type ServiceLike,
} from '../../src/lib/pocketContacts';
import { loadYamlCollection } from '../helpers/content';

const services = new Map([...loadYamlCollection('content/services')].map(([id, { data }]) => [id, serviceSchema.parse(data) as ServiceData]));

const fake = (overrides: Partial<ServiceLike>): ServiceLike => ({
  name: 'A service', contacts: [{ kind: 'phone', value: '+441234567890' }], nations: ['england', 'wales', 'scotland', 'ni'],
  audience: ['adults'], verified: true, ...overrides,
});

describe('who to call on each pocket card', () => {
  for (const system of POCKET_SYSTEMS) {
    it(`${system}: 999, the Helpline and the NRM support providers, from content/services`, () => {
      const card = pocketCardContacts(services, system);
      expect(card.emergency.contacts).toEqual([{ kind: 'shortcode', value: services.get('police-emergency')!.contacts[0]!.value }]);
      expect(card.helpline.serviceId).toBe('modern-slavery-helpline');
      expect(card.helpline.contacts[0]!.kind).toBe('phone');
      expect(card.support.map((line) => line.serviceId)).toEqual(NRM_SUPPORT_SERVICE_IDS[system]);
      for (const line of card.support) {
        expect(line.contacts.length).toBeGreaterThan(0);
        expect(NATIONS_OF_SYSTEM[system].some((nation) => services.get(line.serviceId)!.nations.includes(nation))).toBe(true);
      }
    });
  }

  it('carries the silent-call code from the data', () => {
    const silent = services.get('police-emergency')!.contacts.find((contact) => contact.kind === 'silent')!.value;
    expect(pocketCardContacts(services, 'ew').silentCode).toBe(silent);
  });

  it('marks services the data has not verified, so the card can say "check before use"', () => {
    const scotland = pocketCardContacts(services, 'scotland');
    for (const line of scotland.support) expect(line.verified).toBe(services.get(line.serviceId)!.verified);
  });

  it('says who a women-only or men-only service is for', () => {
    expect(pocketCardContacts(services, 'scotland').support.find((line) => line.serviceId === 'tara-scotland')?.onlyFor).toBe('women');
    expect(onlyFor(['adults', 'women', 'men'])).toBeUndefined();
    expect(onlyFor(['adults', 'men'])).toBe('men');
  });

  it('fails the build when a service is missing or does not serve that part of the UK', () => {
    const map = new Map([['police-emergency', fake({})], ['modern-slavery-helpline', fake({})]]);
    expect(() => pocketCardContacts(map, 'ew')).toThrow(/no service "salvation-army-referral"/);
    map.set('salvation-army-referral', fake({ nations: ['scotland'] }));
    expect(() => pocketCardContacts(map, 'ew')).toThrow(/does not serve ew/);
  });
});

describe('the contacts printed for a service', () => {
  it('are its phone numbers and short codes, not texts or textphones', () => {
    const service = fake({ contacts: [{ kind: 'sms', value: '999' }, { kind: 'shortcode', value: '999' }, { kind: 'phone', value: '+441418847900', hours: 'Daytime' }] });
    expect(cardContacts(service)).toEqual([{ kind: 'shortcode', value: '999', hours: undefined }, { kind: 'phone', value: '+441418847900', hours: 'Daytime' }]);
  });

  it('are its website when it has no number', () => {
    expect(cardContacts(fake({ contacts: [{ kind: 'web', value: 'https://www.migranthelpuk.org' }] }))).toEqual([{ kind: 'web', value: 'https://www.migranthelpuk.org', hours: undefined }]);
    expect(printableWebAddress('https://www.migranthelpuk.org/')).toBe('migranthelpuk.org');
  });
});
