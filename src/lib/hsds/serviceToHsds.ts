/**
 * Maps Waymark's services onto the Human Services Data Specification (HSDS) 3.0, the way its UK profile (Open
 * Referral UK) reads it: one record per service with its organisation, its numbers under `contacts[].phones` (the
 * UK profile has no `service.phones`), the nations it serves as `service_areas`, and its audience, kinds of help and
 * sources as attributes. Pure: the route and the tests hand it the content and the words of one language.
 * Never an address: a helpline is a `virtual` location, and `hsdsProblems` refuses any address field.
 */
import type { ContactData, ServiceData, SourceData } from '../../content/schemas';
import { languageName } from '../languageNames';
import { displayNumber } from '../phoneNumbers';
import type { Audience, Nation, Need } from '../serviceFilters';
import { NATION_ORDER, nationUri } from '../serviceNations';
import { hsdsId } from './uuid';

/** The file every switched-on language publishes, beside its pages: `/<lang>/services.hsds.json`. */
export const HSDS_FILE = 'services.hsds.json';
export const HSDS_VERSION = '3.0';
export const ORUK_PROFILE_URL = 'https://github.com/OpenReferralUK/uk-profile';
export const HSDS_CREDIT =
  'Structured with the Human Services Data Specification (HSDS) 3.0 and its UK profile (Open Referral UK): an Open ' +
  'Referral resource (https://openreferral.org/), licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).';

/** A contact as content/services holds it; `display` is how the number is written for people, when it is given. */
export type ExportContact = ContactData & { display?: string | undefined };

export interface ExportService {
  id: string;
  data: Omit<ServiceData, 'contacts'> & { contacts: ExportContact[] };
  /** The description in the file's language (English while it is not translated). */
  description: string;
}

/** A service's contacts with their notes and hours in the file's language, where a translation gives them. */
export function withContactWords<T extends { contacts: readonly ExportContact[] }>(
  data: T,
  words: readonly { note?: string | undefined; hours?: string | undefined }[],
): T {
  return {
    ...data,
    contacts: data.contacts.map((contact, index) => {
      const own = words[index] ?? {};
      return { ...contact, ...(own.note ? { note: own.note } : {}), ...(own.hours ? { hours: own.hours } : {}) };
    }),
  };
}

/** The words of one language the export needs, taken from the services UI strings. */
export interface HsdsWords {
  /** BCP 47 code of the words (`zh-Hans`). */
  locale: string;
  nation: Readonly<Record<Nation, string>>;
  audience: Readonly<Record<Audience, string>>;
  need: Readonly<Record<Need, string>>;
  /** "For: {{audience}}." */
  eligibility: (audience: string) => string;
  /** "Runs: {{services}}." */
  runs: (services: string) => string;
  /** Open all day, every day. */
  always: string;
  /** "If you cannot speak on an emergency call, press", followed by the code. */
  silent: string;
  selfContact: string;
  needsReferral: string;
  firstResponder: string;
  independent: string;
  government: string;
  /** The "check before use" warning of a service whose details could not be confirmed recently. */
  unverified: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  term_uri?: string;
}
export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: 'service';
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
}
export interface HsdsPhone {
  id: string;
  contact_id: string;
  number: string;
  type: 'voice' | 'text' | 'textphone';
  /** The number as people write it, then its hours and note. */
  description: string;
}
export interface HsdsContact {
  id: string;
  service_id: string;
  name: string;
  phones: HsdsPhone[];
}
export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  uri: string;
  description?: string;
}
export interface HsdsLanguage {
  id: string;
  service_id: string;
  name: string;
  code: string;
}
export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  location: { id: string; location_type: 'virtual'; name: string; url?: string };
}
export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  website?: string;
}
export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: 'active';
  interpretation_services?: string;
  application_process: string;
  eligibility_description: string;
  assured_date: string;
  alert?: string;
  contacts: HsdsContact[];
  service_areas: HsdsServiceArea[];
  service_at_locations: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
  organization: HsdsOrganization;
  attributes: HsdsAttribute[];
}

