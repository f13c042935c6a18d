/**
 * Referral pathways for frontline staff, one file per referral system: `content/pathways/<lang>/<system>.yaml`.
 * Text is plain words; numbers and durations only arrive through `{fact:…}` and `{contact:…}` tokens. Translations
 * live beside English (`content/pathways/ar/scotland.yaml`) and record the English version they came from.
 */
import { defineCollection, getCollection } from 'astro:content';
import { defaultLanguage, type Language } from '../../i18n/languages';
import type { TranslationState } from '../../lib/translationUnits';
import { z } from 'astro/zod';
import { translationSchema } from '../schemas';
import { englishFiles, translatedFiles } from './languageFiles';
import { unitVariant } from '../translationUnits';
import { PATHWAY_SYSTEMS, type PathwaySystem } from '../../lib/serviceNations';
import { SERVICE_REF_PATTERN, parsePathwayText, proseOf, strayBraces } from '../../lib/pathwayText';

/** The five paths every nation has, in the order pages show them. */
export const PATHWAY_IDS = ['immediate-danger', 'adult-consents', 'adult-no-consent', 'child', 'labour-exploitation'] as const;
export type PathwayId = (typeof PATHWAY_IDS)[number];

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by "-"');
const isoDate = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' });

/** Plain text that may hold tokens, and never a typed digit (numbers come from facts and services). */
const pathwayText = z
  .string()
  .min(3)
  .superRefine((text, context) => {
    if (/\p{Nd}/u.test(proseOf(text))) {
      context.addIssue({ code: 'custom', message: 'no digits in pathway text: use {fact:id} or {contact:id}' });
    }
    if (strayBraces(text)) context.addIssue({ code: 'custom', message: 'a token is mistyped: write {fact:id} or {contact:id[:kind]}' });
    try {
      parsePathwayText(text);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });

const serviceRef = z.string().regex(SERVICE_REF_PATTERN, 'use a service id, or service-id:kind (e.g. police-emergency:silent)');
/** A site path without language, as pages link: `professionals/how-to-refer/`. */
const sitePath = z.string().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*\/$/, 'write a site path like professionals/how-to-refer/');

export const pathwayStepSchema = z.object({
  /** The step in full, for the ordered list. */
  text: pathwayText,
  /** A few words for the flow diagram. */
  short: z.string().min(2).max(32),
  /** Whom to call: their numbers are rendered from content/services. */
  call: z.array(serviceRef).default([]),
});

export const pathwaySchema = z.object({
  id: z.enum(PATHWAY_IDS),
  title: z.string().min(3).max(70),
  /** One sentence: when to follow this path. */
  when: pathwayText,
  steps: z.array(pathwayStepSchema).min(2).max(8),
  /** What to write down. */
  record: z.array(pathwayText).min(1),
  /** Pages to read next. */
  more: z.array(sitePath).default([]),
});

export const decisionSchema = z.object({
  question: pathwayText,
  yes: z.enum(PATHWAY_IDS),
  no: z.enum(PATHWAY_IDS).optional(),
  /** This path can apply as well as the ones above it. */
  also: z.boolean().default(false),
});

export const firstHourSchema = z.object({
  title: z.string().min(3).max(70),
  summary: z.string().min(10).max(160),
  steps: z.array(z.object({ text: pathwayText })).min(3).max(7),
  record: z.array(pathwayText).min(1).max(6),
  /** Numbers to keep by the phone. */
  keyServices: z.array(serviceRef).min(2).max(8),
});

export const pathwaysSchema = z
  .object({
    system: z.enum(PATHWAY_SYSTEMS),
    title: z.string().min(3).max(70),
    summary: z.string().min(10).max(160),
    intro: pathwayText,
    decide: z.array(decisionSchema).min(2),
    pathways: z.array(pathwaySchema),
    firstHour: firstHourSchema,
    sources: z.array(id).min(1),
    lastReviewed: isoDate,
    reviewBy: isoDate,
  })
  .refine((data) => data.pathways.map((pathway) => pathway.id).join() === PATHWAY_IDS.join(), {
    message: `list the paths once each, in this order: ${PATHWAY_IDS.join(', ')}`,
    path: ['pathways'],
  })
  .refine((data) => data.reviewBy > data.lastReviewed, { message: 'reviewBy must be after lastReviewed', path: ['reviewBy'] });

export type PathwaysData = z.infer<typeof pathwaysSchema>;
export type PathwayData = z.infer<typeof pathwaySchema>;
export type PathwayStep = z.infer<typeof pathwayStepSchema>;

/** A translated pathways file: its words (paths and steps keep the English ids and services: a unit test checks the shape). */
export const pathwaysTranslationSchema = translationSchema(
  {
    title: pathwaysSchema.shape.title,
    summary: pathwaysSchema.shape.summary,
    intro: pathwaysSchema.shape.intro,
    decide: pathwaysSchema.shape.decide,
    pathways: pathwaysSchema.shape.pathways,
    firstHour: pathwaysSchema.shape.firstHour,
  },
  'pathways file (content/pathways/en/…)',
);

/** Collections for the pathways feature (merged into src/content.config.ts). */
export const pathwaysCollections = {
  pathways: defineCollection({ loader: englishFiles('./content/pathways', 'yaml'), schema: pathwaysSchema }),
  pathwaysTranslations: defineCollection({ loader: translatedFiles('./content/pathways', 'yaml'), schema: pathwaysTranslationSchema }),
};

export interface PathwaysVariant {
  /** The version shown: the translation's words on the English file, or English while there is none. */
  shown: PathwaysData;
  state: TranslationState;
  /** The language `shown` is written in. */
  textLanguage: Language;
}

/** Which version of a system's pathways a language shows, and whether it is machine-drafted or stale. */
export async function pathwaysVariant(system: PathwaySystem, language: Language): Promise<PathwaysVariant> {
  const english = (await getCollection('pathways')).find((entry) => entry.id === `${defaultLanguage.path}/${system}`)?.data;
  if (!english) throw new Error(`No referral pathways for "${system}" in content/pathways/${defaultLanguage.path}/`);
  const translation = (await getCollection('pathwaysTranslations')).find((entry) => entry.id === `${language.path}/${system}`)?.data;
  const { state, shown } = await unitVariant('pathways', system, language, english, translation);
  return { shown, state, textLanguage: state === 'fallback' ? defaultLanguage : language };
}
