import { describe, expect, it } from 'vitest';
import {
  activeState, allAnswerSets, checkAnswers, matches, nextQuestion, NOT_SURE, NOT_SURE_REASON,
  type Answers, type CheckerResults, type CheckerRules, type Level,
} from '../../src/lib/checker/engine';
import { findCheckerErrors } from '../../src/lib/checker/rules';
import { stageRow } from '../../src/lib/checker/stageTable';
import { isChild, whoCanHelp } from '../../src/lib/checker/whoCanHelp';
import { findTypedPhoneNumbers } from '../../src/lib/phoneNumbers';
import { flattenKeys } from '../../src/lib/localeCheck';
import { gradeOfMdx } from '../../src/lib/readability';
import { checkerIndex, checkerLocale, checkerLocaleKeys, loadCheckerContent, serviceReach } from '../helpers/checker';

const { questions, entitlements, rules, schemaErrors } = loadCheckerContent();
const entitlementById = new Map(entitlements.map((entitlement) => [entitlement.id, entitlement]));
const levelsOf = (results: CheckerResults) => {
  const levels = new Map<string, Level>();
  for (const level of ['yes', 'maybe', 'no'] as const) for (const result of results[level]) levels.set(result.id, level);
  return levels;
};
const key = (answers: Answers) => rules.questions.map((q) => answers[q.id] ?? '').join('|');

describe('the checker rules in content/checker', () => {
  it('has questions and entitlements that match their schemas', () => {
    expect(questions.length).toBeGreaterThan(5);
    expect(entitlements.length).toBeGreaterThan(10);
    expect(schemaErrors).toEqual([]);
  });

  it('points only at questions, answers, services, facts, sources, pages and strings that exist', () => {
    expect(findCheckerErrors(questions, entitlements, checkerIndex)).toEqual([]);
  });

  it('asks the questions the issue names, each with "not sure"', () => {
    expect(rules.questions.map((q) => q.id)).toEqual(['nation', 'age', 'nrm', 'immigration', 'housing', 'family', 'police', 'exploitation']);
    for (const question of rules.questions) expect(question.options).toContain(NOT_SURE);
    expect(rules.questions.find((q) => q.id === 'nrm')!.options).toEqual(['not-referred', 'waiting', 'positive-rg', 'positive-cg', 'negative', 'not-sure']);
  });

  it('explains every result in plain words (reading grade 7 or below)', () => {
    const reasons = Object.entries(flattenKeys(checkerLocale)).filter(([k]) => /^(why|questions|page)\./.test(k));
    const { grade, words } = gradeOfMdx(reasons.map(([, text]) => text.replace(/\{\{\w+\}\}/g, 'ten days')).join('\n'));
    expect(words).toBeGreaterThan(500);
    expect(grade).toBeLessThanOrEqual(7);
  });

  it('never types a phone number or a legal duration into the checker strings', () => {
    const strings = Object.values(flattenKeys(checkerLocale));
    const typed = strings.flatMap((text) => [
      ...findTypedPhoneNumbers(text),
      ...[...text.matchAll(/\b\d+\s+(?:working\s+)?(?:days?|weeks?|months?|years?)\b/gi)].map((m) => m[0]),
      ...[...text.matchAll(/\b1[89]\b/g)].map((m) => m[0]),
    ]);
    expect(typed).toEqual([]);
  });
});