/** One file: the whole list as one page of the HSDS API's `/services` answer, with the API's own description fields. */
export interface HsdsExport {
  version: string;
  profile: string;
  description: string;
  publisher: { name: string; website: string };
  /** Waymark's addition: the language of the names and descriptions (HSDS has no field for it). */
  language: string;
  total_items: number;
  total_pages: 1;
  page_number: 1;
  size: number;
  first_page: true;
  last_page: true;
  empty: boolean;
  contents: HsdsService[];
}

/** Waymark's own vocabularies, named in `taxonomy_term.taxonomy`. */
export const TAXONOMIES = {
  audience: 'waymark-audience',
  need: 'waymark-need',
  feature: 'waymark-feature',
  source: 'waymark-source',
} as const;

const PHONE_TYPES = { phone: 'voice', shortcode: 'voice', sms: 'text', textphone: 'textphone' } as const;

function isoDate(date: Date | string): string {
  return date instanceof Date ? date.toISOString().slice(0, 10) : String(date).slice(0, 10);
}

function attribute(serviceId: string, linkType: string, taxonomy: string, term: Omit<HsdsTaxonomyTerm, 'id' | 'taxonomy'>): HsdsAttribute {
  const termId = hsdsId('taxonomy_term', taxonomy, term.code);
  return {
    id: hsdsId('attribute', serviceId, taxonomy, term.code),
    link_id: hsdsId('service', serviceId),
    link_type: linkType,
    link_entity: 'service',
    taxonomy_term_id: termId,
    taxonomy_term: { id: termId, ...term, taxonomy },
  };
}

function phonesOf(service: ExportService, contactId: string, words: HsdsWords): HsdsPhone[] {
  const phones = service.data.contacts.flatMap((contact) => {
    if (!(contact.kind in PHONE_TYPES)) return [];
    const type = PHONE_TYPES[contact.kind as keyof typeof PHONE_TYPES];
    const hours = contact.hours === '24/7' ? words.always : contact.hours;
    return [{
      id: hsdsId('phone', service.id, contact.kind, contact.value),
      contact_id: contactId,
      number: contact.value,
      type,
      description: [contact.display ?? displayNumber(contact.value), hours, contact.note].filter(Boolean).join(' · '),
    }];
  });
  // The silent-call code is pressed during a call, never dialled: it is told with the service's first voice number.
  const silent = service.data.contacts.filter((contact) => contact.kind === 'silent').map((contact) => `${words.silent} ${contact.value}`);
  const voice = phones.find((phone) => phone.type === 'voice');
  if (voice && silent.length > 0) voice.description = [voice.description, ...silent].join(' · ');
  return phones;
}

function organizationOf(service: ExportService, operatorServices: ReadonlyMap<string, string[]>, words: HsdsWords, list: (items: string[]) => string): HsdsOrganization {
  const { operator } = service.data;
  if (operator) {
    return { id: hsdsId('organization', 'operator', operator), name: operator, description: words.runs(list(operatorServices.get(operator) ?? [service.data.name])) };
  }
  const website = service.data.contacts.find((contact) => contact.kind === 'web')?.value;
  return { id: hsdsId('organization', service.id), name: service.data.name, description: service.description, ...(website ? { website } : {}) };
}

function attributesOf(service: ExportService, words: HsdsWords, sources: ReadonlyMap<string, SourceData>): HsdsAttribute[] {
  const { data, id } = service;
  const feature = (code: string, name: string) => attribute(id, 'feature', TAXONOMIES.feature, { code, name, description: name });
  return [
    ...data.audience.map((group) => attribute(id, 'eligibility', TAXONOMIES.audience, { code: group, name: words.audience[group], description: words.audience[group] })),
    ...data.needs.map((need) => attribute(id, 'category', TAXONOMIES.need, { code: need, name: words.need[need], description: words.need[need] })),
    data.selfContact ? feature('self-contact', words.selfContact) : feature('referral-needed', words.needsReferral),
    ...(data.firstResponder ? [feature('first-responder', words.firstResponder)] : []),
    data.independent ? feature('independent', words.independent) : feature('government', words.government),
    ...data.sources.map((sourceId) => {
      const source = sources.get(sourceId);
      if (!source) throw new Error(`service "${id}": unknown source "${sourceId}" (not in content/sources)`);
      const description = [source.publisher, source.date && isoDate(source.date), source.seed].filter(Boolean).join(', ');
      return attribute(id, 'source', TAXONOMIES.source, { code: sourceId, name: source.title, description, ...(source.url ? { term_uri: source.url } : {}) });
    }),
  ];
}

