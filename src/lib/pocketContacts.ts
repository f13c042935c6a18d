/**
 * Who to call, per UK legal system, for the pocket cards: 999, the Modern Slavery & Exploitation Helpline and the
 * system's adult NRM support providers (domain-anchors §2.3). Numbers come from content/services, never from here.
 */

import type { Nation } from './serviceFilters';

export const POCKET_SYSTEMS = ['ew', 'scotland', 'ni'] as const;
export type PocketSystem = (typeof POCKET_SYSTEMS)[number];

export const EMERGENCY_SERVICE_ID = 'police-emergency';
export const HELPLINE_SERVICE_ID = 'modern-slavery-helpline';

/** Who gives adults support in the NRM in each system. */
export const NRM_SUPPORT_SERVICE_IDS: Record<PocketSystem, readonly string[]> = {
  ew: ['salvation-army-referral'],
  scotland: ['tara-scotland', 'migrant-help-scotland'],
  ni: ['belfast-lisburn-womens-aid', 'migrant-help-ni'],
};

/** The nations (as content/services names them) each legal system covers. */
export const NATIONS_OF_SYSTEM: Record<PocketSystem, readonly Nation[]> = {
  ew: ['england', 'wales'],
  scotland: ['scotland'],
  ni: ['ni'],
};

export interface ServiceLike {
  name: string;
  contacts: readonly { kind: string; value: string; display?: string | undefined; hours?: string | undefined }[];
  nations: readonly string[];
  audience: readonly string[];
  verified: boolean;
}

export interface CardContact {
  kind: 'phone' | 'shortcode' | 'web';
  value: string;
  /** The grouping the service prints, when it has one (see phoneNumbers.shownNumber). */
  display?: string | undefined;
  hours?: string | undefined;
}

export interface CardLine {
  serviceId: string;
  name: string;
  verified: boolean;
  /** Set when the service is for women only or men only. */
  onlyFor?: 'women' | 'men' | undefined;
  contacts: CardContact[];
}

export interface PocketCardContacts {
  emergency: CardLine;
  /** The two-digit code to press on a silent 999 call, when the data has one. */
  silentCode?: string | undefined;
  helpline: CardLine;
  support: CardLine[];
}

/** Every phone number and short code of a service, or its website when it has no number. */
export function cardContacts(service: ServiceLike): CardContact[] {
  const dialable = service.contacts.filter((contact) => contact.kind === 'phone' || contact.kind === 'shortcode');
  if (dialable.length > 0) return dialable.map(({ kind, value, display, hours }) => ({ kind: kind as 'phone' | 'shortcode', value, display, hours }));
  const web = service.contacts.find((contact) => contact.kind === 'web');
  return web ? [{ kind: 'web', value: web.value, hours: web.hours }] : [];
}

/** `women` when a service serves women and not men, `men` the other way round, else nothing. */
export function onlyFor(audience: readonly string[]): 'women' | 'men' | undefined {
  const women = audience.includes('women');
  const men = audience.includes('men');
  if (women && !men) return 'women';
  if (men && !women) return 'men';
  return undefined;
}

/** `https://www.migranthelpuk.org/` → `migranthelpuk.org`, for printing. */
export function printableWebAddress(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}

function lineOf(services: ReadonlyMap<string, ServiceLike>, id: string, system: PocketSystem, { all = false } = {}): CardLine {
  const service = services.get(id);
  if (!service) throw new Error(`Pocket cards: no service "${id}" in content/services`);
  if (!NATIONS_OF_SYSTEM[system].some((nation) => service.nations.includes(nation))) {
    throw new Error(`Pocket cards: service "${id}" does not serve ${system}`);
  }
  const contacts = cardContacts(service);
  if (contacts.length === 0) throw new Error(`Pocket cards: service "${id}" has no number or website`);
  return {
    serviceId: id,
    name: service.name,
    verified: service.verified,
    onlyFor: onlyFor(service.audience),
    contacts: all ? contacts : contacts.slice(0, 1),
  };
}

/** The "who to call" side of one system's card. */
export function pocketCardContacts(services: ReadonlyMap<string, ServiceLike>, system: PocketSystem): PocketCardContacts {
  const silent = services.get(EMERGENCY_SERVICE_ID)?.contacts.find((contact) => contact.kind === 'silent');
  return {
    emergency: lineOf(services, EMERGENCY_SERVICE_ID, system),
    silentCode: silent?.value,
    helpline: lineOf(services, HELPLINE_SERVICE_ID, system),
    support: NRM_SUPPORT_SERVICE_IDS[system].map((id) => lineOf(services, id, system, { all: true })),
  };
}
