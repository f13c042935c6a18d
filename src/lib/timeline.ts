/**
 * The personal timeline's rules: from the dates on a reader's letters and their nation, the key dates that follow.
 * Every length comes from content/facts (passed in), never from this file. A rule whose fact is unverified gives
 * no date, only "ask an adviser". Each rule uses its facts as they stood on the date the reader entered (a fact can
 * change on a date: factVersions.ts). Pure: the timeline page runs it in the browser, on the device.
 */
import { addDays, addMonths, addYears, compareDates, type CalendarDate } from './dates';
import { factOnDay, type FactChange, type FactVersion } from './factVersions';

export const TIMELINE_NATIONS = ['ew', 'scotland', 'ni'] as const;
export type TimelineNation = (typeof TIMELINE_NATIONS)[number];

/** The part of a fact the rules need; `changes` (and `firstVersion`, once resolved) let a rule use another day's value. */
export interface TimelineFact {
  value: number | Date | string;
  unit: string;
  verified: boolean;
  nations: readonly string[];
  changes?: readonly FactChange[] | undefined;
  firstVersion?: FactVersion | undefined;
}
export type TimelineFacts = ReadonlyMap<string, TimelineFact>;

export interface TimelineAnswers {
  nation: TimelineNation;
  referral?: CalendarDate | undefined;
  reasonableGrounds?: CalendarDate | undefined;
  conclusiveGrounds?: CalendarDate | undefined;
  crime?: CalendarDate | undefined;
  employmentEnded?: CalendarDate | undefined;
}

export const KEY_DATE_IDS = ['first-decision-aim', 'recovery-end', 'move-on-end', 'compensation-limit', 'employment-claim-limit'] as const;
export type KeyDateId = (typeof KEY_DATE_IDS)[number];

/**
 * Why a key date is what it is; the page shows the words for it.
 * - target: an aim, not a promise · at-least: the earliest end · up-to: the latest the duty lasts
 * - final-decision-first: the final decision came before the limit · until-final-decision: support ran to it
 * - end-of-first-period: support runs to the end of the first period · usual-limit: a time limit with exceptions
 * - before-conciliation: a claim limit before any extension by early conciliation
 * - no date: no-set-time, further-period, other-scheme (this nation has another scheme), unverified (the rule is not
 *   confirmed, so no date is given), cannot-count (a length in working days: no sourced bank-holiday list ships)
 */
export type KeyDateBasis =
  | 'target' | 'at-least' | 'up-to' | 'final-decision-first' | 'until-final-decision' | 'end-of-first-period'
  | 'usual-limit' | 'before-conciliation' | 'no-set-time' | 'further-period' | 'other-scheme' | 'unverified'
  | 'cannot-count';

export interface KeyDate {
  id: KeyDateId;
  nation: TimelineNation;
  basis: KeyDateBasis;
  /** Absent when the rule gives no date (see basis). */
  date?: CalendarDate;
  /** True when the date is before today. */
  passed: boolean;
  /** Facts the rule read, for its sources and "checked" dates. */
  factIds: string[];
  /** The rule has exceptions or is not confirmed: tell the reader to ask an adviser. */
  askAdviser: boolean;
}

export type TimelineProblem = 'first-decision-before-referral' | 'final-decision-before-first-decision' | 'date-in-future';

export interface Timeline {
  keyDates: KeyDate[];
  problems: TimelineProblem[];
}

/** The facts each rule reads, per nation; the first is the length its words state. */
export const RULE_FACTS: Record<KeyDateId, Record<TimelineNation, string[]>> = {
  'first-decision-aim': { ew: ['rg-decision-target-days'], scotland: ['rg-decision-target-days'], ni: ['rg-decision-target-days'] },
  'recovery-end': { ew: ['ew-recovery-period-min-days'], scotland: ['scotland-support-period-max-days'], ni: ['ni-support-period-min-days'] },
  'move-on-end': { ew: ['ew-move-on-min-days'], scotland: [], ni: ['ni-after-cg-support-max-months', 'ni-support-period-min-days'] },
  'compensation-limit': { ew: ['cica-time-limit-years'], scotland: ['cica-time-limit-years'], ni: ['cica-time-limit-years'] },
  'employment-claim-limit': {
    ew: ['et-claim-time-limit-months', 'acas-early-conciliation-weeks'],
    scotland: ['et-claim-time-limit-months', 'acas-early-conciliation-weeks'],
    ni: ['et-claim-time-limit-months', 'acas-early-conciliation-weeks'],
  },
};

/** Every fact the timeline reads. */
export const TIMELINE_FACT_IDS: string[] = [...new Set(Object.values(RULE_FACTS).flatMap((byNation) => Object.values(byNation).flat()))];

