/** The name of a language in the reader's language (`es` on an Arabic page → الإسبانية), from the runtime's Intl data. */
export function languageName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale, 'en'], { type: 'language' }).of(code) ?? code;
}
