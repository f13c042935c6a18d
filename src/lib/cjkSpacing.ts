/**
 * Chinese is written without spaces between words or sentences. Pages are put together from parts (a label, then
 * a value; a bold problem, then what to do), and the spaces that join parts in other languages show up as gaps in
 * Chinese. This removes whitespace between two Chinese characters or punctuation marks, in text and across tags,
 * and leaves everything else as it is: spaces next to Latin letters or digits ("按Shift键3次") stay. Pure.
 */

/** A Han character, or Chinese punctuation that may end a phrase. */
const BEFORE = String.raw`[\p{Script=Han}，。、：；？！）」』》〉]`;
/** A Han character, or Chinese punctuation that may start a phrase. */
const AFTER = String.raw`[\p{Script=Han}（「『《〈]`;
/** Whitespace and tags between the two, with at least one whitespace character. */
const GAP = new RegExp(String.raw`(${BEFORE})((?:<[^<>]*>|\s)*?\s(?:<[^<>]*>|\s)*?)(?=${AFTER})`, 'gu');

/** The HTML with the gaps between Chinese text closed; tags, and spaces inside them, are kept. */
export function closeChineseGaps(html: string): string {
  return html.replace(GAP, (_match, before: string, between: string) => before + between.replace(/(<[^<>]*>)|\s+/g, (_gap, tag?: string) => tag ?? ''));
}

/** True for a page whose `<html lang>` is Chinese (`zh`, `zh-Hans`, `zh-CN`…). */
export function isChinesePage(html: string): boolean {
  return /<html\b[^>]*\blang="zh(?:-[^"]*)?"/i.test(html);
}
