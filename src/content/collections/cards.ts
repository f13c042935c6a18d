/**
 * Collections for the cards feature (merged into src/content.config.ts): the words on the pocket cards and the
 * "show this" phrase cards, one folder per language (`content/cards/<lang>/rights.yaml`, `…/phrases.yaml`).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { languageSlots } from '../../lib/phraseText';
import { translationRecordFields } from '../schemas';
import { englishFiles, translatedFiles } from './languageFiles';

export const RIGHT_IDS = ['choice', 'interpreter', 'support'] as const;
export const PHRASE_IDS = ['interpreter', 'private', 'helpline', 'doctor', 'do-not-call'] as const;

/** Numbers live in content/facts and content/services; a card's words type none, in any script. */
const cardText = z
  .string()
  .min(2)
  .max(200)
  .refine((text) => !/\p{N}/u.test(text), { message: 'do not type a number; the card adds phone numbers from content/services' });

const everyIdOnce = <T extends string>(ids: readonly T[]) => (items: readonly { id: T }[]) =>
  items.length === ids.length && ids.every((id) => items.filter((item) => item.id === id).length === 1);

export const rightsCardSchema = z.object({
  kind: z.literal('rights'),
  rights: z
    .array(z.object({ id: z.enum(RIGHT_IDS), title: cardText, text: cardText }))
    .refine(everyIdOnce(RIGHT_IDS), { message: `list each right once: ${RIGHT_IDS.join(', ')}` }),
});

export const phrasesCardSchema = z.object({
  kind: z.literal('phrases'),
  phrases: z
    .array(
      z
        .object({
          id: z.enum(PHRASE_IDS),
          text: cardText,
          /** A service whose number is shown under the phrase (from content/services). */
          service: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).optional(),
        })
        .refine((phrase) => languageSlots(phrase.text) === (phrase.id === 'interpreter' ? 1 : 0), {
          message: 'the interpreter phrase names the language once with {{language}}; other phrases do not use it',
          path: ['text'],
        }),
    )
    .refine(everyIdOnce(PHRASE_IDS), { message: `list each phrase once: ${PHRASE_IDS.join(', ')}` }),
});

export const cardsSchema = z.discriminatedUnion('kind', [rightsCardSchema, phrasesCardSchema]);

/** A translated card: the same ids with their words; which service a phrase shows comes from the English card. */
export const cardTranslationSchema = z.discriminatedUnion('kind', [
  rightsCardSchema.extend(translationRecordFields).strict(),
  z
    .object({
      kind: z.literal('phrases'),
      phrases: z.array(z.object({ id: z.enum(PHRASE_IDS), text: cardText }).strict()).refine(everyIdOnce(PHRASE_IDS), { message: `list each phrase once: ${PHRASE_IDS.join(', ')}` }),
      ...translationRecordFields,
    })
    .strict(),
]);

export type RightsCardData = z.infer<typeof rightsCardSchema>;
export type PhrasesCardData = z.infer<typeof phrasesCardSchema>;

export const cardsCollections = {
  cards: defineCollection({ loader: englishFiles('./content/cards', 'yaml'), schema: cardsSchema }),
  cardTranslations: defineCollection({ loader: translatedFiles('./content/cards', 'yaml'), schema: cardTranslationSchema }),
};
