/** Reads locales/ and content/pages/ from disk for the translation status report. */
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

export function readTranslationStatus(root = '.'): LanguageStatus[] {
  const englishPages = englishPageHashes(root);
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
      return { code: language.code, englishName: language.englishName, enabled: language.enabled, uiKeys: uiKeysOf(root, language.path), pages };
    }),
  );
}
