/** Builds a language's open-data export from the files in content/, the way the route does, without a site build. */
import { existsSync } from 'node:fs';
import { hsdsContext } from '../../src/components/ServiceDirectory/hsdsContext';
import { serviceSchema, serviceTranslationsSchema, sourceSchema, type ServiceData, type SourceData } from '../../src/content/schemas';
import { serviceLabels, servicesToHsds, withContactWords, type ExportService } from '../../src/lib/hsds/serviceToHsds';
import { loadYamlCollection, readYaml } from './content';

export const TEST_SITE = 'https://waymark.example';

/** Every service as the build reads it (validated and coerced by its zod schema). */
export function contentServices(): { id: string; data: ServiceData }[] {
  return [...loadYamlCollection('content/services')].map(([id, { data }]) => ({ id, data: serviceSchema.parse(data) }));
}

export function contentSources(): Map<string, SourceData> {
  return new Map([...loadYamlCollection('content/sources')].map(([id, { data }]) => [id, sourceSchema.parse(data)]));
}

/** Each service's description and contact words in a language, or the English ones while it is not translated. */
export function textsIn(langPath: string, services: { id: string; data: { description: string } }[]) {
  const file = `content/service-translations/${langPath}.yaml`;
  const translated = existsSync(file) ? serviceTranslationsSchema.parse(readYaml(file)) : {};
  return new Map(services.map(({ id, data }) => [id, { description: translated[id]?.description ?? data.description, contacts: translated[id]?.contacts ?? [] }]));
}

/** The export of one language, built from `services` (the content's, unless a test hands in its own). */
export function exportFromContent(langPath: string, services: { id: string; data: ExportService['data'] }[] = contentServices()) {
  const texts = textsIn(langPath, services);
  const exported = servicesToHsds(
    services.map(({ id, data }) => ({ id, data: withContactWords(data, texts.get(id)?.contacts ?? []), description: texts.get(id)?.description ?? '' })),
    { ...hsdsContext(langPath, TEST_SITE), sources: contentSources() },
  );
  return { exported, labels: serviceLabels(services.map(({ id }) => id)) };
}