function factOf(facts: TimelineFacts, id: string): TimelineFact {
  const fact = facts.get(id);
  if (!fact) throw new Error(`the timeline needs the fact "${id}" (content/facts/${id}.yaml)`);
  return fact;
}

/** The date a fact's length after `date`; undefined for a unit the timeline cannot count (see dates.ts on working days). */
export function addFactLength(date: CalendarDate, fact: TimelineFact): CalendarDate | undefined {
  if (typeof fact.value !== 'number') return undefined;
  switch (fact.unit) {
    case 'days': return addDays(date, fact.value);
    case 'weeks': return addDays(date, fact.value * 7);
    case 'months': return addMonths(date, fact.value);
    case 'years': return addYears(date, fact.value);
    default: return undefined;
  }
}

/** Whether a fact may be used to give this nation a date: confirmed, and about this nation's system. */
export function usableFor(fact: TimelineFact, nation: TimelineNation): boolean {
  return fact.verified && fact.nations.includes(nation);
}

interface RuleInput {
  answers: TimelineAnswers;
  facts: TimelineFacts;
  /** The final decision date, when it is consistent with the first decision. */
  conclusiveGrounds: CalendarDate | undefined;
}
type RuleOutcome = { basis: KeyDateBasis; date?: CalendarDate | undefined };

const isBefore = (a: CalendarDate, b: CalendarDate) => compareDates(a, b) < 0;

/** A rule that adds one fact's length to a date the reader gave. */
function lengthAfter(start: CalendarDate, fact: TimelineFact, nation: TimelineNation, basis: KeyDateBasis): RuleOutcome {
  if (!usableFor(fact, nation)) return { basis: 'unverified' };
  const date = addFactLength(start, fact);
  if (date) return { basis, date };
  return { basis: fact.unit === 'working-days' ? 'cannot-count' : 'unverified' };
}

/** The facts as they stood on `day`, so a rule applies the law in force on the date the reader entered. */
export function timelineFactsOn(facts: TimelineFacts, day: CalendarDate): TimelineFacts {
  return new Map([...facts].map(([id, fact]) => [id, factOnDay(fact, day)]));
}

const RULES: Record<KeyDateId, { needs: (answers: TimelineAnswers) => CalendarDate | undefined; apply: (start: CalendarDate, input: RuleInput) => RuleOutcome }> = {
  'first-decision-aim': {
    needs: (answers) => answers.referral,
    apply: (referral, { answers, facts }) => lengthAfter(referral, factOf(facts, 'rg-decision-target-days'), answers.nation, 'target'),
  },
  'recovery-end': {
    needs: (answers) => answers.reasonableGrounds,
    apply: (rg, { answers, facts, conclusiveGrounds: cg }) => {
      const { nation } = answers;
      if (nation === 'ew') return lengthAfter(rg, factOf(facts, 'ew-recovery-period-min-days'), nation, 'at-least');
      if (nation === 'scotland') {
        // The duty ends at the earlier of the limit and the final decision.
        const limit = lengthAfter(rg, factOf(facts, 'scotland-support-period-max-days'), nation, 'up-to');
        if (limit.date && cg && isBefore(cg, limit.date)) return { basis: 'final-decision-first', date: cg };
        return limit;
      }
      // Northern Ireland: at least the first period, and on until the final decision.
      const minimum = lengthAfter(rg, factOf(facts, 'ni-support-period-min-days'), nation, 'at-least');
      if (minimum.date && cg && isBefore(minimum.date, cg)) return { basis: 'until-final-decision', date: cg };
      return minimum;
    },
  },
  'move-on-end': {
    needs: (answers) => answers.conclusiveGrounds,
    apply: (cgGiven, { answers, facts, conclusiveGrounds: cg }) => {
      const { nation } = answers;
      if (nation === 'ew') return lengthAfter(cgGiven, factOf(facts, 'ew-move-on-min-days'), nation, 'at-least');
      if (nation === 'scotland') return { basis: 'no-set-time' };
      // Northern Ireland: a yes inside the first period keeps support to its end; any further period has no set start.
      const further = factOf(facts, 'ni-after-cg-support-max-months');
      const noDate: RuleOutcome = { basis: usableFor(further, nation) ? 'further-period' : 'unverified' };
      if (!answers.reasonableGrounds || !cg) return noDate;
      // The first period is the one in force on the first decision's date.
      const firstPeriodFact = factOnDay(factOf(facts, 'ni-support-period-min-days'), answers.reasonableGrounds);
      const firstPeriod = lengthAfter(answers.reasonableGrounds, firstPeriodFact, nation, 'end-of-first-period');
      if (firstPeriod.date && !isBefore(firstPeriod.date, cg)) return firstPeriod;
      return noDate;
    },
  },
  'compensation-limit': {
    needs: (answers) => answers.crime,
    apply: (crime, { answers, facts }) => {
      const fact = factOf(facts, 'cica-time-limit-years');
      if (!fact.nations.includes(answers.nation)) return { basis: 'other-scheme' };
      return lengthAfter(crime, fact, answers.nation, 'usual-limit');
    },
  },
  'employment-claim-limit': {
    needs: (answers) => answers.employmentEnded,
    apply: (ended, { answers, facts }) => {
      const claim = factOf(facts, 'et-claim-time-limit-months');
      const conciliation = factOf(facts, 'acas-early-conciliation-weeks');
      if (!claim.nations.includes(answers.nation)) return { basis: 'other-scheme' };
      if (!usableFor(claim, answers.nation) || !usableFor(conciliation, answers.nation)) return { basis: 'unverified' };
      // Only once both facts are confirmed: the claim limit is "less one day" (fact note), before any conciliation extension.
      const limit = addFactLength(ended, claim);
      return limit ? { basis: 'before-conciliation', date: addDays(limit, -1) } : { basis: 'unverified' };
    },
  },
};

