import { describe, expect, it } from 'vitest';
import { enabledLanguages } from '../../src/i18n/languages';
import { ADDRESS_FIELDS, hsdsProblems } from '../../src/lib/hsds/hsdsProblems';
import { hsdsJson, type ExportService, type HsdsExport, type HsdsService } from '../../src/lib/hsds/serviceToHsds';
import { hsdsId, uuidV5 } from '../../src/lib/hsds/uuid';
import { displayNumber } from '../../src/lib/phoneNumbers';
import { NATION_GSS_CODES } from '../../src/lib/serviceNations';
import { loadYamlCollection, readYaml } from '../helpers/content';
import { contentServices, exportFromContent, textsIn } from '../helpers/hsdsExport';
import { hsdsSchemaErrors } from '../helpers/hsdsSchemas';

const yamlServices = [...loadYamlCollection('content/services')].map(([id, { data }]) => ({ id, data }));
const exports = new Map(enabledLanguages.map((language) => [language.path, exportFromContent(language.path)]));
const english = exports.get('en')!;

/** Every value at every depth, with the key it sits under. */
function entries(value: unknown, key = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item) => entries(item, key));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([child, inner]) => [[child, inner] as [string, unknown], ...entries(inner, child)]);
  }
  return [];
}

describe('open data: every language publishes the directory as HSDS 3.0 / Open Referral UK', () => {
  it('validates every language\'s export against the HSDS 3.0 core schema and the UK profile, and Waymark\'s own rules', () => {
    expect(exports.size).toBe(enabledLanguages.length);
    for (const [lang, { exported, labels }] of exports) {
      expect(exported.contents.length, lang).toBe(yamlServices.length);
      expect([...hsdsSchemaErrors(exported, labels), ...hsdsProblems(exported, labels)], lang).toEqual([]);
    }
  });

  it('fails a broken record (no name, a number not in E.164), naming the service and the field', () => {
    const broken = readYaml('tests/fixtures/broken/hsds-service.yaml') as ExportService['data'];
    const { exported, labels } = exportFromContent('en', [{ id: 'broken-helpline', data: broken }]);
    const errors = [...hsdsSchemaErrors(exported, labels), ...hsdsProblems(exported, labels)];
    expect(errors).toEqual(expect.arrayContaining([
      "service broken-helpline: name: must have required property 'name' (HSDS 3.0 core)",
      "service broken-helpline: name: must have required property 'name' (Open Referral UK profile)",
      'service broken-helpline: name: is missing',
      'service broken-helpline: contacts[0].phones[0].number: "0800 121 700" is not E.164 (+44…) or a UK short code',
    ]));
  });

  it('refuses an address, a map point, a physical location and service.phones, wherever they are', () => {
    const record = structuredClone(english.exported.contents.find((service) => service.service_at_locations.length > 0)!);
    const location = record.service_at_locations[0]!.location as Record<string, unknown>;
    Object.assign(location, { location_type: 'physical', latitude: 51.5, addresses: [{ id: 'x', postal_code: 'SW1A 1AA' }] });
    Object.assign(record, { phones: [{ id: 'y', number: '+448000121700' }] });
    const problems = hsdsProblems({ contents: [record] }, english.labels);
    const name = english.labels.get(record.id);
    expect(problems).toEqual(expect.arrayContaining([
      `service ${name}: phones: the UK profile has no service.phones: put numbers under contacts[].phones`,
      `service ${name}: service_at_locations[0].location.location_type: is "physical": only virtual locations are published`,
      `service ${name}: service_at_locations[0].location.latitude: is an address or map field, which Waymark never publishes`,
      `service ${name}: service_at_locations[0].location.addresses: is an address or map field, which Waymark never publishes`,
      `service ${name}: service_at_locations[0].location.addresses[0].postal_code: "SW1A 1AA" looks like a postcode`,
    ]));
  });

  it('publishes no address field anywhere: only the fields Waymark means to publish, and only virtual locations', () => {
    const published = new Set([
      'version', 'profile', 'description', 'publisher', 'name', 'website', 'language', 'total_items', 'total_pages',
      'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents', 'id', 'organization_id', 'url', 'email',
      'status', 'interpretation_services', 'application_process', 'eligibility_description', 'assured_date', 'alert',
      'contacts', 'service_id', 'phones', 'contact_id', 'number', 'type', 'service_areas', 'uri', 'service_at_locations',
      'location_id', 'location', 'location_type', 'languages', 'code', 'organization', 'attributes', 'link_id',
      'link_type', 'link_entity', 'taxonomy_term_id', 'taxonomy_term', 'taxonomy', 'term_uri',
    ]);
    for (const [lang, { exported }] of exports) {
      const found = entries(exported);
      expect(found.map(([key]) => key).filter((key) => !published.has(key)), lang).toEqual([]);
      expect(found.map(([key]) => key).filter((key) => (ADDRESS_FIELDS as readonly string[]).includes(key) || /address|post|lat|long/.test(key)), lang).toEqual([]);
      expect(new Set(found.filter(([key]) => key === 'location_type').map(([, value]) => value)), lang).toEqual(new Set(['virtual']));
      expect(hsdsJson(exported), lang).not.toMatch(/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/);
    }
  });

  it('gives every record the same id in two runs and in every language', () => {
    const ids = (exported: HsdsExport) => entries(exported).filter(([key]) => key === 'id' || key.endsWith('_id')).map(([, value]) => value);
    const again = exportFromContent('en');
    expect(hsdsJson(again.exported)).toBe(hsdsJson(english.exported));
    for (const [lang, { exported }] of exports) expect(ids(exported), lang).toEqual(ids(english.exported));
    expect(english.exported.contents.map((service) => service.id)).toEqual(
      contentServices().map(({ id }) => id).sort().map((id) => hsdsId('service', id)),
    );
    // The namespace is fixed: a directory that imported a service once finds it again under this id.
    expect(hsdsId('service', 'modern-slavery-helpline')).toBe('5aa6b807-589a-56d2-ad43-dde412855378');
  });

  it('derives ids as UUID version 5, matching the published examples', () => {
    const dns = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    expect(uuidV5('www.example.com', dns)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2'); // RFC 9562, appendix A.4
    expect(uuidV5('python.org', dns)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d'); // Python's uuid documentation
  });

  it('never gives two records one id, except an organisation or a term that several services share', () => {
    const shared = new Set(['organization', 'taxonomy_term']);
    const owned: string[] = [];
    const walk = (value: unknown, key: string) => {
      if (Array.isArray(value)) return value.forEach((item) => walk(item, key));
      if (value === null || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (typeof record.id === 'string' && !shared.has(key)) owned.push(record.id);
      for (const [child, inner] of Object.entries(record)) walk(inner, child);
    };
    walk(english.exported.contents, 'contents');
    expect(owned.filter((id, index) => owned.indexOf(id) !== index)).toEqual([]);
    expect(owned.length).toBeGreaterThan(english.exported.contents.length * 5);
  });
});

describe('open data: an export read back holds what content/services says', () => {
  const nationOfUri = new Map(Object.entries(NATION_GSS_CODES).map(([nation, code]) => [code, nation]));
  const dialable = ['phone', 'shortcode', 'sms', 'textphone'];
  type YamlContact = { kind: string; value: string; display?: string };

  it('finds every service, with its name, phones, nations, checked date, description and contact notes in that language', () => {
    for (const language of enabledLanguages) {
      const file = JSON.parse(hsdsJson(exports.get(language.path)!.exported)) as HsdsExport;
      const texts = textsIn(language.path, contentServices());
      for (const { id, data } of yamlServices) {
        const record = file.contents.find((service) => service.id === hsdsId('service', id));
        const where = `${language.path} ${id}`;
        expect(record, where).toBeDefined();
        const contacts = (data.contacts as YamlContact[]).filter((contact) => dialable.includes(contact.kind));
        expect(record!.name, where).toBe(data.name);
        expect(record!.contacts.flatMap((contact) => contact.phones.map((phone) => phone.number)), where).toEqual(contacts.map((contact) => contact.value));
        expect(record!.contacts.flatMap((contact) => contact.phones.map((phone) => phone.description.split(' · ')[0])), where)
          .toEqual(contacts.map((contact) => contact.display ?? displayNumber(contact.value)));
        expect(record!.service_areas.map((area) => nationOfUri.get(area.uri.split('/').pop()!)).sort(), where).toEqual([...(data.nations as string[])].sort());
        expect(record!.assured_date, where).toBe(String(data.checked));
        expect(record!.description, where).toBe(texts.get(id)!.description);
        const ownNotes = (data.contacts as YamlContact[]).flatMap((contact, index) => (dialable.includes(contact.kind) ? [texts.get(id)!.contacts[index]?.note] : [])).filter(Boolean);
        const phoneWords = record!.contacts.flatMap((contact) => contact.phones.map((phone) => phone.description)).join('\n');
        for (const note of ownNotes) expect(phoneWords, `${where}: note "${note}"`).toContain(note);
        expect(record!.status, where).toBe('active');
        expect(Boolean(record!.alert), where).toBe(data.verified === false);
        expect(record!.attributes.filter((item) => item.link_type === 'source').map((item) => item.taxonomy_term.code), where).toEqual(data.sources);
      }
    }
  });

  it('reaches a helpline through a virtual location and a service without a number through its website only', () => {
    const byId = (id: string) => english.exported.contents.find((service) => service.id === hsdsId('service', id))!;
    const helpline: HsdsService = byId('modern-slavery-helpline');
    expect(helpline.service_at_locations.map((link) => link.location.location_type)).toEqual(['virtual']);
    expect(helpline.service_at_locations[0]!.location.url).toBe(helpline.url);
    const webOnly = yamlServices.find(({ data }) => !(data.contacts as YamlContact[]).some((contact) => dialable.includes(contact.kind)))!;
    expect(byId(webOnly.id).service_at_locations).toEqual([]);
    expect(byId(webOnly.id).contacts).toEqual([]);
  });

  it('tells the silent-call code with the service\'s first voice number, never as a number to dial', () => {
    const withSilent = yamlServices.filter(({ data }) => (data.contacts as YamlContact[]).some((contact) => contact.kind === 'silent'));
    expect(withSilent.length).toBeGreaterThan(0);
    for (const { id, data } of withSilent) {
      const code = (data.contacts as YamlContact[]).find((contact) => contact.kind === 'silent')!.value;
      const phones = english.exported.contents.find((service) => service.id === hsdsId('service', id))!.contacts.flatMap((contact) => contact.phones);
      expect(phones.map((phone) => phone.number)).not.toContain(code);
      expect(phones.find((phone) => phone.type === 'voice')!.description).toContain(`If you cannot speak on an emergency call, press ${code}`);
    }
  });

  it('names the organisation that runs a service, or the service itself when it runs alone', () => {
    const byId = (id: string) => english.exported.contents.find((service) => service.id === hsdsId('service', id))!;
    const migrantHelp = ['migrant-help', 'migrant-help-scotland', 'migrant-help-ni'].map(byId);
    expect(new Set(migrantHelp.map((service) => service.organization.id)).size).toBe(1);
    expect(migrantHelp[0]!.organization.name).toBe('Migrant Help');
    for (const service of migrantHelp) expect(migrantHelp[0]!.organization.description).toContain(service.name);
    const kalayaan = byId('kalayaan');
    expect(kalayaan.organization).toMatchObject({ name: 'Kalayaan', description: kalayaan.description, website: kalayaan.url });
  });

  it('lists the languages a service speaks only where the data names them, in the file\'s language', () => {
    const speaking = yamlServices.filter(({ data }) => data.spokenLanguages);
    expect(speaking.length).toBeGreaterThan(0);
    for (const [lang, { exported }] of exports) {
      const withLanguages = exported.contents.filter((service) => service.languages.length > 0);
      expect(withLanguages.map((service) => service.id).sort(), lang).toEqual(speaking.map(({ id }) => hsdsId('service', id)).sort());
      for (const { id, data } of speaking) {
        const record = exported.contents.find((service) => service.id === hsdsId('service', id))!;
        expect(record.languages.map((entry) => entry.code), lang).toEqual(data.spokenLanguages);
        expect(record.languages.every((entry) => entry.name.length > 1 && entry.name !== entry.code), lang).toBe(true);
      }
    }
  });
});