/** One service as an HSDS 3.0 service record, in the language of `words`. */
export function serviceToHsds(
  service: ExportService,
  context: { words: HsdsWords; sources: ReadonlyMap<string, SourceData>; operatorServices?: ReadonlyMap<string, string[]> },
): HsdsService {
  const { words, sources } = context;
  const { data, id } = service;
  const serviceId = hsdsId('service', id);
  const list = (items: string[]) => new Intl.ListFormat(words.locale, { type: 'conjunction' }).format(items);
  const organization = organizationOf(service, context.operatorServices ?? new Map(), words, list);
  const url = data.contacts.find((contact) => contact.kind === 'web')?.value;
  const email = data.contacts.find((contact) => contact.kind === 'email')?.value;
  const contactId = hsdsId('contact', id);
  const phones = phonesOf(service, contactId, words);
  const locationId = hsdsId('location', id);
  return {
    id: serviceId,
    organization_id: organization.id,
    name: data.name,
    description: service.description,
    ...(url ? { url } : {}),
    ...(email ? { email } : {}),
    status: 'active',
    ...(data.languages ? { interpretation_services: data.languages } : {}),
    application_process: data.selfContact ? words.selfContact : words.needsReferral,
    eligibility_description: words.eligibility(list(data.audience.map((group) => words.audience[group]))),
    assured_date: isoDate(data.checked),
    ...(!data.verified ? { alert: words.unverified } : {}),
    contacts: phones.length > 0 ? [{ id: contactId, service_id: serviceId, name: data.name, phones }] : [],
    service_areas: NATION_ORDER.filter((nation) => data.nations.includes(nation)).map((nation) => ({
      id: hsdsId('service_area', id, nation),
      service_id: serviceId,
      name: words.nation[nation],
      uri: nationUri(nation),
      ...(data.regions ? { description: data.regions } : {}),
    })),
    // A helpline is reached, not visited: a virtual location, never an address.
    service_at_locations: phones.length > 0
      ? [{
          id: hsdsId('service_at_location', id),
          service_id: serviceId,
          location_id: locationId,
          location: { id: locationId, location_type: 'virtual', name: data.name, ...(url ? { url } : {}) },
        }]
      : [],
    languages: (data.spokenLanguages ?? []).map((code) => ({
      id: hsdsId('language', id, code),
      service_id: serviceId,
      name: languageName(code, words.locale),
      code,
    })),
    organization,
    attributes: attributesOf(service, words, sources),
  };
}

/** Every service, sorted by id so two builds write the same file, as one HSDS page. */
export function servicesToHsds(
  services: readonly ExportService[],
  context: { words: HsdsWords; sources: ReadonlyMap<string, SourceData>; languageName: string; directoryUrl: string },
): HsdsExport {
  const operatorServices = new Map<string, string[]>();
  for (const { data } of services) {
    if (data.operator) operatorServices.set(data.operator, [...(operatorServices.get(data.operator) ?? []), data.name].sort());
  }
  const contents = [...services]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((service) => serviceToHsds(service, { ...context, operatorServices }));
  return {
    version: HSDS_VERSION,
    profile: ORUK_PROFILE_URL,
    description:
      `Waymark's directory of services for people affected by trafficking and modern slavery in the UK, in ` +
      `${context.languageName}. ${HSDS_CREDIT} A set of static files, one per language, not a live Open Referral UK ` +
      `API. It holds no addresses.`,
    publisher: { name: 'Waymark', website: context.directoryUrl },
    language: context.words.locale,
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

/** The file as written: indented by one space, so a person can read it and a diff can show what changed. */
export function hsdsJson(exported: HsdsExport): string {
  return `${JSON.stringify(exported, null, 1)}\n`;
}

/** The Waymark service id of each exported record id, so a problem can name the service even when its name is missing. */
export function serviceLabels(serviceIds: readonly string[]): Map<string, string> {
  return new Map(serviceIds.map((id) => [hsdsId('service', id), id]));
}
