import { describe, expect, it } from 'vitest';
import { enabledLanguages } from '../../src/i18n/languages';
import { loadYamlCollection, readYaml } from '../helpers/content';

type Contact = { kind: string; value: string; note?: string; hours?: string };
const services = new Map([...loadYamlCollection('content/services')].map(([id, { data }]) => [id, data as unknown as { contacts: Contact[] }]));
/** Official names a note may keep in English (in brackets or as they are). */
const OFFICIAL = /emergencySMS|NHS 24|Toolkit|Modern Slavery (& Exploitation )?Helpline|\d+(\/\d+)?/g;
/** The numbers a text holds, in any order (a translation may put them in another order). */
const numbersIn = (text: string) => (text.match(/\d+/g) ?? []).sort().join();
const wordsOf = (text: string) => text.replace(OFFICIAL, '').replace(/[^\p{L}]+/gu, ' ').trim();

describe('service texts in every switched-on language', () => {
  for (const language of enabledLanguages.filter((candidate) => candidate.code !== 'en')) {
    it(`${language.code}: every contact note and hours label is translated, beside the English contact it belongs to`, () => {
      const translations = readYaml(`content/service-translations/${language.path}.yaml`) as Record<string, { contacts?: { note?: string; hours?: string }[] }>;
      const problems: string[] = [];
      for (const [id, service] of services) {
        const own = translations[id]?.contacts ?? [];
        if (own.length > 0 && own.length !== service.contacts.length) problems.push(`${id}: ${own.length} contacts where English has ${service.contacts.length}`);
        service.contacts.forEach((contact, index) => {
          for (const field of ['note', 'hours'] as const) {
            const english = contact[field];
            if (!english || english === '24/7') continue;
            const translated = own[index]?.[field];
            if (!translated) problems.push(`${id}: contacts.${index}.${field} "${english}" is not translated`);
            else if (wordsOf(translated) === wordsOf(english) && wordsOf(english) !== '') problems.push(`${id}: contacts.${index}.${field} is still English`);
            else if (numbersIn(english) !== numbersIn(translated)) problems.push(`${id}: contacts.${index}.${field} does not keep the numbers ${english.match(/\d+/g)?.join(', ')}`);
          }
        });
      }
      expect(problems).toEqual([]);
    });
  }
});
