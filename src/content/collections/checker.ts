/**
 * Collections for the checker feature (merged into src/content.config.ts): the questions and the entitlement rules
 * of /tools/checker/, kept as data in content/checker/ so a caseworker can review them without reading code.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

const NOT_SURE = 'not-sure';
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by "-"');
const localeKey = z.string().regex(/^[a-z][A-Za-z0-9]*(?:\.[a-z0-9][A-Za-z0-9-]*)+$/, 'a key in locales/en/checker.json, like why.recoveryEw');
const isoDate = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' });
/** `{ nrm: [positive-rg, positive-cg], age: [adult] }`: every question listed must have one of its answers. */
const condition = z.record(id, z.array(id).min(1));

export const checkerQuestionSchema = z
  .object({
    order: z.number().int().positive(),
    text: localeKey,
    short: localeKey,
    hint: localeKey.optional(),
    options: z.array(id).min(2),
    when: condition.optional(),
    treatNotSureAs: id.optional(),
    /** "Choose all that apply": several answers may be given (never "not sure" with another). */
    multiple: z.boolean().optional(),
  })
  .refine((question) => question.options.at(-1) === NOT_SURE, {
    message: '"not-sure" must be the last option of every question',
    path: ['options'],
  })
  .refine((question) => question.treatNotSureAs === undefined || question.options.includes(question.treatNotSureAs), {
    message: 'treatNotSureAs must be one of the options',
    path: ['treatNotSureAs'],
  });

export const checkerRuleSchema = z
  .object({
    result: z.enum(['yes', 'maybe', 'no', 'hide']),
    when: condition,
    because: localeKey.optional(),
    fact: id.optional(),
    /** Where in shared/brief/ the rule comes from. */
    brief: z.string().min(5, 'say where in the brief this rule comes from'),
  })
  .refine((rule) => rule.result === 'hide' || rule.because !== undefined, {
    message: 'a shown result needs a reason (because)',
    path: ['because'],
  })
  .refine((rule) => rule.result !== 'no' || Object.values(rule.when).every((answers) => !answers.includes(NOT_SURE)), {
    message: '"not sure" may never lead to a plain "no": use maybe',
    path: ['when'],
  });

export const checkerEntitlementSchema = z
  .object({
    order: z.number().int().positive(),
    title: localeKey,
    /** The page that explains it, written without a language: `/support/money/`. */
    page: z.string().regex(/^\/[a-z0-9/-]*\/$/, 'a site path like /support/money/'),
    nrmSupport: z.boolean().default(false),
    services: z.array(id),
    facts: z.array(id),
    sources: z.array(id).min(1),
    checked: isoDate,
    rules: z.array(checkerRuleSchema).min(1),
  })
  .refine((entitlement) => entitlement.rules.every((rule) => !rule.fact || entitlement.facts.includes(rule.fact)), {
    message: 'a fact used in a reason must be listed in facts',
    path: ['facts'],
  })
  .refine((entitlement) => entitlement.rules.some((rule) => rule.result !== 'hide'), {
    message: 'an entitlement needs at least one rule that shows it',
    path: ['rules'],
  });

export type CheckerQuestionData = z.infer<typeof checkerQuestionSchema>;
export type CheckerEntitlementData = z.infer<typeof checkerEntitlementSchema>;

export const checkerCollections = {
  checkerQuestions: defineCollection({ loader: file('./content/checker/questions.yaml'), schema: checkerQuestionSchema }),
  checkerEntitlements: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/checker/entitlements' }),
    schema: checkerEntitlementSchema,
  }),
};
