import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/lib/timeline';
import { parseIsoDate } from '../../src/lib/dates';
import { loadFacts } from '../helpers/content';

// The real content/facts, read "as of" a day before and a day after a dated change: Acas early conciliation went
// from up to 6 weeks to up to 12 weeks on 1 December 2025 (content/facts/acas-early-conciliation-weeks.yaml).
const day = (iso: string) => parseIsoDate(iso)!;
const before = loadFacts(day('2025-11-30'));
const after = loadFacts(day('2025-12-01'));
const today = loadFacts(day('2026-12-07'));

describe('the site as of a day before and after a dated change', () => {
  it('states the old value the day before the change, and the new one from its first day', () => {
    expect(before.get('acas-early-conciliation-weeks')).toMatchObject({ value: 6, verified: true, qualifier: 'maximum' });
    expect(after.get('acas-early-conciliation-weeks')).toMatchObject({ value: 12, verified: true, qualifier: 'maximum' });
    expect(today.get('acas-early-conciliation-weeks')!.value).toBe(12);
  });
  it('gives each version its own words, from the source', () => {
    expect(before.get('acas-early-conciliation-weeks')!.note).toMatch(/before 1 December 2025/);
    expect(after.get('acas-early-conciliation-weeks')!.note).toMatch(/on or after 1 December 2025/);
    expect(after.get('acas-early-conciliation-weeks')!.inForceFrom?.toISOString().slice(0, 10)).toBe('2025-12-01');
  });
  it('leaves facts without changes the same on both sides', () => {
    expect(before.get('ew-recovery-period-min-days')!.value).toBe(after.get('ew-recovery-period-min-days')!.value);
  });
  it('keeps a changing law unstated on both sides: "ask an adviser now", neither number', () => {
    for (const facts of [before, after, today]) {
      expect(facts.get('et-claim-time-limit-months')).toMatchObject({ verified: false, state: 'changing' });
      const k = buildTimeline({ nation: 'ew', employmentEnded: day('2026-03-01') }, facts).keyDates.find((key) => key.id === 'employment-claim-limit');
      expect(k).toMatchObject({ basis: 'unverified', askAdviser: true });
      expect(k?.date).toBeUndefined();
    }
  });
});
