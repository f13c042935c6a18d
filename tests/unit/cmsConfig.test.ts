/**
 * The editor's configuration (src/admin/config.json) is what the zod schemas and the language registry give now:
 * change a schema, and this fails until `npm run cms:config` writes the file again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { buildCmsConfig, cmsField, type CmsConfig } from '../../src/lib/cms/config';
import type { CmsField, ZodLike } from '../../src/lib/cms/fields';
import { cmsConfigInput } from '../../src/admin/inputs';
import { glossarySchema, glossaryTranslationSchema, pageTranslationSchema } from '../../src/content/schemas';
import { enabledLanguages } from '../../src/i18n/languages';

const committed = JSON.parse(readFileSync('src/admin/config.json', 'utf8')) as CmsConfig;
const generated = (input = cmsConfigInput) => JSON.parse(JSON.stringify(buildCmsConfig(input))) as CmsConfig;
const matches = (field: CmsField | undefined, value: string) => new RegExp(field!.pattern![0]).test(value);

describe('the CMS configuration', () => {
  it('is the one the schemas and the language registry give (run npm run cms:config when this fails)', () => {
    expect(committed).toEqual(generated());
  });

  it('changes when a field is added to a schema, so the test above fails until the file is written again', () => {
    const withField = generated({ ...cmsConfigInput, schemas: { ...cmsConfigInput.schemas, glossary: glossarySchema.extend({ plural: z.string() }) as unknown as ZodLike } });
    expect(withField).not.toEqual(committed);
    expect(cmsField(withField, 'glossary', 'plural')).toMatchObject({ widget: 'string' });
    expect(cmsField(committed, 'glossary', 'plural')).toBeUndefined();
  });

  it('edits the switched-on languages, English first, one folder each', () => {
    expect(committed.i18n).toEqual({ structure: 'multiple_folders', locales: enabledLanguages.map((language) => language.path), default_locale: 'en' });
  });

  it('lets a translation hold only the words its schema allows (every other field stays English only)', () => {
    const fieldsOfCollection = (collection: string) => (committed.collections.find((candidate) => candidate.name === collection) as { fields: CmsField[] }).fields;
    const allowed = (schema: unknown) => Object.keys((schema as { _zod: { def: { shape: object } } })._zod.def.shape).sort();
    // Each language's pages are their own collection: the words, the record, and the body (the MDX below the
    // frontmatter); the English beside them is shown, never saved.
    for (const language of enabledLanguages.slice(1)) {
      const saved = fieldsOfCollection(`pages-${language.path}`).filter((field) => field.widget !== 'waymark-english').map((field) => field.name).sort();
      expect(saved).toEqual([...allowed(pageTranslationSchema), 'body'].sort());
    }
    expect(fieldsOfCollection('glossary').filter((field) => field.i18n === true).map((field) => field.name).sort()).toEqual(allowed(glossaryTranslationSchema));
  });

  it('refuses a phone number that is not UK E.164 and a date in another form, with the schema’s words', () => {
    const services = committed.collections.find((candidate) => candidate.name === 'services') as { fields: CmsField[] };
    const phone = services.fields.find((field) => field.name === 'contacts')!.types!.find((type) => type.name === 'phone')!.fields.find((field) => field.name === 'value');
    expect(matches(phone, '+448000121700')).toBe(true);
    expect(matches(phone, '0800 012 1700')).toBe(false);
    expect(phone!.pattern![1]).toMatch(/E\.164/);
    const checked = cmsField(committed, 'facts', 'checked');
    expect(matches(checked, '2026-11-23')).toBe(true);
    expect(matches(checked, '23/11/2026')).toBe(false);
    expect(checked!.pattern![1]).toBe('must be a date written as YYYY-MM-DD');
  });

  it('offers the ids that exist for sources, facts and services, never a typed id', () => {
    expect(cmsField(committed, 'facts', 'sources')).toMatchObject({ widget: 'relation', collection: 'sources', multiple: true });
    expect(cmsField(committed, 'services', 'contractConfirmed')).toMatchObject({ widget: 'relation', collection: 'facts' });
  });
});
