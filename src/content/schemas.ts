/**
 * Zod schemas for everything in content/. Astro's loaders validate with them (src/content.config.ts) and the unit
 * tests validate fixtures with them, so one file says what a page, fact, service, source or glossary term is.
 */
import { z } from 'astro/zod';
import { TRANSLATION_STATUSES } from '../lib/translationUnits';

export const SECTIONS = ['help', 'rights', 'nrm', 'support', 'legal', 'services', 'professionals', 'safety', 'about'] as const;
export const AUDIENCES = ['survivor', 'mediator', 'professional'] as const;
/** Legal systems: England & Wales share one. */
export const SYSTEMS = ['ew', 'scotland', 'ni'] as const;
/** Nations a service serves. */
export const NATIONS = ['england', 'wales', 'scotland', 'ni'] as const;
/** `age` is a number of years said as an age ("under 18": Chinese 18周岁, not the 18年 of a time limit). */
export const FACT_UNITS = ['days', 'working-days', 'weeks', 'months', 'years', 'age', 'date', 'percent', 'count', 'fraction'] as const;
/** `in-force`: the value applies now · `changing`: the law is changing and the date is not confirmed (pages say "ask an adviser now"). */
export const FACT_STATES = ['in-force', 'changing'] as const;
export const FACT_QUALIFIERS = ['minimum', 'maximum', 'about', 'target'] as const;
export const SOURCE_KINDS = ['law', 'guidance', 'statistics', 'ngo', 'seed', 'research', 'news'] as const;
export const CONTACT_KINDS = ['phone', 'shortcode', 'sms', 'textphone', 'web', 'email', 'silent'] as const;
export const SERVICE_AUDIENCES = ['adults', 'children', 'women', 'men', 'lgbtq', 'workers', 'professionals'] as const;
export const SERVICE_NEEDS = [
  'emergency', 'nrm-referral', 'nrm-support', 'accommodation', 'immigration-advice', 'legal-advice', 'employment',
  'compensation', 'health', 'mental-health', 'domestic-abuse', 'children', 'reporting', 'benefits-housing',
] as const;

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by "-"');
const isoDate = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' });

export const pageSchema = z
  .object({
    title: z.string().min(2).max(90),
    summary: z.string({ error: 'summary is required (≤ 160 characters, used for link previews and search)' }).min(10).max(160),
    section: z.enum(SECTIONS),
    audience: z.array(z.enum(AUDIENCES)).min(1),
    nations: z.array(z.enum(SYSTEMS)).min(1).optional(),
    sources: z.array(id),
    lastReviewed: isoDate,
    reviewBy: isoDate,
    order: z.number().int().positive().optional(),
  })
  .refine((page) => page.section === 'about' || page.sources.length > 0, {
    message: 'list at least one source id (only about pages may have none)',
    path: ['sources'],
  })
  .refine((page) => page.reviewBy > page.lastReviewed, { message: 'reviewBy must be after lastReviewed', path: ['reviewBy'] });

/** What every translation records: the English version it was made from, and who has checked it. */
export const translationRecordFields = {
  translatedFrom: z.string().regex(/^[0-9a-f]{12}$/, 'must be the 12-character hash printed by npm run i18n:status -- --hashes'),
  status: z.enum(TRANSLATION_STATUSES, { error: `status is one of ${TRANSLATION_STATUSES.join(', ')} (only a person who read it sets reviewed)` }),
};

/**
 * A translation holds words only: the fields given here, plus `translatedFrom` and `status`. Anything else (sources,
 * nations, dates, order, ids…) comes from the English file, so it is refused here, naming the field.
 */
export function translationSchema<Shape extends z.ZodRawShape>(words: Shape, englishFile: string) {
  const allowed = new Set([...Object.keys(words), ...Object.keys(translationRecordFields)]);
  return z
    .looseObject({ ...words, ...translationRecordFields })
    .superRefine((data, context) => {
      for (const key of Object.keys(data).filter((candidate) => !allowed.has(candidate))) {
        context.addIssue({ code: 'custom', path: [key], message: `a translation holds words only: this field comes from the English ${englishFile}; delete it here` });
      }
    });
}

/** A translated page: its title, summary and body (the MDX below the frontmatter). */
export const pageTranslationSchema = translationSchema(
  { title: pageSchema.shape.title, summary: pageSchema.shape.summary },
  'page (content/pages/en/…)',
);

/**
 * The words that prove a fact or a contact: the sentence from the source (≤ 300 characters), which of the item's
 * sources it comes from, the source's own date (or version, or "undated web page"), and the day it was seen.
 */
const evidenceFields = {
  quote: z.string().min(10).max(300, 'a quote is the sentence that proves it, at most 300 characters').optional(),
  quoteFrom: id.optional(),
  sourceDate: isoDate.optional(),
  sourceVersion: z.string().min(3).optional(),
  seen: isoDate.optional(),
};
type Evidence = { quote?: string | undefined; quoteFrom?: string | undefined; sourceDate?: Date | undefined; sourceVersion?: string | undefined; seen?: Date | undefined };

