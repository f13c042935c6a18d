import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import {
  factSchema, glossarySchema, glossaryTranslationSchema, pageSchema, pageTranslationSchema, serviceSchema, serviceTranslationsSchema, sourceSchema, NATIONS,
  type ServiceData,
} from '../../src/content/schemas';
import { TOOL_PAGES } from '../../src/lib/toolPages';
import { findContentErrors } from '../../src/lib/contentIntegrity';
import { pagePathOfEntry } from '../../src/i18n/paths';
import { loadPages, loadYamlCollection, validationErrors } from '../helpers/content';

const pages = loadPages();
const facts = loadYamlCollection('content/facts');
const services = loadYamlCollection('content/services');
const sources = loadYamlCollection('content/sources');
const glossary = loadYamlCollection('content/glossary');
const englishGlossary = new Map([...glossary].filter(([id]) => id.startsWith('en/')).map(([id, entry]) => [id.slice(3), entry]));
const TOOL_PATHS = TOOL_PAGES.map((page) => page.path);
const isEnglish = (id: string) => id.startsWith('en/');

describe('content validates against its schemas', () => {
  const cases: [string, Map<string, { file: string; data: unknown }>, Parameters<typeof validationErrors>[0]][] = [
    ['facts', facts, factSchema],
    ['services', services, serviceSchema],
    ['sources', sources, sourceSchema],
    ['glossary/en', new Map([...glossary].filter(([id]) => isEnglish(id))), glossarySchema],
    ['glossary/<lang>', new Map([...glossary].filter(([id]) => !isEnglish(id))), glossaryTranslationSchema],
    ['service-translations', loadYamlCollection('content/service-translations'), serviceTranslationsSchema],
  ];
  for (const [name, collection, schema] of cases) {
    it(`every file in content/${name}`, () => {
      expect(collection.size).toBeGreaterThan(0);
      expect([...collection.values()].flatMap(({ file, data }) => validationErrors(schema, data, file))).toEqual([]);
    });
  }
  it('every page in content/pages: English with every field, translations with words only', () => {
    expect(pages.flatMap((page) => validationErrors(page.lang === 'en' ? pageSchema : pageTranslationSchema, page.data, page.file))).toEqual([]);
  });
});

describe('every reference resolves and no number is typed into a page', () => {
  it('finds no broken fact, service, source, glossary or link reference', () => {
    const sitePaths = new Set([...pages.filter((p) => p.lang === 'en').map((p) => pagePathOfEntry(p.slug)), ...TOOL_PATHS]);
    const errors = findContentErrors({
      pages: pages.map((page) => ({ file: page.file, sources: (page.data.sources as string[]) ?? [], body: page.body })),
      facts: new Map([...facts].map(([id, { data }]) => [id, { verified: data.verified as boolean, sources: data.sources as string[] }])),
      services: new Map([...services].map(([id, { data }]) => [id, { sources: data.sources as string[] }])),
      sources: new Set(sources.keys()),
      glossary: new Map([...englishGlossary].map(([id, { data }]) => [id, { page: data.page as string | undefined }])),
      sitePaths,
    });
    expect(errors).toEqual([]);
  });
});

describe('the English content is complete', () => {
  const required = [
    'home', 'help/get-help-now', 'help/could-this-be-happening-to-me',
    'rights/index', 'rights/your-choice', 'rights/interpreters', 'rights/complaints', 'rights/children',
    'nrm/index', 'nrm/england-and-wales', 'nrm/scotland', 'nrm/northern-ireland', 'nrm/children', 'nrm/reasonable-grounds',
    'nrm/conclusive-grounds', 'nrm/move-on', 'nrm/negative-decision',
    'support/index', 'support/safe-place-to-live', 'support/money', 'support/health-care', 'support/mental-health',
    'support/legal-advice', 'support/work-and-benefits', 'support/housing-after-the-nrm', 'support/education', 'support/children-and-family',
    'legal/index', 'legal/criminal-injuries-compensation', 'legal/unpaid-wages', 'legal/compensation-from-the-trafficker',
    'legal/staying-in-the-uk', 'legal/criminal-records', 'legal/challenging-a-decision',
    'professionals/index', 'professionals/spot-the-signs', 'professionals/how-to-refer', 'professionals/children',
    'professionals/interpreters', 'professionals/cultural-mediators',
    'safety/staying-safe-online',
    'about/index', 'about/privacy', 'about/accessibility', 'about/sources', 'about/glossary', 'about/translations',
  ];
  it('has every page the site promises, in English', () => {
    const english = new Set(pages.filter((p) => p.lang === 'en').map((p) => p.slug));
    expect(required.filter((slug) => !english.has(slug))).toEqual([]);
  });

  it('has at least 40 glossary terms, each with an official English term', () => {
    expect(englishGlossary.size).toBeGreaterThanOrEqual(40);
  });
});

describe('services', () => {
  const all = [...services].map(([id, { file, data }]) => ({ id, file, data: data as unknown as ServiceData }));

  it('types no number into a description in any language: numbers live in the contacts', () => {
    const translations = loadYamlCollection('content/service-translations');
    const typed = [
      ...all.map(({ file, data }) => ({ where: file, text: data.description })),
      ...[...translations].flatMap(([, { file, data }]) =>
        Object.entries(data as Record<string, { description: string }>).map(([id, entry]) => ({ where: `${file} ${id}`, text: entry.description })),
      ),
    ].filter(({ text }) => /\p{Nd}/u.test(text));
    expect(typed.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });

  it('lists at least 40 services', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
  });

  it('writes every full phone number as a valid UK number in E.164', () => {
    const invalid = all.flatMap(({ file, data }) =>
      data.contacts
        .filter((contact) => contact.kind === 'phone' || (contact.kind === 'sms' && contact.value.startsWith('+')))
        .filter((contact) => {
          const parsed = parsePhoneNumberFromString(contact.value);
          return !parsed || parsed.country !== 'GB' || !parsed.isValid() || parsed.number !== contact.value;
        })
        .map((contact) => `${file}: ${contact.value}`),
    );
    expect(invalid).toEqual([]);
  });

  it('gives every nation an emergency route, a helpline, an NRM support provider and a children\'s route', () => {
    const missing: string[] = [];
    for (const nation of NATIONS) {
      const here = all.filter(({ data }) => data.nations.includes(nation));
      for (const need of ['emergency', 'nrm-support', 'children'] as const) {
        if (!here.some(({ data }) => data.needs.includes(need))) missing.push(`${nation}: ${need}`);
      }
      if (!here.some(({ id }) => id === 'modern-slavery-helpline')) missing.push(`${nation}: helpline`);
    }
    expect(missing).toEqual([]);
  });

  it('publishes no street address or postcode', () => {
    const postcode = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;
    const leaks = all.filter(({ data }) => postcode.test(JSON.stringify(data))).map(({ file }) => file);
    expect(leaks).toEqual([]);
  });
});
