/**
 * The UI strings on disk: `locales/<lang>/<namespace>.json` (plain i18next JSON v4) and, beside each translated
 * language's folder, `locales/<lang>.translated-from.json`, the record of the English each string was translated from.
 */
import { flattenKeys, type LocaleTree } from '../lib/localeCheck';
import type { UiRecordFile } from '../lib/translationUnits';

const localeModules = import.meta.glob<{ default: LocaleTree }>('/locales/*/*.json', { eager: true });
const recordModules = import.meta.glob<{ default: UiRecordFile }>('/locales/*.translated-from.json', { eager: true });

/** Language folder (`zh-hans`) → namespace → the file's tree. */
export const localeTrees: Readonly<Record<string, Readonly<Record<string, LocaleTree>>>> = (() => {
  const trees: Record<string, Record<string, LocaleTree>> = {};
  for (const [file, module] of Object.entries(localeModules)) {
    const [, folder, namespace] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(file) as unknown as [string, string, string];
    (trees[folder] ??= {})[namespace] = module.default;
  }
  return trees;
})();

/** Language folder → namespace → flat key → text. */
export function flatStrings(folder: string): Record<string, Record<string, string>> {
  return Object.fromEntries(Object.entries(localeTrees[folder] ?? {}).map(([namespace, tree]) => [namespace, flattenKeys(tree)]));
}

/** Language folder → its record of the English each string follows (none for English). */
export function uiRecordOf(folder: string): UiRecordFile | undefined {
  return recordModules[`/locales/${folder}.translated-from.json`]?.default;
}
