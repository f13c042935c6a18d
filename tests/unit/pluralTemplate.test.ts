import { describe, expect, it } from 'vitest';
import { fillPlural } from '../../src/lib/pluralTemplate';

const templates: Record<string, string> = { one: '{count} service shown, out of {total}.', other: '{count} services shown, out of {total}.' };

describe('a plural template', () => {
  it('takes the form the language uses for the count, and fills every marker', () => {
    expect(fillPlural((category) => templates[category], 'en', 1, { total: '47' })).toBe('1 service shown, out of 47.');
    expect(fillPlural((category) => templates[category], 'en', 47, { total: '47' })).toBe('47 services shown, out of 47.');
  });

  it('falls back to "other" for a form the template lacks, and writes numbers the language’s way', () => {
    // Arabic has six forms; "few" is missing here.
    expect(fillPlural((category) => ({ other: '{count} خدمة' })[category], 'ar', 3)).toBe(`${new Intl.NumberFormat('ar').format(3)} خدمة`);
  });

  it('leaves a marker it has no value for', () => {
    expect(fillPlural(() => '{count} of {total}', 'en', 2)).toBe('2 of {total}');
  });
});
