import { describe, expect, it } from 'vitest';
import { parseIsoDate, toIsoDate } from '../../src/lib/dates';
import {
  addFactLength, buildTimeline, problemsWith, ruleWording, KEY_DATE_IDS, TIMELINE_FACT_IDS, TIMELINE_NATIONS,
  type KeyDate, type KeyDateId, type TimelineAnswers, type TimelineFact, type TimelineFacts,
} from '../../src/lib/timeline';
import { loadFacts } from '../helpers/content';

/** The real facts from content/facts, as the timeline page hands them to the rules (as of the build day). */
const facts: Map<string, TimelineFact> = loadFacts();
const value = (id: string) => facts.get(id)!.value as number;
/** One fact changed on every day (its dated versions dropped, so the change is not undone by resolving it again). */
const withFact = (id: string, change: Partial<TimelineFact>): TimelineFacts =>
  new Map([...facts, [id, { ...facts.get(id)!, ...change, firstVersion: undefined, changes: undefined }]]);

const d = (iso: string) => parseIsoDate(iso)!;
function keyDate(answers: TimelineAnswers, id: KeyDateId, factMap: TimelineFacts = facts, today?: string): KeyDate | undefined {
  return buildTimeline(answers, factMap, today ? d(today) : undefined).keyDates.find((k) => k.id === id);
}
const dateOf = (k: KeyDate | undefined) => (k?.date ? toIsoDate(k.date) : undefined);

describe('the facts the timeline reads', () => {
  it('all exist, and the lengths it counts are in units it can count', () => {
    for (const id of TIMELINE_FACT_IDS) {
      const fact = facts.get(id);
      expect(fact, id).toBeDefined();
      expect(['days', 'weeks', 'months', 'years'], id).toContain(fact!.unit);
    }
  });
  it('are the values the brief gives (so the expected dates below mean something)', () => {
    expect([value('rg-decision-target-days'), value('ew-recovery-period-min-days'), value('scotland-support-period-max-days')]).toEqual([5, 30, 90]);
    expect([value('ni-support-period-min-days'), value('ew-move-on-min-days'), value('cica-time-limit-years')]).toEqual([45, 45, 2]);
    // The claim limit is changing (unconfirmed start), so it stays unverified; early conciliation is confirmed, 12 weeks since 1 December 2025.
    expect([facts.get('et-claim-time-limit-months')!.verified, facts.get('acas-early-conciliation-weeks')!.verified]).toEqual([false, true]);
  });
});

describe('adding a fact\'s length', () => {
  it('counts days, weeks, months and years, and refuses working days (no bank-holiday list ships)', () => {
    const start = d('2026-01-31');
    const fact = (value: number, unit: string): TimelineFact => ({ value, unit, verified: true, nations: ['ew'] });
    expect(toIsoDate(addFactLength(start, fact(30, 'days'))!)).toBe('2026-03-02');
    expect(toIsoDate(addFactLength(start, fact(6, 'weeks'))!)).toBe('2026-03-14');
    expect(toIsoDate(addFactLength(start, fact(1, 'months'))!)).toBe('2026-02-28');
    expect(toIsoDate(addFactLength(start, fact(2, 'years'))!)).toBe('2028-01-31');
    expect(addFactLength(start, fact(3, 'working-days'))).toBeUndefined();
    expect(addFactLength(start, { value: new Date(0), unit: 'date', verified: true, nations: ['ew'] })).toBeUndefined();
  });
});

describe('the first decision aim (from the referral date)', () => {
  it('is the referral date plus the target, in every nation, with no adviser warning', () => {
    for (const nation of TIMELINE_NATIONS) {
      const k = keyDate({ nation, referral: d('2026-02-26') }, 'first-decision-aim');
      expect(dateOf(k)).toBe('2026-03-03');
      expect(k).toMatchObject({ basis: 'target', askAdviser: false, factIds: ['rg-decision-target-days'] });
    }
  });
  it('gives no date, and sends to an adviser, if the target were not confirmed', () => {
    const k = keyDate({ nation: 'ew', referral: d('2026-02-26') }, 'first-decision-aim', withFact('rg-decision-target-days', { verified: false }));
    expect(k).toMatchObject({ basis: 'unverified', askAdviser: true });
    expect(k?.date).toBeUndefined();
  });
  it('is left out when no referral date is given', () => {
    expect(keyDate({ nation: 'ew' }, 'first-decision-aim')).toBeUndefined();
  });
});

