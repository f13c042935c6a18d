import { describe, expect, it } from 'vitest';
import {
  activeState, allAnswerSets, answersOf, checkAnswers, evaluateEntitlement, isValidAnswer, joinAnswers, matches, nextQuestion,
  NOT_SURE, NOT_SURE_REASON, questionsDeciding, questionsOf, type Answers, type CheckerRules, type Level,
} from '../../src/lib/checker/engine';
import { findCheckerErrors } from '../../src/lib/checker/rules';
import { stageRow } from '../../src/lib/checker/stageTable';
import { isChild, whoCanHelp } from '../../src/lib/checker/whoCanHelp';
import { findTypedPhoneNumbers } from '../../src/lib/phoneNumbers';
import { flattenKeys } from '../../src/lib/localeCheck';
import { gradeOfMdx } from '../../src/lib/readability';
import { checkerIndex, checkerLocale, checkerLocaleKeys, loadCheckerContent, serviceReach } from '../helpers/checker';

const { questions, entitlements, rules, schemaErrors } = loadCheckerContent();
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
    expect(rules.questions.map((q) => q.id)).toEqual([
      'nation', 'age', 'services-for', 'nrm', 'nrm-choice', 'immigration', 'public-funds', 'detention', 'housing', 'family', 'police', 'exploitation',
    ]);
    for (const question of rules.questions) expect(question.options).toContain(NOT_SURE);
    expect(rules.questions.find((q) => q.id === 'nrm')!.options).toEqual(['not-referred', 'waiting', 'positive-rg', 'positive-cg', 'negative-rg', 'negative-cg', 'not-sure']);
    expect(rules.questions.find((q) => q.id === 'immigration')!.options).toEqual(
      ['british-irish', 'settled', 'pre-settled', 'refugee', 'vts', 'other-leave', 'asylum', 'no-status', 'not-sure']);
    expect(rules.questions.filter((q) => q.multiple).map((q) => q.id)).toEqual(['exploitation']);
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

  it('matches an "all that apply" answer when any of its parts is listed', () => {
    expect(matches({ a: ['criminal'] }, { a: 'sexual+criminal' })).toBe(true);
    expect(matches({ a: ['work', 'domestic'] }, { a: 'sexual+criminal' })).toBe(false);
    const many = { id: 'a', options: ['x', 'y', 'z', NOT_SURE], multiple: true };
    expect(joinAnswers(many, ['z', 'x'])).toBe('x+z');
    expect(joinAnswers(many, ['x', NOT_SURE])).toBe(NOT_SURE);
    expect(joinAnswers(many, [])).toBeUndefined();
    expect(isValidAnswer(many, 'x+z')).toBe(true);
    expect(isValidAnswer(many, 'z+x')).toBe(false);
    expect(isValidAnswer(many, `x+${NOT_SURE}`)).toBe(false);
    expect(isValidAnswer({ ...many, multiple: false }, 'x+z')).toBe(false);
    expect(answersOf(many)).toEqual(['x', 'y', 'x+y', 'z', 'x+z', 'y+z', 'x+y+z', NOT_SURE]);
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
    expect(row.yes).toEqual([{ id: 'house', nations: [], depends: true, conditions: [{ question: 'home', answers: ['none'] }] }]);
    expect(row.maybe).toEqual([]);
  });
});

