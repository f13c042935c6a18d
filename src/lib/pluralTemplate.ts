/**
 * Fills a plural template made at build time (`{ one: '{count} service', other: '{count} services' }`), the same
 * way on the build and in the browser, so a count the page is built with and the one its script writes match.
 */
export function fillPlural(templateFor: (category: string) => string | undefined, locale: string, count: number, values: Record<string, string> = {}): string {
  const category = new Intl.PluralRules(locale).select(count);
  const template = templateFor(category) ?? templateFor('other') ?? '';
  const all: Record<string, string> = { count: new Intl.NumberFormat(locale).format(count), ...values };
  return template.replace(/\{(\w+)\}/g, (marker, name: string) => all[name] ?? marker);
}