describe('the end of the recovery period (from the first decision date)', () => {
  it('England and Wales: at the earliest, the first decision plus the minimum, even when a final decision is given', () => {
    expect(keyDate({ nation: 'ew', reasonableGrounds: d('2026-01-15') }, 'recovery-end')).toMatchObject({ basis: 'at-least', askAdviser: true });
    expect(dateOf(keyDate({ nation: 'ew', reasonableGrounds: d('2026-01-15') }, 'recovery-end'))).toBe('2026-02-14');
    expect(dateOf(keyDate({ nation: 'ew', reasonableGrounds: d('2028-02-15'), conclusiveGrounds: d('2029-01-01') }, 'recovery-end'))).toBe('2028-03-16');
  });
  it('Scotland: up to the limit after the first decision', () => {
    const k = keyDate({ nation: 'scotland', reasonableGrounds: d('2026-01-01') }, 'recovery-end');
    expect(k).toMatchObject({ basis: 'up-to', askAdviser: true, factIds: ['scotland-support-period-max-days'] });
    expect(dateOf(k)).toBe('2026-04-01');
  });
  it('Scotland: the final decision date when it comes first', () => {
    const k = keyDate({ nation: 'scotland', reasonableGrounds: d('2026-01-01'), conclusiveGrounds: d('2026-02-10') }, 'recovery-end');
    expect(k).toMatchObject({ basis: 'final-decision-first' });
    expect(dateOf(k)).toBe('2026-02-10');
  });
  it('Scotland: the limit when the final decision comes on the same day or later', () => {
    expect(keyDate({ nation: 'scotland', reasonableGrounds: d('2026-01-01'), conclusiveGrounds: d('2026-04-01') }, 'recovery-end')).toMatchObject({ basis: 'up-to' });
    expect(dateOf(keyDate({ nation: 'scotland', reasonableGrounds: d('2026-01-01'), conclusiveGrounds: d('2026-09-01') }, 'recovery-end'))).toBe('2026-04-01');
  });
  it('Northern Ireland: at least the minimum after the first decision', () => {
    const k = keyDate({ nation: 'ni', reasonableGrounds: d('2026-01-01') }, 'recovery-end');
    expect(k).toMatchObject({ basis: 'at-least', factIds: ['ni-support-period-min-days'] });
    expect(dateOf(k)).toBe('2026-02-15');
  });
  it('Northern Ireland: on until a later final decision', () => {
    const k = keyDate({ nation: 'ni', reasonableGrounds: d('2026-01-01'), conclusiveGrounds: d('2026-06-30') }, 'recovery-end');
    expect(k).toMatchObject({ basis: 'until-final-decision' });
    expect(dateOf(k)).toBe('2026-06-30');
  });
  it('Northern Ireland: the minimum when the final decision comes inside it', () => {
    expect(dateOf(keyDate({ nation: 'ni', reasonableGrounds: d('2026-01-01'), conclusiveGrounds: d('2026-01-20') }, 'recovery-end'))).toBe('2026-02-15');
  });
  it('ignores a final decision dated before the first decision, and says so', () => {
    const timeline = buildTimeline({ nation: 'scotland', reasonableGrounds: d('2026-03-01'), conclusiveGrounds: d('2026-02-01') }, facts);
    expect(timeline.problems).toContain('final-decision-before-first-decision');
    expect(dateOf(timeline.keyDates.find((k) => k.id === 'recovery-end'))).toBe('2026-05-30');
  });
});

