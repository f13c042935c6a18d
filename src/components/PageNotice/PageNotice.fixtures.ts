/** Example props for the translation notice (see src/components/fixtures.ts). */
import type { ComponentProps } from 'astro/types';
import type PageNotice from './PageNotice.astro';
import { languageByPath } from '../../i18n/languages';
import { useTranslations } from '../../i18n/translate';
import type { Fixture } from '../fixtures';

type Props = ComponentProps<typeof PageNotice>;
const on = (path: string, state: Props['state']): Props => ({ state, language: languageByPath(path)!, englishHref: '/en/rights/your-choice/', t: useTranslations(path).t });

export const fixtures: Fixture<Props>[] = [
  { name: 'a machine-drafted Arabic page, right to left, linking to the English', page: '/ar/rights/your-choice/', props: on('ar', 'machine') },
  { name: 'a Chinese page older than the English page', page: '/zh-hans/rights/your-choice/', props: on('zh-hans', 'stale') },
  { name: 'a Tigrinya page with no translation yet: the English text follows', page: '/ti/rights/your-choice/', state: 'fallback', props: on('ti', 'fallback') },
  { name: 'a Somali page checked by a second translation', page: '/so/rights/your-choice/', props: on('so', 'checked') },
  { name: 'an English page: no notice', props: on('en', 'source') },
];
