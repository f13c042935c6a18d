/**
 * Example props for a card of the services directory (see src/components/fixtures.ts), made from content/services
 * the way the directory makes them.
 */
import type { ComponentProps } from 'astro/types';
import type ServiceCard from './ServiceCard.astro';
import { listedServices, type ListedService } from './data';
import { servicesTranslations } from './translations';
import { sourceMap } from '../../content/queries';
import type { Fixture } from '../fixtures';

const sources = await sourceMap();
const card = async (langPath: string, id: string, change: (service: ListedService) => ListedService = (service) => service) => {
  const service = (await listedServices(langPath)).find((candidate) => candidate.id === id)!;
  const { s, contentLanguage } = servicesTranslations(langPath);
  return { service: change(service), sources, s, locale: contentLanguage.code };
};
/** What the directory shows while a service's words are not translated yet: its English description. */
const untranslated = (service: ListedService): ListedService => ({ ...service, shownDescription: { text: service.description, lang: 'en' } });

export const fixtures: Fixture<ComponentProps<typeof ServiceCard>>[] = [
  { name: 'a checked service in English', page: '/en/services/', props: await card('en', 'modern-slavery-helpline') },
  { name: 'the same service in Arabic, right to left: its name and numbers stay English and left to right', page: '/ar/services/', props: await card('ar', 'modern-slavery-helpline') },
  { name: 'a service not checked yet: "check before use"', page: '/ti/services/', props: await card('ti', 'acas') },
  { name: 'a service whose description is not translated yet: the English marked as English', page: '/fa/services/', props: await card('fa', 'modern-slavery-helpline', untranslated) },
];
