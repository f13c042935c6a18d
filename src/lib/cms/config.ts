/**
 * The Decap CMS configuration of /admin/, built from the zod schemas and the language registry (never by hand), so
 * the editor and the build cannot disagree: `npm run cms:config` writes it to src/admin/config.json, and a unit test
 * fails when the committed file differs from what the schemas give now.
 *
 * Translations hold words only: in every collection with languages, only the fields a translation may hold are
 * marked `i18n: true`; Decap shows every other field in English only and never writes it to a translated file.
 */
import { mdxBlocks } from './mdxBlocks';
import { fieldsOf, type CmsField, type FieldOptions, type References, type ZodLike } from './fields';

export interface CmsSchemas {
  page: ZodLike;
  /** The words a translated page holds besides its body (title, summary). */
  pageTranslationWords: ZodLike;
  /** `translatedFrom` and `status`, which every translation records. */
  translationRecord: ZodLike;
  fact: ZodLike;
  service: ZodLike;
  contact: ZodLike;
  /** What a contact's value must look like, by kind. */
  contactValueRules: Readonly<Record<string, readonly [RegExp, string]>>;
  source: ZodLike;
  glossary: ZodLike;
  rightsCard: ZodLike;
  phrasesCard: ZodLike;
  checkerEntitlement: ZodLike;
}

export interface CmsConfigInput {
  schemas: CmsSchemas;
  /** The switched-on languages, English first: their folders and English names. */
  languages: readonly { path: string; englishName: string }[];
}


/** Fields whose value is an id of other content: the editor offers a list of the ids that exist. */
export const REFERENCES: References = {
  sources: { collection: 'sources', search: ['title', 'publisher'], display: ['title'] },
  quoteFrom: { collection: 'sources', search: ['title', 'publisher'], display: ['title'] },
  facts: { collection: 'facts', search: ['label'], display: ['label'] },
  fact: { collection: 'facts', search: ['label'], display: ['label'] },
  contractConfirmed: { collection: 'facts', search: ['label'], display: ['label'] },
  services: { collection: 'services', search: ['name'], display: ['name'] },
  service: { collection: 'services', search: ['name'], display: ['name'] },
};

const LONG_TEXT = ['summary', 'description', 'definition', 'quote', 'hoursQuote', 'note', 'text', 'brief'];

const HINTS: Record<string, Partial<CmsField>> = {
  summary: { hint: 'One or two short sentences, at most 160 characters. Used for link previews and search.' },
  quote: { hint: "The source's own words that prove it (at most 300 characters)." },
  seen: { hint: 'The day you read the quote in the source, YYYY-MM-DD.' },
  checked: { hint: 'The day you last checked this against its sources, YYYY-MM-DD.' },
  verified: { hint: 'Only tick this when the quote proves the value. An unverified fact makes pages say "ask an adviser".' },
  display: { hint: 'The number as the service prints it, digits and spaces (08000 121 700).' },
};

const options = (extra: FieldOptions = {}): FieldOptions => ({ references: REFERENCES, longText: LONG_TEXT, overrides: HINTS, ...extra });

/** `translatedFrom` and `status`, shown to translators beside the English (custom widgets in src/admin/main.ts). */
function recordFields(schema: ZodLike): CmsField[] {
  const [translatedFrom, status] = fieldsOf(schema, options({ translated: ['translatedFrom', 'status'] }));
  return [
    {
      ...translatedFrom!,
      label: 'English version this translation follows',
      widget: 'waymark-translated-from',
      required: false,
      hint: 'After you update the translation to match the English, press "Mark as current".',
    },
    {
      ...status!,
      label: 'Translation status',
      widget: 'waymark-status',
      required: false,
      hint: 'Choose "reviewed" only if you, a person who reads this language, read the whole translation against the English.',
    },
  ];
}

/** A contact as one of its kinds, each with its own rule for the value (UK E.164 numbers for phones). */
function contactsField(schemas: CmsSchemas): CmsField {
  const all = fieldsOf(schemas.contact, options());
  const kind = all.find((field) => field.name === 'kind')!;
  const others = all.filter((field) => field.name !== 'kind' && field.name !== 'value');
  return {
    name: 'contacts',
    label: 'Contacts',
    widget: 'list',
    min: 1,
    typeKey: 'kind',
    collapsed: false,
    types: kind.options!.map((name) => {
      const [pattern, message] = schemas.contactValueRules[name]!;
      return {
        name,
        label: name,
        widget: 'object',
        summary: '{{fields.value}}',
        fields: [{ name: 'value', label: 'Value', widget: 'string', pattern: [pattern.source, message] }, ...others.filter((field) => name !== 'web' && name !== 'email' || field.name !== 'display')],
      };
    }),
  };
}

