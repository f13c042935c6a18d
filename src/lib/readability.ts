import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Turns an MDX page body into plain prose: frontmatter, components and Markdown syntax removed. */
export function mdxToPlainText(source: string): string {
  return (
    source
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      // a rendered fact or contact reads as two short words ("30 days", "a number")
      .replace(/<(Fact|Contact)\b[^>]*\/>/g, 'ten days')
      .replace(/<Service\b[^>]*\/>/g, '')
      .replace(/<AskAdviser\s*\/>/g, 'This is not legal advice. Ask an adviser.')
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`>#|]/g, ' ')
      // every heading, list item or table row ends a sentence
      .split('\n')
      .map((line) => line.replace(/^\s*(?:[-+]|\d+\.)\s+/, '').trim())
      .filter((line) => line.length > 0 && !/^[-:\s]+$/.test(line))
      .map((line) => (/[.!?:]$/.test(line) ? line : `${line}.`))
      .join('\n')
  );
}

// A type, not an interface, so it fits flesch-kincaid's `{ [x: string]: number }`.
export type ReadabilityCounts = {
  sentence: number;
  word: number;
  syllable: number;
};

/** Counts sentences, words and syllables of English prose. */
export function countText(text: string): ReadabilityCounts {
  const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
  const words = [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  const sentences = text.split(/[.!?:]+(?=\s|$)/).filter((s) => /\w/.test(s));
  return {
    sentence: Math.max(1, sentences.length),
    word: words.length,
    syllable: words.reduce((sum, w) => sum + syllable(w), 0),
  };
}

/** Flesch–Kincaid grade level of an MDX page, rounded to one decimal. */
export function gradeOfMdx(source: string): { grade: number; words: number } {
  const counts = countText(mdxToPlainText(source));
  return { grade: Math.round(fleschKincaid(counts) * 10) / 10, words: counts.word };
}
