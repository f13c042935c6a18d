/** The services as the directory lists them: with their ids and their description in the reader's language. */
import { serviceDescription, serviceMap } from '../../content/queries';
import type { ServiceData } from '../../content/schemas';
import { sortByName } from '../../lib/serviceFilters';

export type ListedService = ServiceData & {
  id: string;
  /** The description in the reader's language when translated, else English; `lang` says which. */
  shownDescription: { text: string; lang: string };
};

export async function listedServices(langPath: string): Promise<ListedService[]> {
  const services = [...(await serviceMap())];
  const listed = await Promise.all(
    services.map(async ([id, data]) => ({ id, ...data, shownDescription: await serviceDescription(id, langPath) })),
  );
  return sortByName(listed);
}
