/**
 * What both checker pages read at build time: the questions and rules (checked for broken references, so the build
 * stops naming the file), and the titles of the pages and sources the results link to.
 */
import { getCollection } from 'astro:content';
import checkerStrings from '../../../locales/en/checker.json';
import { factMap, pageVariants, serviceMap, sourceMap, toolPaths } from '../../content/queries';
import type { Language } from '../../i18n/languages';
import { findCheckerErrors, sortedEntitlements, sortedQuestions, toCheckerRules } from '../../lib/checker/rules';
import { flattenKeys, type LocaleTree } from '../../lib/localeCheck';

/** What every checker component is given: the language of its words and the language of the URL. */
export interface CheckerProps {
  /** The language the checker's words are shown in (English until the checker is translated). */
  language: Language;
  /** The language of the URL, for links. */
  urlLanguage: Language;
}

export async function checkerData(urlLanguage: Language) {
  const questions = sortedQuestions((await getCollection('checkerQuestions')).map((entry) => ({ id: entry.id, ...entry.data })));
  const entitlements = sortedEntitlements((await getCollection('checkerEntitlements')).map((entry) => ({ id: entry.id, ...entry.data })));
  const [facts, services, sources, variants] = await Promise.all([factMap(), serviceMap(), sourceMap(), pageVariants(urlLanguage)]);
  const errors = findCheckerErrors(questions, entitlements, {
    services: new Set(services.keys()),
    facts,
    sources: new Set(sources.keys()),
    sitePaths: new Set([...variants.map((variant) => variant.path), ...toolPaths()]),
    localeKeys: new Set(Object.keys(flattenKeys(checkerStrings as LocaleTree)).map((key) => key.replace(/_(one|other)$/, ''))),
  });
  if (errors.length > 0) throw new Error(`Checker rules errors:\n- ${errors.join('\n- ')}`);
  const pageTitles = new Map(variants.map((variant) => [
    `/${variant.path}`,
    { title: variant.shown.data.title, lang: variant.state === 'fallback' ? 'en' : urlLanguage.code },
  ]));
  const sourceTitles = new Map([...sources].map(([id, source]) => [id, source.title]));
  return { questions, entitlements, rules: toCheckerRules(questions, entitlements), facts, services, pageTitles, sourceTitles };
}