/** A verified fact, and every contact of a verified service, must carry its evidence; `what` names it in the message. */
function requireEvidence(item: Evidence, what: string, path: (string | number)[], context: z.RefinementCtx): void {
  const missing = (field: string, message: string) => context.addIssue({ code: 'custom', message: `${what} needs ${message}`, path: [...path, field] });
  if (!item.quote) missing('quote', "quote: the source's own words that prove it (≤ 300 characters)");
  if (!item.quoteFrom) missing('quoteFrom', 'quoteFrom: the id of the source the quote is from');
  if (!item.sourceDate && !item.sourceVersion) missing('sourceDate', 'sourceDate (YYYY-MM-DD) or sourceVersion: the date or version the source gives itself');
  if (!item.seen) missing('seen', 'seen: the day the quote was read in the source (YYYY-MM-DD)');
}

/** A quote must come from one of the item's own sources, so /about/sources/ can show it beside that source. */
function quoteFromListed(item: Evidence, sources: readonly string[], path: (string | number)[], context: z.RefinementCtx): void {
  if (item.quoteFrom && !sources.includes(item.quoteFrom)) {
    context.addIssue({ code: 'custom', message: `quoteFrom "${item.quoteFrom}" is not one of this item's sources`, path: [...path, 'quoteFrom'] });
  }
}

/** A fraction is written "2/3" (before the date in the union: a date parser would read "2/3" as 3 February). */
const factValue = z.union([z.number(), z.string().regex(/^[1-9]\d*\/[1-9]\d*$/, 'a fraction is written like 2/3'), isoDate]);

function valueFitsUnit(value: unknown, unit: string): boolean {
  if (unit === 'date') return value instanceof Date;
  if (unit === 'fraction') return typeof value === 'string';
  return typeof value === 'number';
}
const UNIT_MESSAGE = 'a fact with unit "date" needs a date value (YYYY-MM-DD), unit "fraction" a fraction like 2/3; other units need a number';

/** A later version of a fact, in force from `from` (a law that commences, a rate that changes). */
export const factChangeSchema = z.object({
  from: isoDate,
  value: factValue,
  verified: z.boolean(),
  qualifier: z.enum(FACT_QUALIFIERS).optional(),
  state: z.enum(FACT_STATES).optional(),
  note: z.string().optional(),
  ...evidenceFields,
});

export const factSchema = z
  .object({
    value: factValue,
    unit: z.enum(FACT_UNITS),
    nations: z.array(z.enum(SYSTEMS)).min(1),
    sources: z.array(id).min(1),
    checked: isoDate,
    verified: z.boolean(),
    qualifier: z.enum(FACT_QUALIFIERS).optional(),
    state: z.enum(FACT_STATES).optional(),
    label: z.string().min(3),
    note: z.string().optional(),
    ...evidenceFields,
    /** Later versions, each from its own date; the site states the one in force on the day it is built. */
    changes: z.array(factChangeSchema).optional(),
  })
  .superRefine((fact, context) => {
    if (!valueFitsUnit(fact.value, fact.unit)) context.addIssue({ code: 'custom', message: UNIT_MESSAGE, path: ['value'] });
    if (fact.verified) requireEvidence(fact, 'a verified fact', [], context);
    quoteFromListed(fact, fact.sources, [], context);
    fact.changes?.forEach((change, index) => {
      const path = ['changes', index];
      if (!valueFitsUnit(change.value, fact.unit)) context.addIssue({ code: 'custom', message: UNIT_MESSAGE, path: [...path, 'value'] });
      if (change.verified) requireEvidence(change, 'a verified change', path, context);
      quoteFromListed(change, fact.sources, path, context);
    });
  });

/** What a contact's value must look like, by its kind (the schema below and the editor's fields both read it). */
export const CONTACT_VALUE_RULES: Record<(typeof CONTACT_KINDS)[number], readonly [RegExp, string]> = {
  phone: [/^\+44[1-9]\d{6,9}$/, 'a full phone number must be UK E.164, like +448000121700'],
  shortcode: [/^\d{2,6}$/, 'a short code is digits only, like 999 or 116123'],
  sms: [/^(\+44[1-9]\d{6,9}|\d{2,6})$/, 'a text number is E.164 or a short code'],
  textphone: [/^\d{4,11}$/, 'a textphone number is digits only, like 18000'],
  silent: [/^\d{2}$/, 'the silent-call code is two digits'],
  web: [/^https:\/\/[^\s]+$/, 'a website must start with https://'],
  email: [/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'not an email address'],
};

