/**
 * The entitlements checker: answers in, grouped results out. Pure (no DOM, no Astro), so the same code runs in the
 * unit tests, at build time (the no-JavaScript table) and in the browser.
 *
 * Rules are data (content/checker/): for each entitlement, the first rule whose `when` matches the answers decides.
 */

export type Level = 'yes' | 'maybe' | 'no';
export type RuleResult = Level | 'hide';
/** Question id → the answers that match, e.g. `{ nrm: ['positive-rg', 'positive-cg'] }`. All listed questions must match. */
export type Condition = Readonly<Record<string, readonly string[]>>;
/**
 * Question id → the chosen option id. A question that takes several answers ("all that apply") holds them joined by
 * `+` in the question's order (`sexual+criminal`); "not sure" is never joined with another answer.
 */
export type Answers = Readonly<Record<string, string | undefined>>;

export const NOT_SURE = 'not-sure';
export const ANSWER_JOIN = '+';

/** The options one answer holds: one, or several for an "all that apply" question. */
export function answerParts(answer: string): string[] {
  return answer.split(ANSWER_JOIN);
}

/** Joins the options chosen for an "all that apply" question, in the question's order ("not sure" alone). */
export function joinAnswers(question: Question, chosen: readonly string[]): string | undefined {
  if (chosen.includes(NOT_SURE)) return NOT_SURE;
  const ordered = question.options.filter((option) => chosen.includes(option));
  return ordered.length > 0 ? ordered.join(ANSWER_JOIN) : undefined;
}
/** Reason shown when a "not sure" answer could make something apply that otherwise would not. */
export const NOT_SURE_REASON = 'why.notSureCouldApply';

export interface Question {
  id: string;
  options: readonly string[];
  when?: Condition | undefined;
  /** "Not sure" is treated like this option (not sure of your age → a child). */
  treatNotSureAs?: string | undefined;
  /** "All that apply": several options may be chosen; a rule matches when any one of them is listed. */
  multiple?: boolean | undefined;
}

export interface Rule {
  result: RuleResult;
  when: Condition;
  because?: string | undefined;
  fact?: string | undefined;
}

export interface Entitlement {
  id: string;
  rules: readonly Rule[];
  services: readonly string[];
  nrmSupport?: boolean | undefined;
}

export interface CheckerRules {
  questions: readonly Question[];
  entitlements: readonly Entitlement[];
}

export interface AnswerRef {
  question: string;
  answer: string;
}

export interface Result {
  id: string;
  level: Level;
  /** Locale key of the reason. */
  because: string;
  /** The answers that led to it, in question order. */
  basis: AnswerRef[];
  /** True when the reason is the general "you are not sure, so ask" guidance. */
  notSure: boolean;
}

export interface CheckerResults {
  /** Questions to ask now, in order (only those that matter for the answers so far). */
  asked: Question[];
  /** Answers to asked questions only. */
  answers: Record<string, string>;
  answeredCount: number;
  complete: boolean;
  yes: Result[];
  maybe: Result[];
  no: Result[];
}

const entriesCache = new WeakMap<Condition, [string, readonly string[]][]>();

export function matches(when: Condition, answers: Answers): boolean {
  let entries = entriesCache.get(when);
  if (!entries) entriesCache.set(when, (entries = Object.entries(when)));
  for (const [question, allowed] of entries) {
    const answer = answers[question];
    if (answer === undefined) return false;
    if (allowed.includes(answer)) continue;
    if (!answer.includes(ANSWER_JOIN) || !answerParts(answer).some((part) => allowed.includes(part))) return false;
  }
  return true;
}

/** An answer the question can take: one of its options, or for "all that apply" several (never with "not sure"). */
export function isValidAnswer(question: Question, answer: string): boolean {
  if (question.options.includes(answer)) return true;
  if (!question.multiple) return false;
  const parts = answerParts(answer);
  return !parts.includes(NOT_SURE) && parts.every((part) => question.options.includes(part)) && joinAnswers(question, parts) === answer;
}

/** The questions that matter given the answers so far, and the answers that count (answers to questions no longer asked are dropped). */
export function activeState(rules: CheckerRules, answers: Answers): { asked: Question[]; answers: Record<string, string> } {
  const asked: Question[] = [];
  const active: Record<string, string> = {};
  for (const question of rules.questions) {
    if (question.when && !matches(question.when, active)) continue;
    asked.push(question);
    const answer = answers[question.id];
    if (answer !== undefined && isValidAnswer(question, answer)) active[question.id] = answer;
  }
  return { asked, answers: active };
}

/** The first question still to answer, if any. */
export function nextQuestion(rules: CheckerRules, answers: Answers): Question | undefined {
  const state = activeState(rules, answers);
  return state.asked.find((question) => state.answers[question.id] === undefined);
}

const dependsCache = new WeakMap<Entitlement, string[]>();
/** Every question any rule of the entitlement looks at. */
export function questionsOf(entitlement: Entitlement): string[] {
  let depends = dependsCache.get(entitlement);
  if (!depends) dependsCache.set(entitlement, (depends = [...new Set(entitlement.rules.flatMap((rule) => Object.keys(rule.when)))]));
  return depends;
}

