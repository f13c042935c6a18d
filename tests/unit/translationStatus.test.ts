import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/lib/contentHash';
import { translationState } from '../../src/lib/translationStatus';

describe('translation status', () => {
  const english = { title: 'Your rights', summary: 'What you can expect.', body: 'You can ask for an interpreter.' };
  const hash = contentHash(english);

  it('gives a short, stable hash that ignores spacing only', () => {
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(contentHash({ ...english, body: 'You  can ask for an\ninterpreter.' })).toBe(hash);
    expect(contentHash({ ...english, body: 'You can ask for a lawyer.' })).not.toBe(hash);
  });

  it('marks the states a reader is told about', () => {
    expect(translationState(true, hash, undefined)).toBe('source');
    expect(translationState(false, hash, undefined)).toBe('fallback');
    expect(translationState(false, hash, { translatedFrom: hash, status: 'machine' })).toBe('machine');
    expect(translationState(false, hash, { translatedFrom: hash, status: 'reviewed' })).toBe('reviewed');
    expect(translationState(false, hash, { translatedFrom: 'aaaaaaaaaaaa', status: 'reviewed' })).toBe('stale');
  });
});