describe('the end of move-on support (from the final decision date)', () => {
  it('England and Wales: at least the move-on minimum after a yes', () => {
    const k = keyDate({ nation: 'ew', conclusiveGrounds: d('2026-12-20') }, 'move-on-end');
    expect(k).toMatchObject({ basis: 'at-least', askAdviser: true, factIds: ['ew-move-on-min-days'] });
    expect(dateOf(k)).toBe('2027-02-03');
  });
  it('Scotland: no set time, so no date', () => {
    const k = keyDate({ nation: 'scotland', reasonableGrounds: d('2026-01-01'), conclusiveGrounds: d('2026-02-01') }, 'move-on-end');
    expect(k).toMatchObject({ basis: 'no-set-time', askAdviser: true });
    expect(k?.date).toBeUndefined();
  });
  it('Northern Ireland: a yes inside the first period keeps support to its end', () => {
    const k = keyDate({ nation: 'ni', reasonableGrounds: d('2026-01-01'), conclusiveGrounds: d('2026-02-01') }, 'move-on-end');
    expect(k).toMatchObject({ basis: 'end-of-first-period' });
    expect(dateOf(k)).toBe('2026-02-15');
  });
  it('Northern Ireland: a yes on the last day of the first period still counts as inside it', () => {
    expect(dateOf(keyDate({ nation: 'ni', reasonableGrounds: d('2026-01-01'), conclusiveGrounds: d('2026-02-15') }, 'move-on-end'))).toBe('2026-02-15');
  });
  it('Northern Ireland: a later yes, or no first decision date, gives no date (the further period has no set start)', () => {
    for (const answers of [
      { nation: 'ni' as const, reasonableGrounds: d('2026-01-01'), conclusiveGrounds: d('2026-02-16') },
      { nation: 'ni' as const, conclusiveGrounds: d('2026-02-01') },
    ]) {
      const k = keyDate(answers, 'move-on-end');
      expect(k).toMatchObject({ basis: 'further-period', askAdviser: true });
      expect(k?.date).toBeUndefined();
    }
  });
});

describe('the criminal injuries compensation time limit (from the date of the crime)', () => {
  it('England, Wales and Scotland: the usual limit after the crime, with exceptions (ask an adviser)', () => {
    for (const nation of ['ew', 'scotland'] as const) {
      const k = keyDate({ nation, crime: d('2025-06-10') }, 'compensation-limit');
      expect(k).toMatchObject({ basis: 'usual-limit', askAdviser: true, factIds: ['cica-time-limit-years'] });
      expect(dateOf(k)).toBe('2027-06-10');
    }
  });
  it('a crime on 29 February has its limit on 28 February', () => {
    expect(dateOf(keyDate({ nation: 'ew', crime: d('2024-02-29') }, 'compensation-limit'))).toBe('2026-02-28');
  });
  it('Northern Ireland has another scheme: no date, ask an adviser', () => {
    const k = keyDate({ nation: 'ni', crime: d('2025-06-10') }, 'compensation-limit');
    expect(k).toMatchObject({ basis: 'other-scheme', askAdviser: true });
    expect(k?.date).toBeUndefined();
  });
  it('says when the limit has passed', () => {
    expect(keyDate({ nation: 'ew', crime: d('2020-01-10') }, 'compensation-limit', facts, '2026-11-23')?.passed).toBe(true);
    expect(keyDate({ nation: 'ew', crime: d('2026-01-10') }, 'compensation-limit', facts, '2026-11-23')?.passed).toBe(false);
    expect(keyDate({ nation: 'ew', crime: d('2024-11-23') }, 'compensation-limit', facts, '2026-11-23')?.passed).toBe(false);
  });
});

