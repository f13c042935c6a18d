/**
 * The NRM journeys: one YAML file per system in content/journeys/<lang>/<system>.yaml (merged into
 * src/content.config.ts). Stages hold words only: every length is a fact id, every phone number a service id, so a
 * digit in a journey fails validation.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { SYSTEMS, translationSchema } from '../schemas';
import { englishFiles, translatedFiles } from './languageFiles';
import { JOURNEY_ICONS } from '../../lib/journey';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by "-"');
const sitePath = z.string().regex(/^\/[a-z0-9/-]*\/$/, 'a site path without language, like /nrm/move-on/');
const isoDate = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' });

/** Words for the reader: no digits, so no length, date or phone number can be typed in by hand. */
const words = z
  .string()
  .min(2)
  .refine((text) => !/\p{Nd}/u.test(text), {
    message: 'no digits in journey text: name a fact (lengths) or a service (phone numbers) instead',
  });

/** Words that may hold one fact's value where `{fact}` is written; without a fact, plain words ("no set time"). */
export const factTextSchema = z
  .object({ fact: id.optional(), text: words })
  .refine((value) => (value.fact !== undefined) === value.text.includes('{fact}'), {
    message: 'write {fact} in the text where the fact goes, and only when a fact is named',
    path: ['text'],
  })
  .refine((value) => value.text.split('{fact}').length <= 2, { message: 'use {fact} once', path: ['text'] });

export const stageSchema = z.object({
  /** Used in the address: #stage-<id>. */
  id,
  /** A short name for the picture (two or three words). */
  label: words.max(40),
  title: words.max(90),
  icon: z.enum(JOURNEY_ICONS),
  /** The two stages after the final decision: what happens if it is yes, and if it is no. */
  branch: z.enum(['yes', 'no']).optional(),
  happens: words,
  howLong: factTextSchema,
  get: z.array(words).min(1),
  choose: z.array(words).min(1),
  questions: z.array(words).min(1),
  wrong: z.array(z.object({ problem: words, action: words })).min(1),
  /** Services shown with their name and main contact, from content/services. */
  services: z.array(id).default([]),
  /** Glossary terms to link, from content/glossary/en. */
  terms: z.array(id).default([]),
  /** The page that tells this stage in full. */
  detail: sitePath,
});

/** One nation's column in the comparison of the three systems. */
export const compareSchema = z.object({
  support: factTextSchema,
  moveOn: factTextSchema,
  providers: z.array(id).min(1),
  decisionBody: words,
  defence: z.object({ text: words, sources: z.array(id).min(1) }),
  guardians: z.object({ services: z.array(id).min(1), note: factTextSchema }),
});

export const journeySchema = z
  .object({
    title: words.max(90),
    summary: words.max(160),
    nations: z.array(z.enum(SYSTEMS)).min(1),
    /** The page about this system, step by step. */
    page: sitePath,
    sources: z.array(id).min(1),
    lastReviewed: isoDate,
    reviewBy: isoDate,
    stages: z.array(stageSchema).min(4),
    /** The three nations' journeys fill the comparison; the children's journey does not. */
    compare: compareSchema.optional(),
  })
  .refine((journey) => new Set(journey.stages.map((stage) => stage.id)).size === journey.stages.length, {
    message: 'every stage needs its own id',
    path: ['stages'],
  })
  .refine(
    (journey) => {
      const branched = journey.stages.flatMap((stage, index) => (stage.branch ? [{ index, branch: stage.branch }] : []));
      if (branched.length === 0) return true;
      const [yes, no] = branched;
      return branched.length === 2 && yes!.branch === 'yes' && no!.branch === 'no' && no!.index === yes!.index + 1;
    },
    { message: 'at most one pair of branch stages: the "yes" stage, then straight after it the "no" stage', path: ['stages'] },
  );

/** A translated journey: its words (stages keep the English ids, icons, services and terms: a unit test checks the shape). */
export const journeyTranslationSchema = translationSchema(
  { title: journeySchema.shape.title, summary: journeySchema.shape.summary, stages: journeySchema.shape.stages, compare: journeySchema.shape.compare },
  'journey (content/journeys/en/…)',
);

export type JourneyEntryData = z.infer<typeof journeySchema>;
export type JourneyTranslationData = z.infer<typeof journeyTranslationSchema>;

/** Collections for the journeys feature (merged into src/content.config.ts). */
export const journeysCollections = {
  journeys: defineCollection({ loader: englishFiles('./content/journeys', 'yaml'), schema: journeySchema }),
  journeyTranslations: defineCollection({ loader: translatedFiles('./content/journeys', 'yaml'), schema: journeyTranslationSchema }),
};
