// One-off migration to the translation model where translations hold words only, kept so its result can be re-checked.
// For every translated page, journey, pathways file, glossary term and card: drop the fields that come from English,
// and record (or re-record, under the one hash every kind now uses) the English version the translation follows.
// A translation that matched the English before keeps matching; a stale one stays stale. UI strings get a record
// file per language (locales/<lang>.translated-from.json) made from the English they match today.
//   node scripts/i18n/migrate-translation-model.ts
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument, parse } from 'yaml';
import { createHash } from 'node:crypto';
import { englishWordsOf, uiFamilyOf, unitHash, uiUnits, type UiRecordFile } from '../../src/lib/translationUnits.ts';
import { flattenKeys, type LocaleTree } from '../../src/lib/localeCheck.ts';
import { languages } from '../../src/i18n/languages.ts';

const counts: Record<string, number> = {};
const count = (what: string, by = 1) => (counts[what] = (counts[what] ?? 0) + by);

function files(directory: string, extension: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? files(path, extension) : path.endsWith(extension) ? [path] : [];
  });
}

/** The hash the old model used for pages (title, summary, body). */
function oldPageHash(page: { title: string; summary: string; body: string }): string {
  const normalised = [page.title, page.summary, page.body].map((part) => part.replace(/\s+/g, ' ').trim()).join('\n');
  return createHash('sha256').update(normalised).digest('hex').slice(0, 12);
}

const translated = languages.filter((language) => language.code !== 'en');

// Pages ---------------------------------------------------------------------------------------------------------
const PAGE_ENGLISH_ONLY = ['sources', 'nations', 'audience', 'section', 'lastReviewed', 'reviewBy', 'order'];
const splitMdx = (source: string) => {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no frontmatter');
  return { front: match[1]!, body: match[2]! };
};
for (const englishFile of files('content/pages/en', '.mdx')) {
  const slug = relative('content/pages/en', englishFile);
  const english = splitMdx(readFileSync(englishFile, 'utf8'));
  const data = parse(english.front) as { title: string; summary: string; sources: string[]; nations?: string[] };
  const oldHash = oldPageHash({ title: data.title, summary: data.summary, body: english.body });
  const newHash = unitHash(englishWordsOf.page({ ...data, body: english.body }));
  for (const language of translated) {
    const file = join('content/pages', language.path, slug);
    if (!existsSync(file)) continue;
    const source = readFileSync(file, 'utf8');
    const { front, body } = splitMdx(source);
    const doc = parseDocument(front);
    for (const field of PAGE_ENGLISH_ONLY) if (doc.has(field)) (doc.delete(field), count('page fields removed'));
    if (doc.get('translatedFrom') === oldHash) (doc.set('translatedFrom', newHash), count('pages current, re-recorded'));
    else count('pages stale, left stale');
    writeFileSync(file, `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd()}\n---\n${body}`);
  }
}

// Journeys and pathways -----------------------------------------------------------------------------------------
const DATA_KINDS = [
  { directory: 'content/journeys', englishOnly: ['nations', 'page', 'sources', 'lastReviewed', 'reviewBy'], words: englishWordsOf.journey },
  { directory: 'content/pathways', englishOnly: ['system', 'sources', 'lastReviewed', 'reviewBy'], words: englishWordsOf.pathways },
] as const;
for (const kind of DATA_KINDS) {
  for (const englishFile of files(join(kind.directory, 'en'), '.yaml')) {
    const name = relative(join(kind.directory, 'en'), englishFile);
    const data = parse(readFileSync(englishFile, 'utf8'));
    const oldHash = oldPageHash({ title: String(data.title), summary: String(data.summary), body: JSON.stringify(kind.directory.endsWith('journeys') ? { stages: data.stages, compare: data.compare ?? null } : { intro: data.intro, decide: data.decide, pathways: data.pathways, firstHour: data.firstHour }) });
    const newHash = unitHash(kind.words(data));
    for (const language of translated) {
      const file = join(kind.directory, language.path, name);
      if (!existsSync(file)) continue;
      const doc = parseDocument(readFileSync(file, 'utf8'));
      for (const field of kind.englishOnly) if (doc.has(field)) (doc.delete(field), count(`${kind.directory} fields removed`));
      if (doc.get('translatedFrom') === oldHash) (doc.set('translatedFrom', newHash), count(`${kind.directory} current, re-recorded`));
      else count(`${kind.directory} stale, left stale`);
      writeFileSync(file, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
    }
  }
}

// Glossary terms and cards: no record before; they were brought up to date with English last, so record today's English.
for (const englishFile of files('content/glossary/en', '.yaml')) {
  const name = relative('content/glossary/en', englishFile);
  const hash = unitHash(englishWordsOf.glossary(parse(readFileSync(englishFile, 'utf8'))));
  for (const language of translated) {
    const file = join('content/glossary', language.path, name);
    if (!existsSync(file)) continue;
    const doc = parseDocument(readFileSync(file, 'utf8'));
    if (doc.has('page')) (doc.delete('page'), count('glossary fields removed'));
    doc.set('translatedFrom', hash);
    doc.set('status', 'machine');
    count('glossary terms recorded');
    writeFileSync(file, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  }
}
for (const englishFile of files('content/cards/en', '.yaml')) {
  const name = relative('content/cards/en', englishFile);
  const hash = unitHash(englishWordsOf.card(parse(readFileSync(englishFile, 'utf8'))));
  for (const language of translated) {
    const file = join('content/cards', language.path, name);
    if (!existsSync(file)) continue;
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const phrases = doc.get('phrases');
    if (phrases && typeof phrases === 'object' && 'items' in phrases) {
      for (const item of (phrases as { items: { has: (key: string) => boolean; delete: (key: string) => void }[] }).items) {
        if (item.has('service')) (item.delete('service'), count('card fields removed'));
      }
    }
    doc.set('translatedFrom', hash);
    doc.set('status', 'machine');
    count('cards recorded');
    writeFileSync(file, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  }
}

// UI strings: a record file per language, from the English each present key family matches today.
const flatOf = (folder: string) =>
  Object.fromEntries(
    readdirSync(join('locales', folder))
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name.replace(/\.json$/, ''), flattenKeys(JSON.parse(readFileSync(join('locales', folder, name), 'utf8')) as LocaleTree)]),
  );
const englishUi = uiUnits(flatOf('en'));
for (const language of translated) {
  if (!existsSync(join('locales', language.path))) continue;
  const record: UiRecordFile = {};
  for (const [namespace, keys] of Object.entries(flatOf(language.path))) {
    const families = [...new Set(Object.keys(keys).map(uiFamilyOf))].sort();
    record[namespace] = {
      status: 'machine',
      keys: Object.fromEntries(families.flatMap((family) => {
        const hash = englishUi.get(`${namespace}:${family}`);
        return hash ? [[family, hash]] : [];
      })),
    };
    count('UI strings recorded', Object.keys(record[namespace]!.keys).length);
  }
  writeFileSync(join('locales', `${language.path}.translated-from.json`), `${JSON.stringify(record, null, 2)}\n`);
}

for (const [what, number] of Object.entries(counts)) console.log(`${String(number).padStart(6)}  ${what}`);
