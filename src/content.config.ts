import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  factSchema, glossarySchema, glossaryTranslationSchema, pageSchema, pageTranslationSchema, serviceSchema, serviceTranslationsSchema, sourceSchema,
} from './content/schemas';
import { journeysCollections } from './content/collections/journeys';
import { checkerCollections } from './content/collections/checker';
import { pathwaysCollections } from './content/collections/pathways';
import { cardsCollections } from './content/collections/cards';
import { englishFiles, translatedFiles } from './content/collections/languageFiles';

const yaml = (base: string) => glob({ pattern: '**/*.yaml', base });

export const collections = {
  pages: defineCollection({ loader: englishFiles('./content/pages', 'mdx'), schema: pageSchema }),
  pageTranslations: defineCollection({ loader: translatedFiles('./content/pages', 'mdx'), schema: pageTranslationSchema }),
  facts: defineCollection({ loader: yaml('./content/facts'), schema: factSchema }),
  services: defineCollection({ loader: yaml('./content/services'), schema: serviceSchema }),
  sources: defineCollection({ loader: yaml('./content/sources'), schema: sourceSchema }),
  glossary: defineCollection({ loader: englishFiles('./content/glossary', 'yaml'), schema: glossarySchema }),
  glossaryTranslations: defineCollection({ loader: translatedFiles('./content/glossary', 'yaml'), schema: glossaryTranslationSchema }),
  serviceTranslations: defineCollection({ loader: yaml('./content/service-translations'), schema: serviceTranslationsSchema }),
  ...journeysCollections,
  ...checkerCollections,
  ...pathwaysCollections,
  ...cardsCollections,
};
