/**
 * The one list of Waymark's languages. astro.config.mjs, the language picker, the sitemap, the chooser page and
 * the tests all read it. To switch a language on, set `enabled: true` and add `locales/<code>/*.json`.
 *
 * WAYMARK_ALL_LANGUAGES=1 switches every declared language on for a dry run (build and checks at full size):
 * English stands in for what is not translated yet, as on any untranslated page.
 */
export type Direction = 'ltr' | 'rtl';

export interface LanguageDefinition {
  /** BCP 47 tag used in `lang` attributes, i18next and Intl. */
  code: string;
  /** English name, for staff and the translation status report. */
  englishName: string;
  /** ISO 15924 script of the written language. */
  script: 'Latn' | 'Arab' | 'Ethi' | 'Hans' | 'Deva' | 'Guru' | 'Beng' | 'Cyrl' | 'Thai' | 'Mlym';
  dir: Direction;
  /** Priority tier from the brief: 1 = most people referred to the NRM. */
  tier: 1 | 2 | 3;
  /** Built and linked when true. */
  enabled: boolean;
  /** A neutral, non-personalised page for the quick exit; BBC Weather when absent. */
  exitUrl?: string;
}

export interface Language extends LanguageDefinition {
  /** Switched on only for a WAYMARK_ALL_LANGUAGES=1 dry run: English stands in for its strings and pages. */
  dryRun: boolean;
  /** Lowercase URL segment: `/zh-hans/…`. */
  path: string;
  /** The language's name in its own language and script, from Intl.DisplayNames. */
  nativeName: string;
}

export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

const definitions: LanguageDefinition[] = [
  { code: 'en', englishName: 'English', script: 'Latn', dir: 'ltr', tier: 1, enabled: true },
  { code: 'sq', englishName: 'Albanian', script: 'Latn', dir: 'ltr', tier: 1, enabled: true },
  { code: 'vi', englishName: 'Vietnamese', script: 'Latn', dir: 'ltr', tier: 1, enabled: true },
  { code: 'ti', englishName: 'Tigrinya', script: 'Ethi', dir: 'ltr', tier: 1, enabled: true },
  { code: 'so', englishName: 'Somali', script: 'Latn', dir: 'ltr', tier: 1, enabled: true },
  { code: 'ar', englishName: 'Arabic', script: 'Arab', dir: 'rtl', tier: 1, enabled: true },
  { code: 'am', englishName: 'Amharic', script: 'Ethi', dir: 'ltr', tier: 1, enabled: true },
  { code: 'ro', englishName: 'Romanian', script: 'Latn', dir: 'ltr', tier: 1, enabled: true },
  { code: 'fa', englishName: 'Persian', script: 'Arab', dir: 'rtl', tier: 1, enabled: true },
  { code: 'ps', englishName: 'Pashto', script: 'Arab', dir: 'rtl', tier: 1, enabled: true },
  { code: 'ckb', englishName: 'Sorani Kurdish', script: 'Arab', dir: 'rtl', tier: 1, enabled: true },
  { code: 'zh-Hans', englishName: 'Chinese (Simplified)', script: 'Hans', dir: 'ltr', tier: 1, enabled: true },
  { code: 'pl', englishName: 'Polish', script: 'Latn', dir: 'ltr', tier: 2, enabled: true },
  { code: 'ur', englishName: 'Urdu', script: 'Arab', dir: 'rtl', tier: 2, enabled: true },
  { code: 'hi', englishName: 'Hindi', script: 'Deva', dir: 'ltr', tier: 2, enabled: true },
  { code: 'pa', englishName: 'Punjabi', script: 'Guru', dir: 'ltr', tier: 2, enabled: true },
  { code: 'bn', englishName: 'Bengali', script: 'Beng', dir: 'ltr', tier: 2, enabled: true },
  { code: 'uk', englishName: 'Ukrainian', script: 'Cyrl', dir: 'ltr', tier: 2, enabled: true },
  { code: 'ru', englishName: 'Russian', script: 'Cyrl', dir: 'ltr', tier: 2, enabled: true },
  { code: 'bg', englishName: 'Bulgarian', script: 'Cyrl', dir: 'ltr', tier: 2, enabled: false },
  // BBC Cymru Fyw, the BBC's Welsh-language news front page (its address is in the BBC's own public site code).
  { code: 'cy', englishName: 'Welsh', script: 'Latn', dir: 'ltr', tier: 2, enabled: true, exitUrl: 'https://www.bbc.co.uk/cymrufyw' },
  { code: 'om', englishName: 'Oromo', script: 'Latn', dir: 'ltr', tier: 2, enabled: false },
  { code: 'pt', englishName: 'Portuguese', script: 'Latn', dir: 'ltr', tier: 3, enabled: true },
  { code: 'es', englishName: 'Spanish', script: 'Latn', dir: 'ltr', tier: 3, enabled: true },
  { code: 'fr', englishName: 'French', script: 'Latn', dir: 'ltr', tier: 3, enabled: true },
  { code: 'pcm', englishName: 'Nigerian Pidgin', script: 'Latn', dir: 'ltr', tier: 3, enabled: false },
  { code: 'th', englishName: 'Thai', script: 'Thai', dir: 'ltr', tier: 3, enabled: true },
  { code: 'tl', englishName: 'Tagalog', script: 'Latn', dir: 'ltr', tier: 3, enabled: false },
  { code: 'lt', englishName: 'Lithuanian', script: 'Latn', dir: 'ltr', tier: 3, enabled: false },
  { code: 'ml', englishName: 'Malayalam', script: 'Mlym', dir: 'ltr', tier: 3, enabled: false },
];

/** The language's own name, capitalised the way a menu shows it ("shqip" → "Shqip"). */
export function nativeNameOf(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/** True for a dry run with every declared language switched on (read here only). */
export const allLanguagesSwitchedOn = typeof process !== 'undefined' && process.env.WAYMARK_ALL_LANGUAGES === '1';

export const languages: readonly Language[] = definitions.map((definition) => ({
  ...definition,
  enabled: definition.enabled || allLanguagesSwitchedOn,
  dryRun: !definition.enabled && allLanguagesSwitchedOn,
  path: definition.code.toLowerCase(),
  nativeName: nativeNameOf(definition.code),
}));

export const enabledLanguages: readonly Language[] = languages.filter((language) => language.enabled);

export const defaultLanguage: Language = languages[0]!;

/** The language whose URL segment is `path`, switched on or not. */
export function languageByPath(path: string): Language | undefined {
  return languages.find((language) => language.path === path);
}

/** The switched-on language for a URL segment; throws on anything else so a bad route fails the build. */
export function enabledLanguage(path: string | undefined): Language {
  const language = enabledLanguages.find((candidate) => candidate.path === path);
  if (!language) throw new Error(`"${path}" is not a switched-on language (see src/i18n/languages.ts)`);
  return language;
}

/**
 * One switched-on language per writing system (the first in the registry: en, ti, ar, zh-Hans today), so tests of
 * behaviour meet every script and direction the site has, including a script switched on later.
 */
export function oneLanguagePerScript(from: readonly Language[] = enabledLanguages): Language[] {
  return from.filter((language, index) => from.findIndex((other) => other.script === language.script) === index);
}

export function exitUrlOf(language: Language): string {
  return language.exitUrl ?? DEFAULT_EXIT_URL;
}
