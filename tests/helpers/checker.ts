/** Loads the checker's rules and the content they point at from content/, the way the build does. */
import { readFileSync } from 'node:fs';
import {
  checkerEntitlementSchema, checkerQuestionSchema, type CheckerEntitlementData, type CheckerQuestionData,
} from '../../src/content/collections/checker';
import { toCheckerRules, type CheckerIndex, type EntitlementEntry, type QuestionEntry } from '../../src/lib/checker/rules';
import type { ServiceReach } from '../../src/lib/checker/whoCanHelp';
import { flattenKeys, type LocaleTree } from '../../src/lib/localeCheck';
import { pagePathOfEntry } from '../../src/i18n/paths';
import { loadFacts, loadPages, loadYamlCollection, readYaml, validationErrors } from './content';

export const QUESTIONS_FILE = 'content/checker/questions.yaml';
export const ENTITLEMENTS_DIR = 'content/checker/entitlements';

export function loadCheckerContent() {
  const errors: string[] = [];
  const rawQuestions = readYaml(QUESTIONS_FILE) as Record<string, unknown>[];
  const questions: QuestionEntry[] = rawQuestions.map((raw, index) => {
    errors.push(...validationErrors(checkerQuestionSchema, raw, `${QUESTIONS_FILE} [${index}]`));
    const parsed = checkerQuestionSchema.safeParse(raw);
    return { ...(parsed.success ? parsed.data : (raw as CheckerQuestionData)), id: String(raw.id) };
  });
  const entitlements: EntitlementEntry[] = [...loadYamlCollection(ENTITLEMENTS_DIR)].map(([id, { file, data }]) => {
    errors.push(...validationErrors(checkerEntitlementSchema, data, file));
    const parsed = checkerEntitlementSchema.safeParse(data);
    return { ...(parsed.success ? parsed.data : (data as unknown as CheckerEntitlementData)), id };
  });
  return { questions, entitlements, rules: toCheckerRules(questions, entitlements), schemaErrors: errors };
}

export const checkerLocale = JSON.parse(readFileSync('locales/en/checker.json', 'utf8')) as LocaleTree;
export const checkerLocaleKeys = new Set(Object.keys(flattenKeys(checkerLocale)).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')));

const services = loadYamlCollection('content/services');
const facts = loadFacts();
const sources = loadYamlCollection('content/sources');
const TOOL_PATHS = ['services/', 'nrm/journey/', 'tools/checker/', 'tools/timeline/', 'search/', 'about/translation-status/'];

export const serviceReach: Record<string, ServiceReach> = Object.fromEntries(
  [...services].map(([id, { data }]) => [id, { nations: data.nations as string[], audience: data.audience as string[], ...(data.onlyFor ? { onlyFor: data.onlyFor as 'women' | 'men' } : {}) }]),
);

export const checkerIndex: CheckerIndex = {
  services: new Set(services.keys()),
  facts: new Map([...facts].map(([id, fact]) => [id, { verified: fact.verified }])),
  sources: new Set(sources.keys()),
  sitePaths: new Set([...loadPages().filter((page) => page.lang === 'en').map((page) => pagePathOfEntry(page.slug)), ...TOOL_PATHS]),
  localeKeys: checkerLocaleKeys,
};
