/** Phone numbers are stored once, as E.164 or short codes; these helpers turn them into links and readable text. */

/** `+448000121700` → `0800 012 1700` (UK 4-3-4 grouping); short codes are returned as they are, grouped for reading (`116 123`). */
export function displayNumber(value: string): string {
  if (!value.startsWith('+44')) return value.length === 6 ? `${value.slice(0, 3)} ${value.slice(3)}` : value;
  const national = `0${value.slice(3)}`;
  if (/^0800\d{4}$/.test(national)) return `${national.slice(0, 4)} ${national.slice(4)}`; // 0800 1111
  if (/^02\d/.test(national)) return `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`;
  if (/^01\d1|^011\d/.test(national)) return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
}

/**
 * The number as the reader sees it: the grouping the service itself prints (`display`, e.g. the Helpline's
 * "08000 121 700", so it matches its posters), else the standard grouping. Every page shows numbers through this.
 */
export function shownNumber(contact: { value: string; display?: string | undefined }): string {
  return contact.display ?? displayNumber(contact.value);
}

/** The `href` that dials or texts a number. */
export function dialHref(kind: 'phone' | 'shortcode' | 'sms' | 'textphone', value: string): string {
  return `${kind === 'sms' ? 'sms' : 'tel'}:${value}`;
}

/** Every run of digits that looks like a UK phone number in free text (for the "no numbers typed into pages" check). */
export function findTypedPhoneNumbers(text: string): string[] {
  const pattern = /(?<![\d.])(?:\+44\s?\(?0?\)?\s?\d{2,5}|\(?0\d{2,5}\)?)[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d|\.\d)/g;
  const shortCodes = /(?<![\w.,£/-])(?:999|101|111|116\s?123|18000|18001|0800\s?1111)(?![\w/-]|[.,]\d)/g;
  return [...text.matchAll(pattern), ...text.matchAll(shortCodes)].map((match) => match[0].trim());
}
