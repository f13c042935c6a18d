/** What every pathway component needs to render text, facts and contacts for one page. */
import { factMap, serviceMap } from '../../content/queries';
import type { FactData, ServiceData } from '../../content/schemas';
import type { Language } from '../../i18n/languages';
import { factCounter, useTranslations } from '../../i18n/translate';
import type { CountFormatter } from '../../lib/factFormat';
import type { ServicesT } from '../ServiceDirectory/translations';

export interface PathwayContext {
  facts: Map<string, FactData>;
  services: Map<string, ServiceData>;
  /** The language of the page's own words (labels, dates). */
  locale: string;
  /** The language pathway text is written in: facts inside it are formatted to match. */
  textLocale: string;
  /** Says durations ("30 days") in the text's language, from its plural strings. */
  formatCount: CountFormatter;
  s: ServicesT;
  /** `lang`/`dir` for blocks of pathway text when it is in another language than the page (English, while untranslated). */
  textAttrs: { lang?: string; dir?: 'ltr' | 'rtl' };
  /** `lang`/`dir` for a page string placed inside pathway text (the reverse of `textAttrs`). */
  pageAttrs: { lang?: string; dir?: 'ltr' | 'rtl' };
}

/** `contentLanguage`: the language of the page's own strings; `textLanguage`: the language the pathway data is in. */
export async function pathwayContext(contentLanguage: Language, s: ServicesT, textLanguage: Language): Promise<PathwayContext> {
  const [facts, services] = await Promise.all([factMap(), serviceMap()]);
  const same = contentLanguage.code === textLanguage.code;
  const { t } = useTranslations(textLanguage.path);
  return {
    facts,
    services,
    locale: contentLanguage.code,
    textLocale: textLanguage.code,
    formatCount: factCounter(t),
    s,
    textAttrs: same ? {} : { lang: textLanguage.code, dir: textLanguage.dir },
    pageAttrs: same ? {} : { lang: contentLanguage.code, dir: contentLanguage.dir },
  };
}
