/**
 * A translated page keeps the English page's heading ids, so a link to `/ar/safety/staying-safe-online/#what-a-shared-link-can-reveal`
 * lands on the same section in every language. Headings are matched in order; a translation with another outline
 * (a stale one, after the English gained a section) keeps its own ids and is named, so the outline can be fixed.
 */
export interface Heading {
  depth: number;
  slug: string;
}

export type AnchorPlan = { ok: true; ids: string[] } | { ok: false; reason: string };

/** The id each translated heading takes, in order, from the English headings. */
export function anchorsFromEnglish(english: readonly Heading[], translatedDepths: readonly number[]): AnchorPlan {
  if (english.length !== translatedDepths.length) {
    return { ok: false, reason: `has ${translatedDepths.length} headings where English has ${english.length}` };
  }
  const mismatch = english.findIndex((heading, index) => heading.depth !== translatedDepths[index]);
  if (mismatch >= 0) {
    return { ok: false, reason: `heading ${mismatch + 1} is level ${translatedDepths[mismatch]} where English has level ${english[mismatch]!.depth}` };
  }
  return { ok: true, ids: english.map((heading) => heading.slug) };
}

/** `…/content/pages/ar/rights/index.mdx` → the English file beside it, or undefined for English and other files. */
export function englishPageFileOf(file: string): string | undefined {
  const match = /^(.*\/content\/pages\/)([^/]+)\/(.+\.mdx)$/.exec(file);
  if (!match || match[2] === 'en') return undefined;
  return `${match[1]}en/${match[3]}`;
}