describe('the engine, on small examples', () => {
  const toy: CheckerRules = {
    questions: [
      { id: 'age', options: ['child', 'adult', NOT_SURE], treatNotSureAs: 'child' },
      { id: 'home', options: ['safe', 'none', NOT_SURE], when: { age: ['adult'] } },
      { id: 'stage', options: ['before', 'after', NOT_SURE] },
    ],
    entitlements: [
      { id: 'house', services: [], rules: [
        { result: 'yes', when: { age: ['adult'], home: ['none'], stage: ['after'] }, because: 'why.a' },
        { result: 'no', when: { stage: ['before'] }, because: 'why.b' },
      ] },
      { id: 'kids', services: [], rules: [{ result: 'yes', when: { age: ['child', NOT_SURE] }, because: 'why.c' }] },
    ],
  };

  it('matches only when every listed question has one of its answers', () => {
    expect(matches({ a: ['x', 'y'], b: ['z'] }, { a: 'y', b: 'z' })).toBe(true);
    expect(matches({ a: ['x'] }, { a: 'y' })).toBe(false);
    expect(matches({ a: ['x'] }, {})).toBe(false);
    expect(matches({}, {})).toBe(true);
  });

  it('asks a question only when the earlier answers make it matter, and forgets answers to questions no longer asked', () => {
    expect(activeState(toy, {}).asked.map((q) => q.id)).toEqual(['age', 'stage']);
    expect(activeState(toy, { age: 'adult' }).asked.map((q) => q.id)).toEqual(['age', 'home', 'stage']);
    expect(activeState(toy, { age: 'child', home: 'none' }).answers).toEqual({ age: 'child' });
    expect(activeState(toy, { age: 'adult', home: 'bogus' }).answers).toEqual({ age: 'adult' });
    expect(nextQuestion(toy, { age: 'adult' })?.id).toBe('home');
    expect(nextQuestion(toy, { age: 'child', stage: 'after' })).toBeUndefined();
  });

  it('waits for every asked question a result depends on, so results do not flip while you answer', () => {
    expect(checkAnswers(toy, { age: 'adult', home: 'none' }).yes).toEqual([]);
    const done = checkAnswers(toy, { age: 'adult', home: 'none', stage: 'after' });
    expect(done.yes.map((r) => r.id)).toEqual(['house']);
    expect(done.yes[0]!.basis).toEqual([{ question: 'age', answer: 'adult' }, { question: 'home', answer: 'none' }, { question: 'stage', answer: 'after' }]);
    expect(done.complete).toBe(true);
  });

  it('turns a "not sure" that could make something apply into "ask an adviser", never a plain no', () => {
    const unsure = checkAnswers(toy, { age: 'adult', home: 'none', stage: NOT_SURE });
    expect(unsure.maybe.map((r) => [r.id, r.because, r.notSure])).toEqual([['house', NOT_SURE_REASON, true]]);
    expect(unsure.no).toEqual([]);
    expect(checkAnswers(toy, { age: 'adult', home: 'none', stage: 'before' }).no.map((r) => r.id)).toEqual(['house']);
    expect(checkAnswers(toy, { age: 'adult', home: 'safe', stage: 'after' }).maybe).toEqual([]);
  });

  it('treats "not sure" of age like the option it is mapped to', () => {
    expect(checkAnswers(toy, { age: NOT_SURE, stage: 'after' }).yes.map((r) => r.id)).toEqual(['kids']);
  });

  it('enumerates every complete set of answers, skipping questions that are not asked', () => {
    const sets = [...allAnswerSets(toy)];
    expect(sets).toHaveLength(2 * 3 + 3 * 3);
    expect(new Set(sets.map((set) => JSON.stringify(set))).size).toBe(sets.length);
    expect([...allAnswerSets(toy, { includeNotSure: false })]).toHaveLength(1 * 2 + 2 * 2);
    expect([...allAnswerSets(toy, { fixed: { age: 'adult' } })]).toHaveLength(9);
  });

  it('summarises a stage for the no-JavaScript table', () => {
    const row = stageRow({ ...toy, questions: [{ id: 'nation', options: ['x', 'y', NOT_SURE] }, ...toy.questions] }, { age: 'adult', stage: 'after' });
    expect(row.yes).toEqual([{ id: 'house', nations: [], depends: true }]);
    expect(row.maybe).toEqual([]);
  });
});

