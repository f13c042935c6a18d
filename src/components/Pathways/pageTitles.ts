/** Titles of the site's content pages by path, in one language, for "read more" links. */
import { pageVariants } from '../../content/queries';
import type { Language } from '../../i18n/languages';

export async function pageTitles(language: Language): Promise<Map<string, string>> {
  return new Map((await pageVariants(language)).map((variant) => [variant.path, variant.shown.data.title]));
}
