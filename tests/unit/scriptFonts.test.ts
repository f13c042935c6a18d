import { describe, expect, it } from 'vitest';
import { STYLED_LANGUAGES, scriptFontCss } from '../../src/lib/scriptFonts';
import { languages } from '../../src/i18n/languages';

describe('the fonts of a page\'s own script', () => {
  it('gives every language not written in Latin or Cyrillic letters a style of its own, and those languages only', () => {
    const needed = languages.filter((language) => !['Latn', 'Cyrl'].includes(language.script)).map((language) => language.code).sort();
    expect([...STYLED_LANGUAGES].sort()).toEqual(needed);
    for (const language of languages.filter((l) => ['Latn', 'Cyrl'].includes(l.script))) expect(scriptFontCss(language.code), language.code).toBe('');
  });

  it('puts Urdu in Nastaliq where the phone has it, with taller lines and headings that do not clip', () => {
    const css = scriptFontCss('ur');
    expect(css).toMatch(/^html:lang\(ur\)\{font-family:'Noto Nastaliq Urdu'/);
    expect(Number(/line-height:([\d.]+)/.exec(css)![1])).toBeGreaterThanOrEqual(2);
    expect(css).toContain(':lang(ur) :is(h1,h2,h3){line-height:1.8}');
  });

  it('names only fonts on the phone: no web font, no url()', () => {
    for (const code of STYLED_LANGUAGES) {
      expect(scriptFontCss(code)).not.toMatch(/url\(|@font-face|@import/);
      expect(scriptFontCss(code)).toMatch(/system-ui, sans-serif/);
    }
  });

  it('carries one language\'s rules, not every script\'s', () => {
    expect(scriptFontCss('th')).toContain('Thonburi');
    expect(scriptFontCss('th')).not.toContain('Nastaliq');
    expect(scriptFontCss('hi')).toContain(':lang(hi) :lang(en)');
  });
});
