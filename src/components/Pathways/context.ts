/** What every pathway component needs to render text, facts and contacts for one page. */
import { factMap, serviceMap } from '../../content/queries';
import type { FactData, ServiceData } from '../../content/schemas';
import type { Language } from '../../i18n/languages';
import type { ServicesT } from '../ServiceDirectory/translations';

export interface PathwayContext {
  facts: Map<string, FactData>;
  services: Map<string, ServiceData>;
  /** The language of the page's own words (labels, dates). */
  locale: string;
  /** The language pathway text is written in: facts inside it are formatted to match. */
  textLocale: string;
  s: ServicesT;
  /** `lang`/`dir` for blocks of pathway text, which is English data: empty when the page text is English too. */
  textAttrs: { lang?: string; dir?: 'ltr' };
  /** `lang`/`dir` for a page string placed inside pathway text (the reverse of `textAttrs`). */
  pageAttrs: { lang?: string; dir?: 'ltr' | 'rtl' };
}

export async function pathwayContext(contentLanguage: Language, s: ServicesT): Promise<PathwayContext> {
  const [facts, services] = await Promise.all([factMap(), serviceMap()]);
  const english = contentLanguage.code === 'en';
  return {
    facts,
    services,
    locale: contentLanguage.code,
    textLocale: 'en',
    s,
    textAttrs: english ? {} : { lang: 'en', dir: 'ltr' },
    pageAttrs: english ? {} : { lang: contentLanguage.code, dir: contentLanguage.dir },
  };
}