describe('every combination of answers (exhaustive)', { timeout: 60_000 }, () => {
  const sets = [...allAnswerSets(rules)];
  const byKey = new Map<string, Map<string, Level>>();
  const all = sets.map((answers) => {
    const results = checkAnswers(rules, answers);
    byKey.set(key(answers), levelsOf(results));
    return { answers, results };
  });
  const optionsOf = new Map(rules.questions.map((q) => [q.id, q.options]));

  it('covers each combination once: every question asked is answered, and housing and family only for adults', () => {
    const expected = (age: string) =>
      rules.questions.filter((q) => !q.when || matches(q.when, { age })).reduce((n, q) => n * (q.id === 'age' ? 1 : q.options.length), 1);
    expect(sets.length).toBe(optionsOf.get('age')!.reduce((n, age) => n + expected(age), 0));
    expect(byKey.size).toBe(sets.length);
    expect(sets.length).toBeGreaterThan(50_000);
    for (const { results } of all) expect(results.complete).toBe(true);
  });

  it('never fails, and every result refers to an entitlement, reason, services, facts, sources and page that exist', () => {
    const problems = new Set<string>();
    for (const { results } of all) {
      for (const result of [...results.yes, ...results.maybe, ...results.no]) {
        const entitlement = entitlementById.get(result.id);
        if (!entitlement) { problems.add(`unknown entitlement ${result.id}`); continue; }
        if (!checkerLocaleKeys.has(result.because)) problems.add(`${result.id}: no reason text "${result.because}"`);
        for (const s of entitlement.services) if (!checkerIndex.services.has(s)) problems.add(`${result.id}: service ${s}`);
        for (const f of entitlement.facts) if (!checkerIndex.facts.has(f)) problems.add(`${result.id}: fact ${f}`);
        for (const s of entitlement.sources) if (!checkerIndex.sources.has(s)) problems.add(`${result.id}: source ${s}`);
        if (!checkerIndex.sitePaths.has(entitlement.page.slice(1))) problems.add(`${result.id}: page ${entitlement.page}`);
        for (const { question, answer } of result.basis) if (results.answers[question] !== answer) problems.add(`${result.id}: basis is not an answer given`);
      }
    }
    expect([...problems]).toEqual([]);
  });

  it('gives nobody NRM support as a "yes" before a referral and a yes on the first decision', () => {
    const nrmSupport = entitlements.filter((e) => e.nrmSupport).map((e) => e.id);
    expect(nrmSupport).toEqual(expect.arrayContaining(['nrm-support', 'safe-house', 'move-on']));
    const wrong = all.filter(({ answers, results }) =>
      ['not-referred', 'waiting', 'negative', NOT_SURE].includes(answers.nrm!) && results.yes.some((r) => nrmSupport.includes(r.id)));
    expect(wrong.map(({ answers }) => answers)).toEqual([]);
  });

  it('always gives a child, or anyone not sure of their age, the children\'s services route', () => {
    const children = all.filter(({ answers }) => isChild(answers));
    expect(children.length).toBeGreaterThan(0);
    expect(children.filter(({ results }) => !results.yes.some((r) => r.id === 'children-services')).map(({ answers }) => answers)).toEqual([]);
    expect(all.filter(({ answers, results }) => !isChild(answers) && levelsOf(results).has('children-services'))).toEqual([]);
  });

  it('treats "not sure" of age exactly like under 18', () => {
    const differences: string[] = [];
    for (const { answers, results } of all) {
      if (answers.age !== NOT_SURE) continue;
      const child = byKey.get(key({ ...answers, age: 'under-18' }))!;
      const unsure = levelsOf(results);
      if (JSON.stringify([...child].sort()) !== JSON.stringify([...unsure].sort())) differences.push(key(answers));
    }
    expect(differences).toEqual([]);
  });

  it('never turns a "not sure" answer into a plain no', () => {
    const wrong = all.flatMap(({ results }) => results.no.filter((r) => r.basis.some((b) => b.answer === NOT_SURE)).map((r) => r.id));
    expect(wrong).toEqual([]);
  });

  it('shows "ask an adviser" (or better) for a "not sure" answer whenever a real answer there would show help', () => {
    const wrong: string[] = [];
    for (const { answers, results } of all) {
      const levels = levelsOf(results);
      for (const question of rules.questions) {
        if (answers[question.id] !== NOT_SURE || question.treatNotSureAs) continue;
        for (const option of optionsOf.get(question.id)!.filter((o) => o !== NOT_SURE)) {
          const other = byKey.get(key({ ...answers, [question.id]: option }))!;
          for (const [id, level] of other) {
            if ((level === 'yes' || level === 'maybe') && !['yes', 'maybe'].includes(levels.get(id) ?? '')) {
              wrong.push(`${id}: ${key(answers)} vs ${question.id}=${option}`);
            }
          }
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('always offers the Helpline, to everyone', () => {
    expect(all.filter(({ results }) => !results.yes.some((r) => r.id === 'helpline'))).toEqual([]);
  });

  it('lists only services that exist, serve the nation given and suit the person\'s age', () => {
    const problems = new Set<string>();
    for (const { answers, results } of all) {
      for (const helper of whoCanHelp(rules, results, serviceReach, answers)) {
        const reach = serviceReach[helper.service];
        if (!reach) { problems.add(`unknown service ${helper.service}`); continue; }
        if (answers.nation !== NOT_SURE && !reach.nations.includes(answers.nation!)) problems.add(`${helper.service} does not serve ${answers.nation}`);
        if (isChild(answers) && reach.audience.every((a) => ['adults', 'women', 'men', 'professionals'].includes(a))) problems.add(`${helper.service} is for adults`);
        if (helper.helpsWith.length === 0) problems.add(`${helper.service} helps with nothing`);
      }
    }
    expect([...problems]).toEqual([]);
  });
});

describe('answering one question at a time', { timeout: 60_000 }, () => {
  it('never fails and shows only results whose questions are all answered', () => {
    let states = 0;
    const problems: string[] = [];
    const walk = (answers: Record<string, string>) => {
      states += 1;
      const results = checkAnswers(rules, answers);
      const asked = new Set(results.asked.map((q) => q.id));
      for (const result of [...results.yes, ...results.maybe, ...results.no]) {
        const depends = entitlementById.get(result.id)!.rules.flatMap((r) => Object.keys(r.when));
        if (depends.some((q) => asked.has(q) && results.answers[q] === undefined)) problems.push(`${result.id} before ${key(answers)}`);
      }
      const next = results.asked.find((q) => results.answers[q.id] === undefined);
      if (next) for (const option of next.options) walk({ ...answers, [next.id]: option });
    };
    walk({});
    expect(states).toBeGreaterThan(55_000);
    expect(problems.slice(0, 5)).toEqual([]);
  });
});