describe('every combination of answers, entitlement by entitlement (exhaustive)', { timeout: 120_000 }, () => {
  // An entitlement's result depends only on the questions its rules look at and the questions that decide whether
  // those are asked, so every combination of those answers is every combination that can change it.
  const optionsOf = new Map(rules.questions.map((q) => [q.id, q]));
  const byEntitlement = rules.entitlements.map((entitlement) => {
    const only = questionsDeciding(rules, entitlement);
    const byKey = new Map<string, Level | undefined>();
    const cases = [...allAnswerSets(rules, { only })].map((given) => {
      const { asked, answers } = activeState(rules, given);
      const result = evaluateEntitlement(entitlement, answers, asked);
      byKey.set(key(answers), result?.level);
      return { answers, result };
    });
    return { entitlement, only, cases, byKey };
  });
  const all = byEntitlement.flatMap(({ entitlement, cases }) => cases.map((c) => ({ id: entitlement.id, ...c })));

  it('covers each combination once, and only answers to questions that are asked', () => {
    for (const { entitlement, cases, byKey } of byEntitlement) {
      expect(cases.length, entitlement.id).toBeGreaterThan(0);
      expect(byKey.size, entitlement.id).toBe(cases.length);
    }
    expect(all.length).toBeGreaterThan(4_000);
    const multiple = rules.questions.find((q) => q.multiple)!;
    expect(answersOf(multiple)).toHaveLength(2 ** (multiple.options.length - 1));
  });

  it('never fails, and every result refers to a reason and to answers that were given', () => {
    const problems = new Set<string>();
    for (const { id, answers, result } of all) {
      if (!result) continue;
      if (!checkerLocaleKeys.has(result.because)) problems.add(`${id}: no reason text "${result.because}"`);
      for (const { question, answer } of result.basis) if (answers[question] !== answer) problems.add(`${id}: basis is not an answer given`);
    }
    expect([...problems]).toEqual([]);
  });

  it('gives each reason only in the nation it names', () => {
    const nationsOfReason: [RegExp, string[]][] = [
      [/Ew$/, ['england', 'wales']], [/Gb$/, ['england', 'wales', 'scotland']], [/Scotland$/, ['scotland']], [/Ni$/, ['ni']], [/England/, ['england']],
    ];
    const wrong = new Set<string>();
    for (const { id, answers, result } of all) {
      if (!result) continue;
      for (const [pattern, nations] of nationsOfReason) {
        if (pattern.test(result.because) && !nations.includes(answers.nation!)) wrong.add(`${id}: ${result.because} shown for ${answers.nation}`);
      }
    }
    expect([...wrong]).toEqual([]);
  });

  it('gives nobody NRM support as a "yes" before a referral and a yes on the first decision', () => {
    const nrmSupport = entitlements.filter((e) => e.nrmSupport).map((e) => e.id);
    expect(nrmSupport).toEqual(expect.arrayContaining(['nrm-support', 'safe-house', 'move-on']));
    const wrong = all.filter(({ id, answers, result }) => nrmSupport.includes(id) && result?.level === 'yes' &&
      ['not-referred', 'waiting', 'negative-rg', 'negative-cg', NOT_SURE].includes(answers.nrm!));
    expect(wrong.map(({ id, answers }) => [id, answers])).toEqual([]);
  });

  it('always gives a child, or anyone not sure of their age, the children\'s services route, and adults never', () => {
    const children = all.filter(({ id }) => id === 'children-services');
    expect(children.filter(({ answers }) => isChild(answers)).length).toBeGreaterThan(0);
    expect(children.filter(({ answers, result }) => isChild(answers) !== (result?.level === 'yes')).map(({ answers }) => answers)).toEqual([]);
  });

  it('treats "not sure" of age exactly like under 18', () => {
    const differences: string[] = [];
    for (const { entitlement, cases, byKey } of byEntitlement) {
      for (const { answers, result } of cases) {
        if (answers.age !== NOT_SURE) continue;
        if (byKey.get(key({ ...answers, age: 'under-18' })) !== result?.level) differences.push(`${entitlement.id}: ${key(answers)}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('never turns a "not sure" answer into a plain no', () => {
    const wrong = all.filter(({ result }) => result?.level === 'no' && result.basis.some((b) => b.answer === NOT_SURE)).map(({ id }) => id);
    expect(wrong).toEqual([]);
  });

  it('shows "ask an adviser" (or better) for a "not sure" answer whenever a real answer there would show help', () => {
    const wrong: string[] = [];
    const helps = (level: Level | undefined) => level === 'yes' || level === 'maybe';
    for (const { entitlement, cases, byKey } of byEntitlement) {
      for (const { answers, result } of cases) {
        for (const [id, answer] of Object.entries(answers)) {
          const question = optionsOf.get(id)!;
          if (answer !== NOT_SURE || question.treatNotSureAs) continue;
          for (const option of answersOf(question).filter((o) => o !== NOT_SURE)) {
            const other = byKey.get(key({ ...answers, [id]: option }));
            if (helps(other) && !helps(result?.level)) wrong.push(`${entitlement.id}: ${key(answers)} vs ${id}=${option}`);
          }
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('always offers the Helpline, to everyone', () => {
    expect(all.filter(({ id, result }) => id === 'helpline' && result?.level !== 'yes')).toEqual([]);
  });

  it('shows a result only once every asked question it depends on is answered (one question at a time)', () => {
    const problems: string[] = [];
    let states = 0;
    for (const { entitlement, only } of byEntitlement) {
      const depends = questionsOf(entitlement);
      const walk = (given: Record<string, string>) => {
        states += 1;
        const { asked, answers } = activeState(rules, given);
        const result = evaluateEntitlement(entitlement, answers, asked);
        const waiting = asked.filter((q) => only.has(q.id) && answers[q.id] === undefined);
        if (result && waiting.some((q) => depends.includes(q.id))) problems.push(`${entitlement.id} before ${key(answers)}`);
        const next = waiting[0];
        if (next) for (const option of answersOf(next)) walk({ ...answers, [next.id]: option });
      };
      walk({});
    }
    expect(states).toBeGreaterThan(5_000);
    expect(problems.slice(0, 5)).toEqual([]);
  });
});

describe('who can help, for every nation, age and choice of services', () => {
  const everything = { yes: [], maybe: rules.entitlements.map((e) => ({ id: e.id, level: 'maybe' as const, because: '', basis: [], notSure: false })) };
  const people = [...allAnswerSets(rules, { only: new Set(['nation', 'age', 'services-for']) })];

  it('lists only services that exist, serve the nation given, suit the person\'s age and the services they asked for', () => {
    expect(people.length).toBe(5 * (2 + 4));
    const problems = new Set<string>();
    for (const answers of people) {
      for (const helper of whoCanHelp(rules, everything, serviceReach, answers)) {
        const reach = serviceReach[helper.service];
        if (!reach) { problems.add(`unknown service ${helper.service}`); continue; }
        if (answers.nation !== NOT_SURE && !reach.nations.includes(answers.nation!)) problems.add(`${helper.service} does not serve ${answers.nation}`);
        if (isChild(answers) && reach.audience.every((a) => ['adults', 'women', 'men', 'workers', 'professionals'].includes(a))) problems.add(`${helper.service} is for adults, shown to a child`);
        if (answers['services-for'] === 'men' && reach.onlyFor === 'women') problems.add(`${helper.service} is for women, shown to someone who asked for men's services`);
        if (answers['services-for'] === 'women' && reach.onlyFor === 'men') problems.add(`${helper.service} is for men, shown to someone who asked for women's services`);
      }
    }
    expect([...problems]).toEqual([]);
  });

  it('still shows women-only and men-only services to people who asked for them, or did not say', () => {
    const shown = (answers: Answers) => whoCanHelp(rules, everything, serviceReach, answers).map((h) => h.service);
    expect(shown({ nation: 'scotland', age: 'adult', 'services-for': 'women' })).toContain('tara-scotland');
    expect(shown({ nation: 'scotland', age: 'adult', 'services-for': NOT_SURE })).toContain('tara-scotland');
    expect(shown({ nation: 'scotland', age: 'adult', 'services-for': 'men' })).not.toContain('tara-scotland');
    expect(shown({ nation: 'ni', age: 'adult', 'services-for': 'men' })).not.toContain('belfast-lisburn-womens-aid');
  });
});
