import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enabledLanguages } from '../../src/i18n/languages';
import { compareLocale, type LocaleTree } from '../../src/lib/localeCheck';

const read = (lang: string, namespace: string): LocaleTree => JSON.parse(readFileSync(`locales/${lang}/${namespace}.json`, 'utf8'));
/** The English each translated string was recorded as following; a key with no record is an English placeholder awaiting translation. */
const recorded = (lang: string, namespace: string, key: string): boolean => {
  const file = `locales/${lang}.translated-from.json`;
  const records = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { keys?: Record<string, string> }>;
  return records[namespace]?.keys?.[key.replace(/_(zero|one|two|few|many|other)$/, '')] !== undefined;
};
const namespaces = readdirSync('locales/en').filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, ''));

describe('UI strings of every switched-on language', () => {
  it('has English namespaces to compare with', () => {
    expect(namespaces).toContain('common');
  });

  for (const language of enabledLanguages.filter((l) => l.code !== 'en')) {
    for (const namespace of namespaces) {
      it(`${language.code}/${namespace}.json has every English key, the same placeholders and ${language.code}'s plural forms`, () => {
        expect(compareLocale(read('en', namespace), read(language.path, namespace), language.code, `locales/${language.path}/${namespace}.json`)).toEqual([]);
      });
    }
  }

  it('leaves no translated string identical to a long English one', () => {
    // Brand names and numbers may stay; a whole English sentence recorded as translated is a missed translation. A new
    // key may hold its English as a placeholder until it is translated: it has no record, so it counts as out of date.
    const english = namespaces.map((ns) => JSON.stringify(read('en', ns)));
    for (const language of enabledLanguages.filter((l) => l.code !== 'en')) {
      namespaces.forEach((ns, index) => {
        const flatEnglish = JSON.parse(english[index]!) as LocaleTree;
        const walk = (a: LocaleTree, b: LocaleTree, path: string) => {
          for (const [key, value] of Object.entries(a)) {
            const other = b[key];
            if (typeof value === 'string') {
              if (value.split(' ').length > 3 && other === value && recorded(language.path, ns, `${path}${key}`)) throw new Error(`locales/${language.path}/${ns}.json: "${path}${key}" is still English`);
            } else if (other && typeof other !== 'string') walk(value, other, `${path}${key}.`);
          }
        };
        walk(flatEnglish, read(language.path, ns), '');
      });
    }
  });
});
