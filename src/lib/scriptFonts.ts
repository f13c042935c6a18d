/**
 * The fonts and line heights of a page's language, as CSS for that page only: a page carries its own script's rules,
 * not every script's (each rule is bytes on every page of every language). Only fonts the phone already has: no font
 * is ever sent. Languages not listed here (Latin and Cyrillic scripts) use the site's own stack in site.css. Pure.
 */

/** Latin and Cyrillic text (official English terms) inside a page in another script keeps a Latin font. */
const LATIN = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

interface ScriptStyle {
  family: string;
  /** Line height of running text: marks above and below the letters need room. */
  lineHeight: number;
  /** Line height of headings, where the site's own (1.25) would clip. */
  headingLineHeight?: number;
  /** Further declarations on the page's root. */
  extra?: string;
  /** Keep Latin text in a Latin font (scripts whose fonts draw Latin badly or not at all). */
  latinInside?: boolean;
}

const ARABIC_NASKH: ScriptStyle = { family: "'Noto Naskh Arabic', 'Noto Sans Arabic', 'Geeza Pro', 'Segoe UI', Tahoma, system-ui, sans-serif", lineHeight: 1.8 };
const ETHIOPIC: ScriptStyle = { family: "'Noto Sans Ethiopic', 'Nyala', 'Kefa', 'Abyssinica SIL', 'Ebrima', system-ui, sans-serif", lineHeight: 1.75 };
const indic = (family: string): ScriptStyle => ({ family: `${family}, system-ui, sans-serif`, lineHeight: 1.75, headingLineHeight: 1.45, latinInside: true });

const STYLES: Record<string, ScriptStyle> = {
  ar: ARABIC_NASKH,
  fa: ARABIC_NASKH,
  ps: ARABIC_NASKH,
  ckb: ARABIC_NASKH,
  // Urdu: Nastaliq where the phone has it, else Naskh. Nastaliq is tall and slanted: lines need more room so that
  // dots and descenders are not clipped.
  ur: { family: "'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting', 'Noto Naskh Arabic', 'Geeza Pro', Tahoma, system-ui, sans-serif", lineHeight: 2.2, headingLineHeight: 1.8, latinInside: true },
  ti: ETHIOPIC,
  am: ETHIOPIC,
  // Chinese: the phone's own CJK font; strict line breaking keeps 。，、 and closing brackets off the start of a line.
  'zh-Hans': { family: "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', system-ui, sans-serif", lineHeight: 1.7, extra: 'line-break: strict;', latinInside: true },
  hi: indic("'Noto Sans Devanagari', 'Nirmala UI', 'Kohinoor Devanagari', Mangal"),
  bn: indic("'Noto Sans Bengali', 'Nirmala UI', 'Kohinoor Bangla', Vrinda"),
  pa: indic("'Noto Sans Gurmukhi', 'Nirmala UI', 'Gurmukhi MN', Raavi"),
  ml: indic("'Noto Sans Malayalam', 'Nirmala UI', 'Malayalam Sangam MN', Kartika"),
  // Thai: tone marks stack on vowel signs above the letters.
  th: indic("'Noto Sans Thai', 'Leelawadee UI', Thonburi, Tahoma"),
};

/** The CSS for a page in this language ('' for a language that uses the site's own stack). */
export function scriptFontCss(code: string): string {
  const style = STYLES[code];
  if (!style) return '';
  const lang = `:lang(${code})`;
  // `html` raises the rule above site.css's `:root` stack, wherever the two stand in the page's one style.
  const rules = [`html${lang}{font-family:${style.family};line-height:${style.lineHeight};${style.extra ?? ''}}`];
  if (style.headingLineHeight) rules.push(`${lang} :is(h1,h2,h3){line-height:${style.headingLineHeight}}`);
  if (style.latinInside) rules.push(`${lang} :lang(en){font-family:${LATIN}}`);
  return rules.join('');
}

/** The languages with a script style of their own (for the tests). */
export const STYLED_LANGUAGES: readonly string[] = Object.keys(STYLES);
