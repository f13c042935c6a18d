/** Builds a language's open-data export from the files in content/, the way the route does, without a site build. */
import { existsSync } from 'node:fs';
import { hsdsContext } from '../../src/components/ServiceDirectory/hsdsContext';
import { serviceSchema, serviceTranslationsSchema, sourceSchema, type ServiceData, type SourceData } from '../../src/content/schemas';
import { serviceLabels, servicesToHsds, type ExportService } from '../../src/lib/hsds/serviceToHsds';
import { loadYamlCollection, readYaml } from './content';

export const TEST_SITE = 'https://waymark.example';

/** Every service as the build reads it (validated and coerced by its zod schema). */
export function contentServices(): { id: string; data: ServiceData }[] {
  return [...loadYamlCollection('content/services')].map(([id, { data }]) => ({ id, data: serviceSchema.parse(data) }));
}

export function contentSources(): Map<string, SourceData> {
  return new Map([...loadYamlCollection('content/sources')].map(([id, { data }]) => [id, sourceSchema.parse(data)]));
}

/** Each service's description in a language, or the English one while it is not translated. */
export function descriptionsIn(langPath: string, services: { id: string; data: { description: string } }[]): Map<string, string> {
  const file = `content/service-translations/${langPath}.yaml`;
  const translated = existsSync(file) ? serviceTranslationsSchema.parse(readYaml(file)) : {};
  return new Map(services.map(({ id, data }) => [id, translated[id]?.description ?? data.description]));
}

/** The export of one language, built from `services` (the content's, unless a test hands in its own). */
export function exportFromContent(langPath: string, services: { id: string; data: ExportService['data'] }[] = contentServices()) {
  const descriptions = descriptionsIn(langPath, services);
  const exported = servicesToHsds(
    services.map(({ id, data }) => ({ id, data, description: descriptions.get(id) ?? '' })),
    { ...hsdsContext(langPath, TEST_SITE), sources: contentSources() },
  );
  return { exported, labels: serviceLabels(services.map(({ id }) => id)) };
}
