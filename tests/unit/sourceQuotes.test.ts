import { describe, expect, it } from 'vitest';
import { quotesBySource } from '../../src/lib/sourceQuotes';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the words each source gave us', () => {
  const facts = new Map([
    ['limit', {
      label: 'A time limit', quote: 'up to six weeks', quoteFrom: 'law', seen: day('2026-12-07'), sourceDate: day('2025-11-04'),
      firstVersion: { quote: 'up to six weeks', quoteFrom: 'law', seen: day('2026-12-07') },
      changes: [{ quote: 'up to 12 weeks from 1 December', quoteFrom: 'law', seen: day('2026-12-07') }],
    }],
    ['unquoted', { label: 'An unverified fact' }],
  ]);
  const services = new Map([
    ['helpline', { name: 'A helpline', contacts: [
      { quote: '0800 000 000, 24/7', quoteFrom: 'site', sourceVersion: 'undated web page', seen: day('2026-12-01') },
      { quote: '0800 000 000, 24/7', quoteFrom: 'site', seen: day('2026-12-01') },
      { quote: 'www.example.org', quoteFrom: 'law' },
    ] }],
  ]);
  const quotes = quotesBySource(facts, services);

  it('lists every version of a fact under the source it quotes, and each contact under its own', () => {
    expect(quotes.get('law')?.map((entry) => `${entry.ref}: ${entry.quote}`)).toEqual([
      'facts/limit: up to six weeks',
      'facts/limit: up to 12 weeks from 1 December',
      'services/helpline: www.example.org',
    ]);
    expect(quotes.get('site')).toEqual([{ quote: '0800 000 000, 24/7', what: 'A helpline', ref: 'services/helpline', seen: day('2026-12-01'), sourceDate: undefined, sourceVersion: 'undated web page' }]);
  });
  it('leaves out what has no quote', () => {
    expect([...quotes.values()].flat().some((entry) => entry.ref === 'facts/unquoted')).toBe(false);
    expect([...quotes.keys()].sort()).toEqual(['law', 'site']);
  });
});