describe('the employment tribunal time limit (from the date work ended)', () => {
  it('gives NO date while the limit and early conciliation facts are unverified, in every nation', () => {
    for (const nation of TIMELINE_NATIONS) {
      const k = keyDate({ nation, employmentEnded: d('2026-10-01') }, 'employment-claim-limit');
      expect(k?.date, nation).toBeUndefined();
      expect(k?.askAdviser).toBe(true);
    }
    expect(keyDate({ nation: 'ew', employmentEnded: d('2026-10-01') }, 'employment-claim-limit')?.basis).toBe('unverified');
    expect(keyDate({ nation: 'ni', employmentEnded: d('2026-10-01') }, 'employment-claim-limit')?.basis).toBe('other-scheme');
  });
  it('still gives no date if only one of the two facts is confirmed', () => {
    const acasUnconfirmed = { ...facts.get('acas-early-conciliation-weeks')!, verified: false, firstVersion: undefined, changes: undefined };
    const onlyClaim = new Map([...withFact('et-claim-time-limit-months', { verified: true }), ['acas-early-conciliation-weeks', acasUnconfirmed]]);
    expect(keyDate({ nation: 'ew', employmentEnded: d('2026-10-01') }, 'employment-claim-limit', onlyClaim)?.date).toBeUndefined();
  });
  it('once both are confirmed, gives the limit before conciliation: the months, less one day', () => {
    const confirmed = new Map([...withFact('et-claim-time-limit-months', { verified: true }), ['acas-early-conciliation-weeks', { ...facts.get('acas-early-conciliation-weeks')!, verified: true, firstVersion: undefined, changes: undefined }]]);
    const k = keyDate({ nation: 'scotland', employmentEnded: d('2026-03-01') }, 'employment-claim-limit', confirmed);
    expect(k).toMatchObject({ basis: 'before-conciliation', askAdviser: true });
    expect(dateOf(k)).toBe('2026-05-31');
    expect(keyDate({ nation: 'ni', employmentEnded: d('2026-03-01') }, 'employment-claim-limit', confirmed)?.date).toBeUndefined();
  });
});

describe('the whole timeline', () => {
  it('lists the key dates in a fixed order, only for the dates given', () => {
    const all = buildTimeline({
      nation: 'ew', referral: d('2026-01-05'), reasonableGrounds: d('2026-01-12'), conclusiveGrounds: d('2026-09-01'),
      crime: d('2025-08-01'), employmentEnded: d('2025-07-31'),
    }, facts);
    expect(all.keyDates.map((k) => k.id)).toEqual([...KEY_DATE_IDS]);
    expect(all.problems).toEqual([]);
    expect(buildTimeline({ nation: 'ew', crime: d('2025-08-01') }, facts).keyDates.map((k) => k.id)).toEqual(['compensation-limit']);
    expect(buildTimeline({ nation: 'ew' }, facts).keyDates).toEqual([]);
  });
  it('finds dates in the wrong order, and dates in the future', () => {
    expect(problemsWith({ nation: 'ew', referral: d('2026-02-01'), reasonableGrounds: d('2026-01-01') })).toEqual(['first-decision-before-referral']);
    expect(problemsWith({ nation: 'ew', crime: d('2026-12-01') }, d('2026-11-23'))).toEqual(['date-in-future']);
    expect(problemsWith({ nation: 'ew', crime: d('2026-11-23') }, d('2026-11-23'))).toEqual([]);
  });
  it('throws, naming the file, when a fact it needs is missing', () => {
    const missing = new Map(facts);
    missing.delete('cica-time-limit-years');
    expect(() => buildTimeline({ nation: 'ew', crime: d('2025-01-01') }, missing)).toThrow('content/facts/cica-time-limit-years.yaml');
  });
});

describe('the rules in words (the page without JavaScript)', () => {
  it('picks the wording each nation gets', () => {
    expect(ruleWording('recovery-end', 'scotland', facts)).toBe('rule');
    expect(ruleWording('move-on-end', 'scotland', facts)).toBe('no-set-time');
    expect(ruleWording('move-on-end', 'ni', facts)).toBe('rule');
    expect(ruleWording('compensation-limit', 'ni', facts)).toBe('other-scheme');
    expect(ruleWording('employment-claim-limit', 'ew', facts)).toBe('unverified');
    expect(ruleWording('employment-claim-limit', 'ni', facts)).toBe('other-scheme');
    expect(ruleWording('recovery-end', 'ew', withFact('ew-recovery-period-min-days', { verified: false }))).toBe('unverified');
  });
});
