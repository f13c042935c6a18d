/** The directory as open data: every service, in one language, as an HSDS 3.0 export (see src/lib/hsds). */
import { sourceMap } from '../../content/queries';
import { hsdsProblems } from '../../lib/hsds/hsdsProblems';
import { serviceLabels, servicesToHsds, withContactWords, type HsdsExport } from '../../lib/hsds/serviceToHsds';
import { enabledLanguage } from '../../i18n/languages';
import { listedServices } from './data';
import { hsdsContext } from './hsdsContext';

/** Fails the build, naming the service and the field, when the export breaks one of Waymark's rules. */
export async function servicesExport(langPath: string, site: URL | string): Promise<HsdsExport> {
  const services = await listedServices(enabledLanguage(langPath));
  const exported = servicesToHsds(
    services.map(({ id, shownTexts, ...data }) => ({ id, data: withContactWords(data, shownTexts.contacts), description: shownTexts.description })),
    { ...hsdsContext(langPath, site), sources: await sourceMap() },
  );
  const problems = hsdsProblems(exported, serviceLabels(services.map(({ id }) => id)));
  if (problems.length > 0) throw new Error(`${langPath}/services.hsds.json:\n- ${problems.join('\n- ')}`);
  return exported;
}
