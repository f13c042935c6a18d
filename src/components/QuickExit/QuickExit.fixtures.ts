/** Example props for the quick exit (see src/components/fixtures.ts). */
import type { ComponentProps } from 'astro/types';
import type QuickExit from './QuickExit.astro';
import { defaultLanguage, languageByPath, languages } from '../../i18n/languages';
import { useTranslations } from '../../i18n/translate';
import type { Fixture } from '../fixtures';

const inLanguage = (path: string) => ({ language: languageByPath(path)!, t: useTranslations(path).t });
/** A declared language not switched on (the last in the registry, whose strings come last): English stands in (as in a WAYMARK_ALL_LANGUAGES=1 dry run). */
const notYetTranslated = languages.filter((language) => !language.enabled).at(-1)!;

export const fixtures: Fixture<ComponentProps<typeof QuickExit>>[] = [
  { name: 'in English', props: inLanguage('en') },
  { name: 'in Arabic, right to left', page: '/ar/', props: inLanguage('ar') },
  { name: 'in Tigrinya (Ethiopic script)', page: '/ti/', props: inLanguage('ti') },
  { name: 'in a language whose strings are missing: English words, the same exit', props: { language: notYetTranslated, t: useTranslations(defaultLanguage.path).t } },
];
