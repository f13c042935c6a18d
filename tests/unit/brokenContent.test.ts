import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageSchema, pageTranslationSchema, serviceSchema } from '../../src/content/schemas';
import { findContentErrors, type ContentIndex } from '../../src/lib/contentIntegrity';
import { readYaml, splitFrontmatter, validationErrors } from '../helpers/content';

const fixture = (name: string) => `tests/fixtures/broken/${name}`;
const page = (name: string) => splitFrontmatter(readFileSync(fixture(name), 'utf8'));

function integrityErrors(name: string): string[] {
  const { data, body } = page(name);
  const index: ContentIndex = {
    pages: [{ file: fixture(name), sources: (data as { sources: string[] }).sources, body }],
    facts: new Map([
      ['ew-recovery-period-min-days', { verified: true, sources: ['msa-2015-s52'] }],
      ['et-claim-time-limit-months', { verified: false, sources: ['msa-2015-s52'] }],
    ]),
    services: new Map(),
    sources: new Set(['msa-2015-s52']),
    glossary: new Map(),
    sitePaths: new Set(['']),
  };
  return findContentErrors(index);
}

describe('broken content fails with a message that names the file and the field or id', () => {
  it('a translated page that holds a field of the English page', () => {
    const errors = validationErrors(pageTranslationSchema, page('translation-with-sources.mdx').data, fixture('translation-with-sources.mdx'));
    expect(errors).toEqual([
      `${fixture('translation-with-sources.mdx')}: sources: a translation holds words only: this field comes from the English page (content/pages/en/…); delete it here`,
    ]);
  });

  it('a translation status only a person may set, or one that does not exist', () => {
    const data = { ...(page('translation-with-sources.mdx').data as object), sources: undefined, status: 'approved' };
    expect(validationErrors(pageTranslationSchema, data, 'x.mdx').join()).toContain('status is one of machine, checked, reviewed');
  });

  it('a date that is not a date', () => {
    const errors = validationErrors(pageSchema, page('bad-date.mdx').data, fixture('bad-date.mdx'));
    expect(errors).toEqual([`${fixture('bad-date.mdx')}: lastReviewed: must be a date written as YYYY-MM-DD`]);
  });

  it('a missing summary', () => {
    const errors = validationErrors(pageSchema, page('missing-summary.mdx').data, fixture('missing-summary.mdx'));
    expect(errors).toEqual([`${fixture('missing-summary.mdx')}: summary: summary is required (≤ 160 characters, used for link previews and search)`]);
  });

  it('an unknown source id', () => {
    expect(integrityErrors('unknown-source.mdx')).toEqual([`${fixture('unknown-source.mdx')}: unknown source id "no-such-source"`]);
  });

  it('an unknown fact id', () => {
    expect(integrityErrors('unknown-fact.mdx')).toEqual([`${fixture('unknown-fact.mdx')}: unknown fact id "ew-recovery-period-minimum"`]);
  });

  it('an unverified fact stated on a page', () => {
    expect(integrityErrors('unverified-fact.mdx')).toEqual([
      `${fixture('unverified-fact.mdx')}: fact "et-claim-time-limit-months" is unverified and may not be stated on a page`,
    ]);
  });

  it('a phone number typed into a page', () => {
    expect(integrityErrors('typed-phone.mdx')).toEqual([
      `${fixture('typed-phone.mdx')}: phone number "08000 121 700" is typed into the page; use <Contact id="…" /> so it comes from content/services`,
    ]);
  });

  it('a duration typed into a page', () => {
    expect(integrityErrors('typed-duration.mdx')).toEqual([
      `${fixture('typed-duration.mdx')}: duration "45 days" is typed into the page; use <Fact id="…" /> so it comes from content/facts`,
    ]);
  });

  it('a phone number not written in E.164', () => {
    const errors = validationErrors(serviceSchema, readYaml(fixture('bad-service.yaml')), fixture('bad-service.yaml'));
    expect(errors).toEqual([`${fixture('bad-service.yaml')}: contacts.0.value: a full phone number must be UK E.164, like +448000121700`]);
  });
});
