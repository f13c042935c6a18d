/**
 * Example props for a card of the services directory (see src/components/fixtures.ts), made from content/services
 * the way the directory makes them.
 */
import type { ComponentProps } from 'astro/types';
import type ServiceCard from './ServiceCard.astro';
import { listedServices, type ListedService } from './data';
import { servicesStrings } from './translations';
import { sourceMap } from '../../content/queries';
import { resolveRoute } from '../../i18n/route';
import type { Fixture } from '../fixtures';

const sources = await sourceMap();
/** A card as the directory page at /<lang>/services/ makes it. */
const card = async (langPath: string, id: string, change: (service: ListedService) => ListedService = (service) => service) => {
  const route = resolveRoute({ params: { lang: langPath }, url: new URL(`https://waymark.example/${langPath}/services/`), locals: { scriptSources: [] } });
  const service = (await listedServices(route.language)).find((candidate) => candidate.id === id)!;
  return { service: change(service), sources, s: servicesStrings(route), locale: route.contentLanguage.code, urlLanguage: route.language };
};
/** What the directory shows while a service's words are not translated yet: its English description and notes. */
const untranslated = (service: ListedService): ListedService => ({
  ...service,
  shownTexts: { description: service.description, contacts: service.contacts.map(({ note, hours }) => ({ note, hours })), lang: 'en' },
});

export const fixtures: Fixture<ComponentProps<typeof ServiceCard>>[] = [
  { name: 'a checked service in English', page: '/en/services/', props: await card('en', 'modern-slavery-helpline') },
  { name: 'the same service in Arabic, right to left: its name and numbers stay English and left to right', page: '/ar/services/', props: await card('ar', 'modern-slavery-helpline') },
  { name: 'a service not checked yet: "check before use"', page: '/ti/services/', props: await card('ti', 'acas') },
  { name: 'a service whose description is not translated yet: the English marked as English', page: '/fa/services/', props: await card('fa', 'modern-slavery-helpline', untranslated) },
];