const BODY_FIELD: CmsField = {
  name: 'body',
  label: 'Page text',
  widget: 'markdown',
  i18n: true,
  modes: ['raw', 'rich_text'],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list'],
  editor_components: mdxBlocks([]).map((block) => block.id),
  hint: 'Write numbers, phone numbers and time limits as blocks (Fact, Contact), never by hand: the build refuses a typed number.',
};

export function buildCmsConfig({ schemas, languages }: CmsConfigInput) {
  const i18n = { structure: 'multiple_folders', locales: languages.map((language) => language.path), default_locale: languages[0]!.path };
  const yamlFolder = (name: string, label: string, folder: string, fields: CmsField[], extra: Record<string, unknown> = {}) => ({
    name, label, folder, extension: 'yaml', format: 'waymark-yaml', create: true, fields, ...extra,
  });
  // Decap keeps a language per folder for folder collections only, so both cards are entries of one collection:
  // each file holds the list of its own kind (rights or phrases) and leaves the other out.
  const [rightsKind, rights] = fieldsOf(schemas.rightsCard, options({ translated: ['rights'] }));
  const [phrasesKind, phrases] = fieldsOf(schemas.phrasesCard, options({ translated: ['phrases'] }));
  const cardFields: CmsField[] = [
    { name: 'kind', label: 'Kind', widget: 'select', options: [String(rightsKind!.default), String(phrasesKind!.default)], i18n: 'duplicate' },
    { ...rights!, required: false },
    { ...phrases!, required: false },
    ...recordFields(schemas.translationRecord),
  ];
  const pagesCollection = (name: string, label: string, folder: string, fields: CmsField[]) => ({
    name, label, label_singular: 'Page', folder,
    // Pages sit one folder deep (nrm/reasonable-grounds): the path gives the depth to read. New pages need a route,
    // so they are added in git.
    path: 'section/{{slug}}',
    extension: 'mdx', format: 'waymark-mdx', create: false, summary: '{{title}}', identifier_field: 'title', fields,
  });
  return {
    backend: { name: 'github', repo: 'OWNER/REPOSITORY', branch: 'main', squash_merges: true },
    publish_mode: 'editorial_workflow',
    local_backend: true,
    media_folder: 'content/media',
    i18n,
    collections: [
      pagesCollection('pages', 'Pages (English)', 'content/pages/en', [...fieldsOf(schemas.page, options()), BODY_FIELD]),
      // Decap finds a file's language in the folder just above it, and pages sit one folder deeper
      // (content/pages/ar/nrm/…), so each language's pages are a collection of their own: words only, with the
      // English beside each field (the waymark-english widget).
      ...languages.slice(1).map((language) => pagesCollection(`pages-${language.path}`, `Pages in ${language.englishName} (${language.path})`, `content/pages/${language.path}`, [
        { name: 'english', label: 'The English page', widget: 'waymark-english', required: false, hint: 'The English as it is now, to translate from.' },
        ...fieldsOf(schemas.pageTranslationWords, options()),
        ...recordFields(schemas.translationRecord),
        { ...BODY_FIELD, modes: ['raw'] },
      ])),
      yamlFolder('facts', 'Facts (numbers, time limits, dates)', 'content/facts', fieldsOf(schemas.fact, options()), { identifier_field: 'label', summary: '{{label}}' }),
      yamlFolder('services', 'Services', 'content/services', fieldsOf(schemas.service, options()).map((field) => (field.name === 'contacts' ? contactsField(schemas) : field)), { identifier_field: 'name', summary: '{{name}}' }),
      yamlFolder('sources', 'Sources', 'content/sources', fieldsOf(schemas.source, options()), { summary: '{{title}} ({{publisher}})' }),
      yamlFolder('glossary', 'Glossary', 'content/glossary', [...fieldsOf(schemas.glossary, options({ translated: ['term', 'definition'] })), ...recordFields(schemas.translationRecord)], {
        i18n: true, identifier_field: 'term', summary: '{{term}}',
      }),
      yamlFolder('cards', 'Cards', 'content/cards', cardFields, { i18n: true, create: false, identifier_field: 'kind', summary: '{{kind}} card' }),
      yamlFolder('checker', 'Checker rules', 'content/checker/entitlements', fieldsOf(schemas.checkerEntitlement, options()), { summary: '{{title}}' }),
    ],
  };
}

export type CmsConfig = ReturnType<typeof buildCmsConfig>;

/** One field of the configuration by collection and name, for tests and the editor's own code. */
export function cmsField(config: CmsConfig, collection: string, name: string): CmsField | undefined {
  const found = config.collections.find((candidate) => candidate.name === collection) as { fields?: CmsField[] } | undefined;
  return found?.fields?.find((field) => field.name === name);
}

