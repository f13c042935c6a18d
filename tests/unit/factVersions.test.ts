import { describe, expect, it } from 'vitest';
import { asOfDay, changesInOrder, factOnDay, factsOnDay, nextChange, type DatedFact } from '../../src/lib/factVersions';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A law that commences: three months until 1 October 2026, six from then, and a later change still to come. */
const limit: DatedFact & { unit: string; label: string } = {
  value: 3,
  unit: 'months',
  label: 'A claim time limit',
  verified: true,
  quote: 'the time limit is three months',
  quoteFrom: 'old-law',
  changes: [
    { from: day('2027-04-06'), value: 9, verified: false, note: 'proposed' },
    { from: day('2026-10-01'), value: 6, verified: true, quote: 'the time limit is six months', quoteFrom: 'new-law', qualifier: 'maximum' },
  ],
};

describe('the version of a fact in force on a day', () => {
  it('holds the first value until the day before the first change', () => {
    const before = factOnDay(limit, day('2026-09-30'));
    expect(before.value).toBe(3);
    expect(before.quote).toBe('the time limit is three months');
    expect(before.inForceFrom).toBeUndefined();
  });
  it('takes the change from its own day, with its own words, and keeps what does not change', () => {
    const on = factOnDay(limit, day('2026-10-01'));
    expect(on.value).toBe(6);
    expect(on.quote).toBe('the time limit is six months');
    expect(on.quoteFrom).toBe('new-law');
    expect(on.qualifier).toBe('maximum');
    expect(on.inForceFrom?.toISOString().slice(0, 10)).toBe('2026-10-01');
    expect(on.unit).toBe('months');
    expect(on.label).toBe('A claim time limit');
  });
  it('does not carry words from an earlier version into a change that has none', () => {
    const later = factOnDay(limit, day('2027-05-01'));
    expect(later.value).toBe(9);
    expect(later.verified).toBe(false);
    expect(later.quote).toBeUndefined();
    expect(later.qualifier).toBeUndefined();
  });
  it('reads the changes in date order, whatever order the file lists them in', () => {
    expect(changesInOrder(limit).map((change) => change.value)).toEqual([6, 9]);
    expect(factOnDay(limit, day('2026-12-07')).value).toBe(6);
  });
  it('can be resolved again for another day, from the same first version', () => {
    const now = factOnDay(limit, day('2026-12-07'));
    expect(factOnDay(now, day('2026-01-01')).value).toBe(3);
    expect(factOnDay(now, day('2026-01-01')).quote).toBe('the time limit is three months');
  });
  it('leaves a fact without changes as it is', () => {
    const plain = { value: 30, verified: true, unit: 'days' };
    expect(factOnDay(plain, day('2026-12-07'))).toMatchObject(plain);
  });
  it('names the next change, if any', () => {
    expect(nextChange(limit, day('2026-09-30'))?.value).toBe(6);
    expect(nextChange(limit, day('2026-10-01'))?.value).toBe(9);
    expect(nextChange(limit, day('2027-04-06'))).toBeUndefined();
  });
  it('resolves a whole map of facts', () => {
    const map = factsOnDay(new Map([['limit', limit]]), day('2026-11-01'));
    expect(map.get('limit')?.value).toBe(6);
  });
});

describe('the "as of" day', () => {
  const now = new Date('2026-12-07T15:30:00Z');
  it('is today when nothing is set', () => {
    expect(asOfDay(undefined, now).toISOString()).toBe('2026-12-07T00:00:00.000Z');
    expect(asOfDay('  ', now).toISOString()).toBe('2026-12-07T00:00:00.000Z');
  });
  it('reads YYYY-MM-DD', () => {
    expect(asOfDay('2026-09-30', now).toISOString()).toBe('2026-09-30T00:00:00.000Z');
  });
  it('refuses anything that is not a real date', () => {
    for (const bad of ['2026-02-30', '30/09/2026', 'tomorrow', '2026-9-30']) expect(() => asOfDay(bad, now), bad).toThrow(/WAYMARK_AS_OF/);
  });
});
