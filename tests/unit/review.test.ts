import { describe, expect, it } from 'vitest';
import { dueForReview, reviewDates, reviewReport, serviceNeedsCheck, type ReviewInput } from '../../src/lib/review';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const input: ReviewInput = {
  facts: new Map([
    ['settled', { file: 'content/facts/settled.yaml', checked: day('2026-01-10'), verified: true, sources: ['law'], quoteFrom: 'law', seen: day('2026-01-10') }],
    ['changing', { file: 'content/facts/changing.yaml', checked: day('2026-11-01'), verified: false, state: 'changing', sources: ['news'] }],
    ['dated', {
      file: 'content/facts/dated.yaml', checked: day('2026-12-01'), verified: true, sources: ['law'],
      changes: [{ from: day('2027-01-15'), quoteFrom: 'law', seen: day('2026-12-01') }],
    }],
    ['took-effect', {
      file: 'content/facts/took-effect.yaml', checked: day('2026-12-02'), verified: true, sources: ['law'],
      changes: [{ from: day('2025-12-01'), quoteFrom: 'law', seen: day('2026-12-02') }],
    }],
  ]),
  services: new Map([
    ['old', { file: 'content/services/old.yaml', checked: day('2025-12-01'), sources: ['site'], contacts: [{ quoteFrom: 'site', seen: day('2025-11-30') }] }],
    ['new', { file: 'content/services/new.yaml', checked: day('2026-12-01'), sources: ['site'], contacts: [] }],
  ]),
  sources: new Map([
    ['law', { file: 'content/sources/law.yaml' }],
    ['site', { file: 'content/sources/site.yaml' }],
    ['never', { file: 'content/sources/never.yaml' }],
  ]),
  dated: [{ kind: 'page', id: 'rights/index', file: 'content/pages/en/rights/index.mdx', reviewBy: day('2027-03-01') }],
};

describe('the review cycle', () => {
  const today = day('2026-12-07');
  const due = dueForReview(reviewDates(input), today);

  it('lists what is overdue or due within 60 days, oldest first, with its file', () => {
    expect(due.map((item) => `${item.due.toISOString().slice(0, 10)} ${item.kind} ${item.id} ${item.file}`)).toEqual([
      '2026-11-30 source site content/sources/site.yaml',
      '2026-12-01 service old content/services/old.yaml',
      '2027-01-10 fact settled content/facts/settled.yaml',
      '2027-01-15 fact dated content/facts/dated.yaml',
      '2027-02-01 fact changing content/facts/changing.yaml',
    ]);
  });
  it('leaves out what falls due later, and sources nothing quotes', () => {
    const ids = due.map((item) => item.id);
    expect(ids).not.toContain('new');
    expect(ids).not.toContain('rights/index');
    expect(ids).not.toContain('never');
    // its change took effect before it was last checked, and its own review is a year after that check
    expect(ids).not.toContain('took-effect');
  });
  it('takes a source from the newest quote read from it', () => {
    const law = reviewDates(input).find((item) => item.id === 'law');
    expect(law?.reason).toBe('last quote read 2026-12-02');
    expect(law?.due?.toISOString().slice(0, 10)).toBe('2027-12-02');
  });
  it('prints overdue items as overdue, and names the sources nothing quotes', () => {
    const report = reviewReport(reviewDates(input), today);
    expect(report).toContain('2026-12-01 overdue  service old  content/services/old.yaml');
    expect(report).toContain('2027-01-15  fact dated  content/facts/dated.yaml  (a new value takes effect 2027-01-15');
    expect(report).toContain('1 sources have no quote taken from them yet: never.');
  });
});

describe('a service not checked for 12 months', () => {
  it('needs a check from the same day a year on', () => {
    expect(serviceNeedsCheck({ checked: day('2025-12-07') }, day('2026-12-06'))).toBe(false);
    expect(serviceNeedsCheck({ checked: day('2025-12-07') }, day('2026-12-07'))).toBe(true);
  });
});
