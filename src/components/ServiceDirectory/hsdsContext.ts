/**
 * What the open-data export needs to know about one language: the directory's own words (nations, audiences, kinds
 * of help, card sentences), the language's name and the directory page it belongs to. The route and the tests
 * both build the export from it, so they cannot differ.
 */
import { NATIONS, SERVICE_AUDIENCES, SERVICE_NEEDS } from '../../content/schemas';
import { enabledLanguage } from '../../i18n/languages';
import { localizedPath } from '../../i18n/paths';
import type { HsdsWords } from '../../lib/hsds/serviceToHsds';
import { useTranslations } from '../../i18n/translate';
import { servicesStrings, type ServicesT } from './translations';

function labels<K extends string>(s: ServicesT, prefix: string, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, s(`${prefix}.${key}`)])) as Record<K, string>;
}

export function hsdsWords(langPath: string): HsdsWords {
  const language = enabledLanguage(langPath);
  const s = servicesStrings({ tc: useTranslations(language.path).t });
  return {
    locale: language.code,
    nation: labels(s, 'nation', NATIONS),
    audience: labels(s, 'audience', SERVICE_AUDIENCES),
    need: labels(s, 'need', SERVICE_NEEDS),
    eligibility: (audience) => s('card.for', { audience }),
    runs: (services) => s('openData.runs', { services }),
    always: s('card.always'),
    silent: s('card.silent'),
    selfContact: s('card.selfContact'),
    needsReferral: s('card.needsReferral'),
    firstResponder: s('card.firstResponder'),
    independent: s('card.independent'),
    government: s('card.government'),
    unverified: s('card.unverified'),
  };
}

export function hsdsContext(langPath: string, site: URL | string) {
  const language = enabledLanguage(langPath);
  return {
    words: hsdsWords(language.path),
    languageName: language.englishName,
    directoryUrl: new URL(localizedPath(language, 'services/'), site).href,
  };
}
