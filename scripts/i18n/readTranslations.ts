/**
 * Reads locales/, content/pages/ and the translated data (journeys, referral pathways) from disk for the translation
 * status report. Journeys and pathways count as pages: their slug is the site path they are shown at.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { contentHash } from '../../src/lib/contentHash.ts';
import { flattenKeys, type LocaleTree } from '../../src/lib/localeCheck.ts';
import { translationReport, uiKeyFamilies, type LanguageStatus } from '../../src/lib/translationReport.ts';
import { languages } from '../../src/i18n/languages.ts';

function mdxFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? mdxFiles(path) : path.endsWith('.mdx') ? [path] : [];
  });
}

function readPage(file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no frontmatter`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

function uiKeysOf(root: string, lang: string): Set<string> {
  const directory = join(root, 'locales', lang);
  if (!existsSync(directory)) return new Set();
  const keys = readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => Object.keys(flattenKeys(JSON.parse(readFileSync(join(directory, file), 'utf8')) as LocaleTree)).map((key) => `${file}:${key}`));
  return uiKeyFamilies(keys);
}

/** The English hash of every page, by slug (what a translation must record as translatedFrom). */
export function englishPageHashes(root: string): Map<string, string> {
  const base = join(root, 'content/pages/en');
  return new Map(
    mdxFiles(base).map((file) => {
      const { data, body } = readPage(file);
      return [relative(base, file).replace(/\.mdx$/, ''), contentHash({ title: String(data.title), summary: String(data.summary), body })];
    }),
  );
}

/** Data files translated like pages: where they live, the page that shows them, and the words that make their version. */
const TRANSLATED_DATA = [
  {
    directory: 'content/journeys',
    slugOf: (name: string) => `nrm/journey/${name}`,
    words: (data: Record<string, unknown>) => ({ stages: data.stages, compare: data.compare ?? null }),
  },
  {
    directory: 'content/pathways',
    slugOf: (name: string) => `services/pathways/${name}`,
    words: (data: Record<string, unknown>) => ({ intro: data.intro, decide: data.decide, pathways: data.pathways, firstHour: data.firstHour }),
  },
] as const;

function yamlFiles(directory: string): string[] {
  return existsSync(directory) ? readdirSync(directory).filter((name) => name.endsWith('.yaml')).map((name) => join(directory, name)) : [];
}

type DataKind = (typeof TRANSLATED_DATA)[number];

/** Every translated data file of one language, by slug, with its kind and the YAML as written (no defaults filled in). */
function dataFilesOf(root: string, langPath: string): Map<string, { kind: DataKind; data: Record<string, unknown> }> {
  return new Map(
    TRANSLATED_DATA.flatMap((kind) =>
      yamlFiles(join(root, kind.directory, langPath)).map((file) => [
        kind.slugOf(file.split('/').at(-1)!.replace(/\.yaml$/, '')),
        { kind, data: parse(readFileSync(file, 'utf8')) as Record<string, unknown> },
      ]),
    ),
  );
}

/** The English hash of every journey and pathway file, by slug (`nrm/journey/scotland`, `services/pathways/scotland`): a hash of its title, summary and the words it shows. */
export function englishDataHashes(root: string): Map<string, string> {
  return new Map(
    [...dataFilesOf(root, 'en')].map(([slug, { kind, data }]) => [
      slug,
      contentHash({ title: String(data.title), summary: String(data.summary), body: JSON.stringify(kind.words(data)) }),
    ]),
  );
}

/** Where the English file behind a slug lives, to tell translators. */
export function englishFileOf(slug: string): string {
  const kind = TRANSLATED_DATA.find((candidate) => slug.startsWith(candidate.slugOf('')));
  return kind ? `${kind.directory}/en/${slug.slice(kind.slugOf('').length)}.yaml` : `content/pages/en/${slug}.mdx`;
}

export function readTranslationStatus(root = '.'): LanguageStatus[] {
  const englishPages = new Map([...englishPageHashes(root), ...englishDataHashes(root)]);
  return translationReport(
    uiKeysOf(root, 'en'),
    englishPages,
    languages.map((language) => {
      const base = join(root, 'content/pages', language.path);
      const pages = new Map(
        language.code === 'en'
          ? []
          : mdxFiles(base).map((file) => {
              const { data } = readPage(file);
              return [relative(base, file).replace(/\.mdx$/, ''), { translatedFrom: data.translatedFrom as string, status: data.status as 'machine' | 'reviewed' }];
            }),
      );
      if (language.code !== 'en') {
        for (const [slug, { data }] of dataFilesOf(root, language.path)) {
          pages.set(slug, { translatedFrom: data.translatedFrom as string, status: data.status as 'machine' | 'reviewed' });
        }
      }
      return { code: language.code, englishName: language.englishName, enabled: language.enabled, uiKeys: uiKeysOf(root, language.path), pages };
    }),
  );
}