function firstMatch(entitlement: Entitlement, answers: Answers): Rule | undefined {
  for (const rule of entitlement.rules) if (matches(rule.when, answers)) return rule;
  return undefined;
}

const shows = (rule: Rule | undefined): rule is Rule & { result: Level } => rule !== undefined && rule.result !== 'hide';
const helps = (rule: Rule | undefined) => rule !== undefined && (rule.result === 'yes' || rule.result === 'maybe');

function basisOf(when: Condition, answers: Answers, order: readonly Question[]): AnswerRef[] {
  return order.filter((question) => question.id in when).map((question) => ({ question: question.id, answer: answers[question.id]! }));
}

/**
 * One entitlement for the answers that count. Undefined when it does not apply, or when a question it depends on is
 * asked but not answered yet (so results never flicker between levels as you answer).
 */
export function evaluateEntitlement(
  entitlement: Entitlement,
  answers: Answers,
  asked: readonly Question[],
): Result | undefined {
  const depends = questionsOf(entitlement);
  if (asked.some((question) => answers[question.id] === undefined && depends.includes(question.id))) return undefined;
  const rule = firstMatch(entitlement, answers);
  if (helps(rule)) return toResult(entitlement, rule as Rule & { result: Level }, answers, asked);
  // "Not sure" must never hide help or give a plain "no": if any real answer would make it apply, say "ask".
  for (const question of asked) {
    if (answers[question.id] !== NOT_SURE || !depends.includes(question.id)) continue;
    const options = question.treatNotSureAs ? [question.treatNotSureAs] : question.options;
    const other: Record<string, string | undefined> = { ...answers };
    for (const option of options) {
      other[question.id] = option;
      if (option !== NOT_SURE && helps(firstMatch(entitlement, other))) {
        return { id: entitlement.id, level: 'maybe', because: NOT_SURE_REASON, basis: [{ question: question.id, answer: NOT_SURE }], notSure: true };
      }
    }
  }
  return shows(rule) ? toResult(entitlement, rule, answers, asked) : undefined;
}

function toResult(entitlement: Entitlement, rule: Rule & { result: Level }, answers: Answers, asked: readonly Question[]): Result {
  return { id: entitlement.id, level: rule.result, because: rule.because ?? '', basis: basisOf(rule.when, answers, asked), notSure: false };
}

/** Grouped results for the answers given so far. */
export function checkAnswers(rules: CheckerRules, given: Answers): CheckerResults {
  const { asked, answers } = activeState(rules, given);
  const results: CheckerResults = {
    asked,
    answers,
    answeredCount: Object.keys(answers).length,
    complete: asked.every((question) => answers[question.id] !== undefined),
    yes: [],
    maybe: [],
    no: [],
  };
  for (const entitlement of rules.entitlements) {
    const result = evaluateEntitlement(entitlement, answers, asked);
    if (result) results[result.level].push(result);
  }
  return results;
}

/** Every answer a question can take: each option, and for "all that apply" every combination of real options. */
export function answersOf(question: Question): string[] {
  if (!question.multiple) return [...question.options];
  const real = question.options.filter((option) => option !== NOT_SURE);
  const combinations: string[] = [];
  for (let mask = 1; mask < 1 << real.length; mask += 1) combinations.push(real.filter((_, bit) => mask & (1 << bit)).join(ANSWER_JOIN));
  return question.options.includes(NOT_SURE) ? [...combinations, NOT_SURE] : combinations;
}

/** The questions an entitlement looks at, and every question that decides whether those are asked. */
export function questionsDeciding(rules: CheckerRules, entitlement: Entitlement): Set<string> {
  const byId = new Map(rules.questions.map((question) => [question.id, question]));
  const closure = new Set<string>();
  const add = (id: string) => {
    if (closure.has(id)) return;
    closure.add(id);
    for (const gate of Object.keys(byId.get(id)?.when ?? {})) add(gate);
  };
  for (const id of questionsOf(entitlement)) add(id);
  return closure;
}

/**
 * Every complete set of answers a person could give (questions that are not asked are left out), in question order.
 * `fixed` pins some answers; `includeNotSure: false` leaves out "not sure" answers; `only` varies just those questions
 * (the others stay unanswered), e.g. `questionsDeciding()` of one entitlement.
 */
export function* allAnswerSets(
  rules: CheckerRules,
  { fixed = {}, includeNotSure = true, only }: { fixed?: Answers; includeNotSure?: boolean; only?: ReadonlySet<string> } = {},
): Generator<Record<string, string>> {
  function* walk(index: number, current: Record<string, string>): Generator<Record<string, string>> {
    const question = rules.questions[index];
    if (!question) {
      yield { ...current };
      return;
    }
    if ((question.when && !matches(question.when, current)) || (only && !only.has(question.id))) {
      yield* walk(index + 1, current);
      return;
    }
    const pinned = fixed[question.id];
    const options = pinned !== undefined ? [pinned] : answersOf(question).filter((option) => includeNotSure || option !== NOT_SURE);
    for (const option of options) {
      current[question.id] = option;
      yield* walk(index + 1, current);
      delete current[question.id];
    }
  }
  yield* walk(0, {});
}
