import { describe, expect, it } from 'vitest';
import { languageByPath } from '../../src/i18n/languages';
import { localizeHref, localizedPath, pagePathOfEntry, splitLanguagePath, switchLanguagePath } from '../../src/i18n/paths';

const ar = languageByPath('ar')!;
const en = languageByPath('en')!;

describe('paths', () => {
  it('splits the language from the page path', () => {
    expect(splitLanguagePath('/ar/rights/your-choice/')).toEqual({ lang: 'ar', rest: 'rights/your-choice/' });
    expect(splitLanguagePath('/')).toEqual({ lang: undefined, rest: '' });
  });

  it('keeps the reader on the same page when the language changes', () => {
    expect(switchLanguagePath('/en/nrm/move-on/', ar)).toBe('/ar/nrm/move-on/');
    expect(switchLanguagePath('/en/', ar)).toBe('/ar/');
  });

  it('builds page URLs with a trailing slash', () => {
    expect(localizedPath(ar)).toBe('/ar/');
    expect(localizedPath(ar, 'rights')).toBe('/ar/rights/');
    expect(localizedPath(en, 'about/glossary/#term-nrm')).toBe('/en/about/glossary/#term-nrm');
  });

  it('sends links written without a language to the reader\'s language', () => {
    expect(localizeHref('/rights/your-choice/', ar)).toBe('/ar/rights/your-choice/');
    expect(localizeHref('/en/rights/', ar)).toBe('/en/rights/');
    expect(localizeHref('https://www.gov.uk/', ar)).toBe('https://www.gov.uk/');
    expect(localizeHref('#stage-1', ar)).toBe('#stage-1');
  });

  it('maps content entries to paths', () => {
    expect(pagePathOfEntry('home')).toBe('');
    expect(pagePathOfEntry('rights/index')).toBe('rights/');
    expect(pagePathOfEntry('rights/your-choice')).toBe('rights/your-choice/');
  });
});