export const contactSchema = z
  .object({
    kind: z.enum(CONTACT_KINDS),
    value: z.string().min(2),
    /** How the service itself groups the number on its posters and site ("08000 121 700"); the digits must match. */
    display: z.string().regex(/^[0-9 ]+$/, 'display is the number as the service prints it: digits and spaces').optional(),
    /** Opening hours, only as a source states them (the quote says so); leave out when no source gives them. */
    hours: z.string().optional(),
    /** The source's words that give the hours; a verified service cannot state hours without them. */
    hoursQuote: z.string().min(10).max(300).optional(),
    note: z.string().optional(),
    ...evidenceFields,
  })
  .superRefine((contact, context) => {
    const [pattern, message] = CONTACT_VALUE_RULES[contact.kind];
    if (!pattern.test(contact.value)) context.addIssue({ code: 'custom', message, path: ['value'] });
    if (contact.display !== undefined) {
      const digits = contact.value.startsWith('+44') ? `0${contact.value.slice(3)}` : contact.value;
      if (contact.display.replace(/ /g, '') !== digits) {
        context.addIssue({ code: 'custom', message: `display "${contact.display}" must have the same digits as ${digits}`, path: ['display'] });
      }
    }
  });

export const serviceSchema = z
  .object({
  name: z.string().min(2),
  operator: z.string().optional(),
  description: z.string().min(10).max(240),
  contacts: z.array(contactSchema).min(1),
  nations: z.array(z.enum(NATIONS)).min(1),
  regions: z.string().optional(),
  audience: z.array(z.enum(SERVICE_AUDIENCES)).min(1),
  /** Set only when the service says it is for women only or for men only (the checker keeps it from the others). */
  onlyFor: z.enum(['women', 'men']).optional(),
  needs: z.array(z.enum(SERVICE_NEEDS)).min(1),
  /** What the service says about languages and interpreters, in words (shown in English). */
  languages: z.string().optional(),
  /** Languages the service's own staff speak, as ISO 639-1 codes (`es`), so pages and open data can name them. */
  spokenLanguages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'use an ISO 639 code such as es or pt')).min(1).optional(),
  selfContact: z.boolean(),
  firstResponder: z.boolean(),
  independent: z.boolean(),
  sources: z.array(id).min(1),
  checked: isoDate,
  verified: z.boolean(),
  /** For a service that delivers a government contract: the date fact saying when we last saw it named as provider. */
  contractConfirmed: id.optional(),
})
  .superRefine((service, context) => {
    service.contacts.forEach((contact, index) => {
      if (service.verified) requireEvidence(contact, 'every contact of a verified service', ['contacts', index], context);
      if (service.verified && contact.hours && !contact.hoursQuote) {
        context.addIssue({ code: 'custom', message: 'opening hours need hoursQuote: the words of a source that gives them (or leave the hours out)', path: ['contacts', index, 'hoursQuote'] });
      }
      quoteFromListed(contact, service.sources, ['contacts', index], context);
    });
  });

export const sourceSchema = z
  .object({
    title: z.string().min(3),
    publisher: z.string().min(2),
    date: isoDate.optional(),
    url: z.string().regex(/^https?:\/\//, 'url must start with https://').optional(),
    seed: z.string().regex(/^00\d_[0-9a-f]{16}\.txt$/, 'seed must be a file name in shared/seeds').optional(),
    kind: z.enum(SOURCE_KINDS),
  })
  .refine((source) => (source.url === undefined) !== (source.seed === undefined), {
    message: 'give exactly one of url or seed',
    path: ['url'],
  });

export const glossarySchema = z.object({
  term: z.string().min(2),
  definition: z.string().min(10).max(240),
  page: z.string().regex(/^\/[a-z0-9/-]*\/$/, 'page must be a site path like /nrm/reasonable-grounds/').optional(),
});

/** A translated glossary term: the term and its definition (the page it links to comes from English). */
export const glossaryTranslationSchema = translationSchema(
  { term: glossarySchema.shape.term, definition: glossarySchema.shape.definition },
  'glossary term (content/glossary/en/…)',
);

/**
 * One language's service texts, keyed by service id (names stay official English): the description, and the words
 * beside each contact (its note and hours label), in the order of the English contacts.
 */
export const serviceTranslationsSchema = z.record(
  id,
  translationSchema(
    {
      description: z.string().min(5).max(400),
      contacts: z
        .array(z.object({ note: z.string().min(2).optional(), hours: z.string().min(2).optional() }).strict())
        .default([]),
    },
    'service (content/services/…)',
  ),
);

export type PageData = z.infer<typeof pageSchema>;
export type FactData = z.infer<typeof factSchema>;
export type ServiceData = z.infer<typeof serviceSchema>;
export type ContactData = z.infer<typeof contactSchema>;
export type FactChangeData = z.infer<typeof factChangeSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type GlossaryData = z.infer<typeof glossarySchema>;
