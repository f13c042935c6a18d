import { describe, expect, it } from 'vitest';
import { gradeOfMdx, mdxToPlainText } from '../../src/lib/readability';
import { loadPages } from '../helpers/content';

describe('reading level', () => {
  it('measures plain text lower than long, complex text', () => {
    const plain = gradeOfMdx('You can ask for help. We will listen. You do not have to agree.');
    const complex = gradeOfMdx(
      'Notwithstanding the aforementioned considerations, individuals experiencing exploitation may, subject to eligibility determinations, access comprehensive multidisciplinary assistance arrangements.',
    );
    expect(plain.grade).toBeLessThan(3);
    expect(complex.grade).toBeGreaterThan(12);
  });

  it('strips frontmatter, components and Markdown before measuring', () => {
    const text = mdxToPlainText('---\ntitle: x\n---\n## Heading\n\n- A <Term id="nrm">list</Term> item\n\nCall <Contact id="x" />.');
    expect(text).toBe('Heading.\nA list item.\nCall ten days.');
  });

  const survivorPages = loadPages().filter((page) => page.lang === 'en' && (page.data.audience as string[]).some((a) => a === 'survivor' || a === 'mediator'));
  it('finds the survivor and mediator pages', () => {
    expect(survivorPages.length).toBeGreaterThan(20);
  });
  for (const page of survivorPages) {
    it(`${page.slug} reads at grade 7 or below`, () => {
      const { grade, words } = gradeOfMdx(page.body);
      console.log(`reading grade ${grade.toFixed(1)} (${words} words): ${page.slug}`);
      expect(grade).toBeLessThanOrEqual(7);
    });
  }
});
