/** Compares a translated i18next JSON v4 file with the English one; every problem names its key. */
import { pluralCategoriesOf } from './numberGrammar.ts';

export type LocaleTree = { [key: string]: string | LocaleTree };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`. */
export function flattenKeys(tree: LocaleTree, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat[path] = value;
    else Object.assign(flat, flattenKeys(value, path));
  }
  return flat;
}

/** The `{{name}}` placeholders of a string, sorted. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]!))].sort();
}

function groupByPluralBase(keys: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const match = PLURAL_SUFFIX.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    if (!groups.has(base)) groups.set(base, []);
    groups.get(base)!.push(match ? match[1]! : '');
  }
  return groups;
}

/** Every missing key, extra key, placeholder mismatch and wrong plural form of `translated`, compared with English. */
export function compareLocale(english: LocaleTree, translated: LocaleTree, lang: string, file = ''): string[] {
  const where = file ? `${file}: ` : '';
  const source = flattenKeys(english);
  const target = flattenKeys(translated);
  const errors: string[] = [];
  const categories: string[] = pluralCategoriesOf(lang);
  const sourceGroups = groupByPluralBase(Object.keys(source));
  const targetGroups = groupByPluralBase(Object.keys(target));
  for (const [base, suffixes] of sourceGroups) {
    const isPlural = suffixes.some((suffix) => suffix !== '');
    const targetSuffixes = targetGroups.get(base) ?? [];
    if (!isPlural) {
      if (!(base in target)) errors.push(`${where}missing key "${base}"`);
      continue;
    }
    const missing = categories.filter((category) => !targetSuffixes.includes(category));
    const extra = targetSuffixes.filter((suffix) => !categories.includes(suffix));
    if (missing.length) errors.push(`${where}plural key "${base}" lacks the ${lang} forms: ${missing.map((c) => `_${c}`).join(', ')}`);
    if (extra.length) errors.push(`${where}plural key "${base}" has forms ${lang} does not use: ${extra.map((c) => `_${c || '(none)'}`).join(', ')}`);
  }
  for (const key of Object.keys(target)) {
    const base = key.replace(PLURAL_SUFFIX, '');
    if (!sourceGroups.has(base)) errors.push(`${where}extra key "${key}" is not in English`);
  }
  for (const [key, text] of Object.entries(target)) {
    const base = key.replace(PLURAL_SUFFIX, '');
    const englishText = source[key] ?? source[`${base}_other`];
    if (englishText === undefined) continue;
    const expected = placeholdersOf(englishText);
    const actual = placeholdersOf(text);
    if (expected.join() !== actual.join()) {
      errors.push(`${where}key "${key}" has placeholders {{${actual.join('}}, {{')}}} but English has {{${expected.join('}}, {{')}}}`);
    }
    if (text.trim() === '') errors.push(`${where}key "${key}" is empty`);
  }
  return errors;
}