/** Rules without a date, or with exceptions, send the reader to an adviser; only the decision aim does not. */
const ASK_ADVISER: Record<KeyDateId, boolean> = {
  'first-decision-aim': false,
  'recovery-end': true,
  'move-on-end': true,
  'compensation-limit': true,
  'employment-claim-limit': true,
};

/** Problems with the dates given, in the order the reader should fix them. */
export function problemsWith(answers: TimelineAnswers, today?: CalendarDate): TimelineProblem[] {
  const problems: TimelineProblem[] = [];
  const { referral, reasonableGrounds: rg, conclusiveGrounds: cg } = answers;
  if (referral && rg && isBefore(rg, referral)) problems.push('first-decision-before-referral');
  if (rg && cg && isBefore(cg, rg)) problems.push('final-decision-before-first-decision');
  const given = [referral, rg, cg, answers.crime, answers.employmentEnded].filter((date): date is CalendarDate => date !== undefined);
  if (today && given.some((date) => isBefore(today, date))) problems.push('date-in-future');
  return problems;
}

/** The key dates that follow from the reader's answers, in a fixed order, with any problems in the answers. */
export function buildTimeline(answers: TimelineAnswers, facts: TimelineFacts, today?: CalendarDate): Timeline {
  const problems = problemsWith(answers, today);
  // A final decision dated before the first one is a typing slip: do not let it move the recovery dates.
  const conclusiveGrounds = problems.includes('final-decision-before-first-decision') ? undefined : answers.conclusiveGrounds;
  const keyDates: KeyDate[] = [];
  for (const id of KEY_DATE_IDS) {
    const rule = RULES[id];
    const start = rule.needs(answers);
    if (!start) continue;
    const outcome = rule.apply(start, { answers, facts: timelineFactsOn(facts, start), conclusiveGrounds });
    const keyDate: KeyDate = {
      id,
      nation: answers.nation,
      basis: outcome.basis,
      passed: Boolean(outcome.date && today && isBefore(outcome.date, today)),
      factIds: RULE_FACTS[id][answers.nation],
      askAdviser: ASK_ADVISER[id] || !outcome.date,
    };
    if (outcome.date) keyDate.date = outcome.date;
    keyDates.push(keyDate);
  }
  return { keyDates, problems };
}

/**
 * The basis the rule takes in words, for a page without JavaScript: which wording of a rule applies to a nation
 * before any dates are known (a date, no set time, another scheme, or unverified).
 */
export function ruleWording(id: KeyDateId, nation: TimelineNation, facts: TimelineFacts): 'rule' | 'no-set-time' | 'other-scheme' | 'unverified' {
  if (id === 'move-on-end' && nation === 'scotland') return 'no-set-time';
  if (id === 'compensation-limit' && !factOf(facts, 'cica-time-limit-years').nations.includes(nation)) return 'other-scheme';
  if (id === 'employment-claim-limit' && !factOf(facts, 'et-claim-time-limit-months').nations.includes(nation)) return 'other-scheme';
  // Northern Ireland's move-on words state only the further period; the first period has its own rule.
  const needed = id === 'move-on-end' && nation === 'ni' ? RULE_FACTS[id][nation].slice(0, 1) : RULE_FACTS[id][nation];
  return needed.every((factId) => usableFor(factOf(facts, factId), nation)) ? 'rule' : 'unverified';
}
