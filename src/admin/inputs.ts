/**
 * What the CMS configuration is generated from: the zod schemas the build validates content with, and the
 * switched-on languages of the registry (src/i18n/languages.ts), as the registry declares them (a dry run with every
 * language does not change the editor).
 */
import { z } from 'astro/zod';
import {
  CONTACT_VALUE_RULES, contactSchema, factSchema, glossarySchema, pageSchema, serviceSchema, sourceSchema, translationRecordFields,
} from '../content/schemas';
import { phrasesCardSchema, rightsCardSchema } from '../content/collections/cards';
import { checkerEntitlementSchema } from '../content/collections/checker';
import { languages } from '../i18n/languages';
import type { CmsConfigInput, CmsSchemas } from '../lib/cms/config';
import type { ZodLike } from '../lib/cms/fields';

const zod = (schema: unknown) => schema as ZodLike;

export const cmsSchemas: CmsSchemas = {
  page: zod(pageSchema),
  pageTranslationWords: zod(z.object({ title: pageSchema.shape.title, summary: pageSchema.shape.summary })),
  translationRecord: zod(z.object(translationRecordFields)),
  fact: zod(factSchema),
  service: zod(serviceSchema),
  contact: zod(contactSchema),
  contactValueRules: CONTACT_VALUE_RULES,
  source: zod(sourceSchema),
  glossary: zod(glossarySchema),
  rightsCard: zod(rightsCardSchema),
  phrasesCard: zod(phrasesCardSchema),
  checkerEntitlement: zod(checkerEntitlementSchema),
};

export const cmsConfigInput: CmsConfigInput = {
  schemas: cmsSchemas,
  languages: languages.filter((language) => language.enabled && !language.dryRun).map(({ path, englishName }) => ({ path, englishName })),
};
