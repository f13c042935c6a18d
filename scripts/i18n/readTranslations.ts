/**
 * Reads every translated unit from disk for `npm run i18n:status` and `npm run i18n:mark`: the same units, in the
 * same words, as the site reads from its collections (src/content/translationUnits.ts); both hash and count them
 * with src/lib/translationUnits.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { flattenKeys, type LocaleTree } from '../../src/lib/localeCheck.ts';
import {
  englishWordsOf, translationReport, uiTranslations, uiUnits, unitHash,
  type KindUnits, type LanguageReport, type TranslationRecord, type UiRecordFile, type UnitKind,
} from '../../src/lib/translationUnits.ts';
import { languages } from '../../src/i18n/languages.ts';
import { filesUnder } from '../lib/files.ts';


function readMdx(file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no frontmatter`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

const readYaml = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const recordOf = (data: Record<string, unknown> | undefined): TranslationRecord | undefined =>
  data ? { translatedFrom: data.translatedFrom as string | undefined, status: data.status as TranslationRecord['status'] } : undefined;

/** Units whose files sit in `<directory>/<lang>/…`, one unit a file. */
function fileUnits(root: string, directory: string, extension: '.mdx' | '.yaml', words: (data: Record<string, unknown>, body: string) => unknown) {
  const read = (file: string) => (extension === '.mdx' ? readMdx(file) : { data: readYaml(file), body: '' });
  const idsOf = (lang: string) => filesUnder(join(root, directory, lang), extension).map((file) => [relative(join(root, directory, lang), file).slice(0, -extension.length), file] as const);
  return {
    english: new Map(idsOf('en').map(([id, file]) => {
      const { data, body } = read(file);
      return [id, unitHash(words(data, body))];
    })),
    translationsOf: (lang: string) => new Map(idsOf(lang).map(([id, file]) => [id, recordOf(read(file).data)!])),
  };
}

function localeFlat(root: string, folder: string): Record<string, Record<string, string>> {
  const directory = join(root, 'locales', folder);
  if (!existsSync(directory)) return {};
  return Object.fromEntries(
    readdirSync(directory)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name.replace(/\.json$/, ''), flattenKeys(JSON.parse(readFileSync(join(directory, name), 'utf8')) as LocaleTree)]),
  );
}

export function uiRecordFile(root: string, folder: string): string {
  return join(root, 'locales', `${folder}.translated-from.json`);
}

function uiRecord(root: string, folder: string): UiRecordFile | undefined {
  const file = uiRecordFile(root, folder);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as UiRecordFile) : undefined;
}

/** Every kind's English units and a reader of each language's records. */
export function readUnits(root = '.'): Record<UnitKind, { english: Map<string, string>; translationsOf: (lang: string) => Map<string, TranslationRecord> }> {
  const services = new Map(filesUnder(join(root, 'content/services'), '.yaml').map((file) => [relative(join(root, 'content/services'), file).replace(/\.yaml$/, ''), readYaml(file)]));
  const serviceTranslations = (lang: string) => {
    const file = join(root, 'content/service-translations', `${lang}.yaml`);
    const data = existsSync(file) ? (readYaml(file) as Record<string, Record<string, unknown>>) : {};
    return new Map(Object.entries(data).map(([id, entry]) => [id, recordOf(entry)!]));
  };
  return {
    page: fileUnits(root, 'content/pages', '.mdx', (data, body) => englishWordsOf.page({ ...(data as object), body } as never)),
    journey: fileUnits(root, 'content/journeys', '.yaml', (data) => englishWordsOf.journey(data as never)),
    pathways: fileUnits(root, 'content/pathways', '.yaml', (data) => englishWordsOf.pathways(data as never)),
    glossary: fileUnits(root, 'content/glossary', '.yaml', (data) => englishWordsOf.glossary(data as never)),
    service: {
      english: new Map([...services].map(([id, data]) => [id, unitHash(englishWordsOf.service(data as never))])),
      translationsOf: serviceTranslations,
    },
    card: fileUnits(root, 'content/cards', '.yaml', (data) => englishWordsOf.card(data as never)),
    ui: {
      english: uiUnits(localeFlat(root, 'en')),
      translationsOf: (lang) => uiTranslations(localeFlat(root, lang), uiRecord(root, lang)),
    },
  };
}

/** The translation report of every declared language, read from disk. */
export function readTranslationReport(root = '.'): LanguageReport[] {
  const units = readUnits(root);
  return translationReport(
    languages.map((language) => ({
      code: language.code,
      englishName: language.englishName,
      enabled: language.enabled,
      isSource: language.code === 'en',
      kinds: Object.fromEntries(
        Object.entries(units).map(([kind, { english, translationsOf }]): [string, KindUnits] => [kind, { english, translations: language.code === 'en' ? new Map() : translationsOf(language.path) }]),
      ),
    })),
  );
}
