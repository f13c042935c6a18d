import { describe, expect, it } from 'vitest';
import { compareLocale, flattenKeys, placeholdersOf } from '../../src/lib/localeCheck';

const english = {
  page: { lastReviewed: 'Last checked: {{date}}', title: 'Hello' },
  fact: { workingDays_one: '{{count}} working day', workingDays_other: '{{count}} working days' },
};

describe('locale comparison', () => {
  it('flattens nested keys with dots', () => {
    expect(flattenKeys(english)).toHaveProperty('page.lastReviewed');
  });

  it('reads placeholders, ignoring formats', () => {
    expect(placeholdersOf('{{ date }} and {{count, number}}')).toEqual(['count', 'date']);
  });

  it('accepts a complete Albanian file', () => {
    const sq = { page: { lastReviewed: 'Kontrolluar: {{date}}', title: 'Përshëndetje' }, fact: { workingDays_one: '{{count}} ditë pune', workingDays_other: '{{count}} ditë pune' } };
    expect(compareLocale(english, sq, 'sq')).toEqual([]);
  });

  it('names a missing key', () => {
    const broken = { page: { lastReviewed: 'x {{date}}' }, fact: { workingDays_one: '{{count}}', workingDays_other: '{{count}}' } };
    expect(compareLocale(english, broken, 'sq', 'locales/sq/common.json')).toEqual(['locales/sq/common.json: missing key "page.title"']);
  });

  it('names a key whose placeholder was translated by mistake', () => {
    const broken = { page: { lastReviewed: 'x {{data}}', title: 'y' }, fact: { workingDays_one: '{{count}}', workingDays_other: '{{count}}' } };
    expect(compareLocale(english, broken, 'sq')).toEqual(['key "page.lastReviewed" has placeholders {{data}} but English has {{date}}']);
  });

  it('asks Arabic for all six plural forms', () => {
    const ar = { page: { lastReviewed: '{{date}}', title: 'y' }, fact: { workingDays_one: '{{count}}', workingDays_other: '{{count}}' } };
    const [error] = compareLocale(english, ar, 'ar');
    expect(error).toBe('plural key "fact.workingDays" lacks the ar forms: _zero, _two, _few, _many');
  });

  it('rejects plural forms a language does not have', () => {
    const vi = { page: { lastReviewed: '{{date}}', title: 'y' }, fact: { workingDays_one: '{{count}}', workingDays_other: '{{count}}' } };
    expect(compareLocale(english, vi, 'vi')).toEqual(['plural key "fact.workingDays" has forms vi does not use: _one']);
  });

  it('names keys that English does not have', () => {
    const sq = { page: { lastReviewed: '{{date}}', title: 'y', typo: 'z' }, fact: { workingDays_one: '{{count}}', workingDays_other: '{{count}}' } };
    expect(compareLocale(english, sq, 'sq')).toEqual(['extra key "page.typo" is not in English']);
  });
});
