/** Turns the checker's content entries into engine rules, and finds every broken reference in them. */
import { NOT_SURE, type CheckerRules, type Condition, type RuleResult } from './engine';

export interface QuestionEntry {
  id: string;
  order: number;
  text: string;
  short: string;
  hint?: string | undefined;
  options: readonly string[];
  when?: Condition | undefined;
  treatNotSureAs?: string | undefined;
  multiple?: boolean | undefined;
}

export interface RuleEntry {
  result: RuleResult;
  when: Condition;
  because?: string | undefined;
  fact?: string | undefined;
  brief: string;
}

export interface EntitlementEntry {
  id: string;
  order: number;
  title: string;
  page: string;
  nrmSupport?: boolean | undefined;
  services: readonly string[];
  facts: readonly string[];
  sources: readonly string[];
  checked: Date;
  rules: readonly RuleEntry[];
}

const byOrder = <T extends { order: number; id: string }>(a: T, b: T) => a.order - b.order || a.id.localeCompare(b.id);

export function sortedQuestions(questions: readonly QuestionEntry[]): QuestionEntry[] {
  return [...questions].sort(byOrder);
}
export function sortedEntitlements(entitlements: readonly EntitlementEntry[]): EntitlementEntry[] {
  return [...entitlements].sort(byOrder);
}

/** Only what the engine needs (this is also what the page ships to the browser). */
export function toCheckerRules(questions: readonly QuestionEntry[], entitlements: readonly EntitlementEntry[]): CheckerRules {
  return {
    questions: sortedQuestions(questions).map(({ id, options, when, treatNotSureAs, multiple }) => ({
      id, options: [...options], ...(when ? { when } : {}), ...(treatNotSureAs ? { treatNotSureAs } : {}), ...(multiple ? { multiple } : {}),
    })),
    entitlements: sortedEntitlements(entitlements).map(({ id, rules, services, nrmSupport }) => ({
      id,
      services: [...services],
      ...(nrmSupport ? { nrmSupport } : {}),
      rules: rules.map(({ result, when, because }) => ({ result, when, ...(because ? { because } : {}) })),
    })),
  };
}

export interface CheckerIndex {
  services: ReadonlySet<string>;
  facts: ReadonlyMap<string, { verified: boolean }>;
  sources: ReadonlySet<string>;
  /** Site paths without language, e.g. `support/money/`. */
  sitePaths: ReadonlySet<string>;
  /** Flattened keys of locales/en/checker.json. */
  localeKeys: ReadonlySet<string>;
}

/** Every problem in the checker's data, as "where: message" lines. Empty means all is well. */
export function findCheckerErrors(questions: readonly QuestionEntry[], entitlements: readonly EntitlementEntry[], index: CheckerIndex): string[] {
  const errors: string[] = [];
  const ordered = sortedQuestions(questions);
  const optionsOf = new Map(ordered.map((question) => [question.id, question.options]));
  const key = (where: string, name: string | undefined) => {
    if (name && !index.localeKeys.has(name)) errors.push(`${where}: no "${name}" in locales/en/checker.json`);
  };
  const checkCondition = (where: string, when: Condition, before?: Set<string>) => {
    for (const [question, answers] of Object.entries(when)) {
      const options = optionsOf.get(question);
      if (!options) errors.push(`${where}: unknown question "${question}"`);
      else for (const answer of answers) if (!options.includes(answer)) errors.push(`${where}: "${answer}" is not an answer to "${question}"`);
      if (before && options && !before.has(question)) errors.push(`${where}: a question can only depend on questions asked before it ("${question}")`);
    }
  };

  const earlier = new Set<string>();
  for (const question of ordered) {
    const where = `content/checker/questions.yaml (${question.id})`;
    key(where, question.text);
    key(where, question.short);
    key(where, question.hint);
    for (const option of question.options) key(where, `questions.${question.id}.options.${option}`);
    if (!question.options.includes(NOT_SURE)) errors.push(`${where}: "not sure" must always be allowed`);
    if (question.when) checkCondition(where, question.when, earlier);
    earlier.add(question.id);
  }

  const reasons = new Map<string, string | undefined>();
  for (const entitlement of entitlements) {
    const where = `content/checker/entitlements/${entitlement.id}.yaml`;
    key(where, entitlement.title);
    if (!index.sitePaths.has(entitlement.page.replace(/^\//, ''))) errors.push(`${where}: page "${entitlement.page}" does not exist`);
    for (const service of entitlement.services) if (!index.services.has(service)) errors.push(`${where}: unknown service "${service}"`);
    for (const source of entitlement.sources) if (!index.sources.has(source)) errors.push(`${where}: unknown source "${source}"`);
    for (const fact of entitlement.facts) if (!index.facts.has(fact)) errors.push(`${where}: unknown fact "${fact}"`);
    entitlement.rules.forEach((rule, position) => {
      const at = `${where} rule ${position + 1}`;
      checkCondition(at, rule.when);
      key(at, rule.because);
      if (rule.result === 'no' && Object.values(rule.when).some((answers) => answers.includes(NOT_SURE))) {
        errors.push(`${at}: "not sure" may never lead to a plain "no"`);
      }
      if (rule.fact && index.facts.get(rule.fact)?.verified === false) errors.push(`${at}: fact "${rule.fact}" is unverified and may not be stated`);
      if (rule.because) {
        if (reasons.has(rule.because) && reasons.get(rule.because) !== rule.fact) errors.push(`${at}: reason "${rule.because}" is used with two different facts`);
        reasons.set(rule.because, rule.fact);
      }
    });
  }
  return errors;
}
