import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { factSchema, glossarySchema, pageSchema, serviceSchema, serviceTranslationsSchema, sourceSchema } from './content/schemas';
import { journeysCollections } from './content/collections/journeys';
import { checkerCollections } from './content/collections/checker';
import { pathwaysCollections } from './content/collections/pathways';
import { cardsCollections } from './content/collections/cards';

const yaml = (base: string) => glob({ pattern: '**/*.yaml', base });

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/pages' }), schema: pageSchema }),
  facts: defineCollection({ loader: yaml('./content/facts'), schema: factSchema }),
  services: defineCollection({ loader: yaml('./content/services'), schema: serviceSchema }),
  sources: defineCollection({ loader: yaml('./content/sources'), schema: sourceSchema }),
  glossary: defineCollection({ loader: yaml('./content/glossary'), schema: glossarySchema }),
  serviceTranslations: defineCollection({ loader: yaml('./content/service-translations'), schema: serviceTranslationsSchema }),
  ...journeysCollections,
  ...checkerCollections,
  ...pathwaysCollections,
  ...cardsCollections,
};
