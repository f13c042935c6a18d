/** The services as the directory lists them: with their ids and their description in the reader's language. */
import { serviceMap, serviceTexts } from '../../content/queries';
import type { Language } from '../../i18n/languages';
import type { ServiceData } from '../../content/schemas';
import { sortByName } from '../../lib/serviceFilters';

export type ListedService = ServiceData & {
  id: string;
  /** The description and contact notes in the reader's language when translated, else English; `lang` says which. */
  shownTexts: Awaited<ReturnType<typeof serviceTexts>>;
};

export async function listedServices(language: Language): Promise<ListedService[]> {
  const services = [...(await serviceMap())];
  const listed = await Promise.all(services.map(async ([id, data]) => ({ id, ...data, shownTexts: await serviceTexts(id, language) })));
  return sortByName(listed);
}
