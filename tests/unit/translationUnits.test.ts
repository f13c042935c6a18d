import { describe, expect, it } from 'vitest';
import {
  englishWordsOf, kindStatus, overlayWords, translationState, uiFamilyOf, uiTranslations, uiUnits, unitHash,
} from '../../src/lib/translationUnits';

describe('the version of an English unit', () => {
  const page = { title: 'Your rights', summary: 'What you can expect.', body: 'You can ask for an interpreter.', sources: ['msa-2015'] };
  const hash = unitHash(englishWordsOf.page(page));

  it('is 12 hex characters that change with the words, not with line wrapping', () => {
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(unitHash(englishWordsOf.page({ ...page, body: 'You  can ask for an\ninterpreter.' }))).toBe(hash);
    expect(unitHash(englishWordsOf.page({ ...page, body: 'You can ask for a lawyer.' }))).not.toBe(hash);
  });

  it('changes with the sources and nations a page stands on, which every language shows from English', () => {
    expect(unitHash(englishWordsOf.page({ ...page, sources: ['msa-2015', 'hteas-2015'] }))).not.toBe(hash);
    expect(unitHash(englishWordsOf.page({ ...page, nations: ['scotland'] }))).not.toBe(hash);
  });

  it('is the same for a file as written and as validated (fields at their default left out)', () => {
    const asWritten = { title: 'T', summary: 'S', stages: [{ id: 'a', label: 'A' }] };
    const asValidated = { title: 'T', summary: 'S', stages: [{ id: 'a', label: 'A', services: [], terms: [] }], compare: undefined };
    expect(unitHash(englishWordsOf.journey(asWritten))).toBe(unitHash(englishWordsOf.journey(asValidated)));
  });

  it('of a service covers its description and the words beside each contact', () => {
    const service = { description: 'A free helpline.', contacts: [{ note: 'Free to call.' }, {}] };
    const base = unitHash(englishWordsOf.service(service));
    expect(unitHash(englishWordsOf.service({ ...service, contacts: [{ note: 'Free to call from a mobile.' }, {}] }))).not.toBe(base);
    expect(unitHash(englishWordsOf.service({ ...service, contacts: [{ note: 'Free to call.' }, { hours: 'Daytime' }] }))).not.toBe(base);
  });
});

describe('the state of a translation', () => {
  it('says what the reader is told about', () => {
    expect(translationState(true, 'aaaaaaaaaaaa', undefined)).toBe('source');
    expect(translationState(false, 'aaaaaaaaaaaa', undefined)).toBe('fallback');
    expect(translationState(false, 'aaaaaaaaaaaa', { translatedFrom: 'aaaaaaaaaaaa', status: 'machine' })).toBe('machine');
    expect(translationState(false, 'aaaaaaaaaaaa', { translatedFrom: 'aaaaaaaaaaaa', status: 'checked' })).toBe('checked');
    expect(translationState(false, 'aaaaaaaaaaaa', { translatedFrom: 'aaaaaaaaaaaa', status: 'reviewed' })).toBe('reviewed');
    expect(translationState(false, 'aaaaaaaaaaaa', { translatedFrom: 'bbbbbbbbbbbb', status: 'reviewed' })).toBe('stale');
  });

  it('counts each kind: current by status, stale and missing, naming the stale and missing units', () => {
    const english = new Map([['a', 'h1'], ['b', 'h2'], ['c', 'h3'], ['d', 'h4']]);
    const translations = new Map([
      ['a', { translatedFrom: 'h1', status: 'machine' as const }],
      ['b', { translatedFrom: 'h2', status: 'checked' as const }],
      ['c', { translatedFrom: 'old', status: 'reviewed' as const }],
    ]);
    expect(kindStatus('page', false, { english, translations })).toEqual({
      kind: 'page', total: 4, current: 2, machine: 1, checked: 1, reviewed: 0, stale: 1, missing: 1, staleIds: ['c'], missingIds: ['d'],
    });
  });
});

describe('UI strings as units', () => {
  const english = { common: { 'site.name': 'Waymark', 'fact.days_one': '{{value}} day', 'fact.days_other': '{{value}} days' } };

  it('count plural forms once, as one family', () => {
    expect(uiFamilyOf('fact.days_other')).toBe('fact.days');
    expect([...uiUnits(english).keys()]).toEqual(['common:site.name', 'common:fact.days']);
  });

  it('are current when the record holds the English hash, stale when it is missing or old', () => {
    const units = uiUnits(english);
    const arabic = { common: { 'site.name': 'وايمارك', 'fact.days_zero': '…', 'fact.days_other': '…' } };
    const record = { common: { status: 'machine' as const, keys: { 'site.name': units.get('common:site.name')! } } };
    const translations = uiTranslations(arabic, record);
    expect(translationState(false, units.get('common:site.name')!, translations.get('common:site.name'))).toBe('machine');
    expect(translationState(false, units.get('common:fact.days')!, translations.get('common:fact.days'))).toBe('stale');
    expect(translationState(false, units.get('common:fact.days')!, uiTranslations({}, record).get('common:fact.days'))).toBe('fallback');
  });

  it('take their own status where one string was checked and the rest of its namespace was not', () => {
    const units = uiUnits(english);
    const arabic = { common: { 'site.name': 'وايمارك', 'fact.days_other': '…' } };
    const keys = { 'site.name': units.get('common:site.name')!, 'fact.days': units.get('common:fact.days')! };
    const record = { common: { status: 'machine' as const, keys, statuses: { 'fact.days': 'checked' as const } } };
    const translations = uiTranslations(arabic, record);
    expect(translationState(false, keys['fact.days'], translations.get('common:fact.days'))).toBe('checked');
    expect(translationState(false, keys['site.name'], translations.get('common:site.name'))).toBe('machine');
  });
});

describe('what a reader sees of a translation', () => {
  it('is the translation\'s words over the English data: ids, sources and dates come from English', () => {
    const english = { title: 'Scotland', sources: ['ssi-2018'], lastReviewed: '2026-11-23', stages: [{ id: 'rg' }] };
    const shown = overlayWords(english, { title: 'اسكتلندا', translatedFrom: 'aaaaaaaaaaaa', status: 'machine' });
    expect(shown).toEqual({ title: 'اسكتلندا', sources: ['ssi-2018'], lastReviewed: '2026-11-23', stages: [{ id: 'rg' }] });
  });
});
