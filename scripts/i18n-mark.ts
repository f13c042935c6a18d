// After updating a translation, records the English version it now follows (only then is it current again).
//   npm run i18n:mark -- <lang> <kind>:<id> …      e.g.  npm run i18n:mark -- ar page:rights/interpreters ui:common:notice.checked
//   npm run i18n:mark -- <lang> --status checked <kind>:<id> …   also sets the status (machine or checked; a person sets reviewed)
// Kinds: page, journey, pathways, glossary, service, card, ui (ui ids are <namespace>:<key>, plural forms once).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { readUnits, uiRecordFile } from './i18n/readTranslations.ts';
import { TRANSLATION_STATUSES, UNIT_KINDS, type TranslationStatus, type UiRecordFile, type UnitKind } from '../src/lib/translationUnits.ts';
import { languages } from '../src/i18n/languages.ts';

const args = process.argv.slice(2);
const language = languages.find((candidate) => candidate.code === args[0] || candidate.path === args[0]);
if (!language || language.code === 'en') throw new Error('name a translated language first, e.g. npm run i18n:mark -- ar page:rights/interpreters');
const statusIndex = args.indexOf('--status');
const status = statusIndex >= 0 ? (args[statusIndex + 1] as TranslationStatus) : undefined;
if (status && (!TRANSLATION_STATUSES.includes(status) || status === 'reviewed' && !process.env.WAYMARK_REVIEWER)) {
  throw new Error('--status is machine or checked (a person who read the translation sets reviewed, with WAYMARK_REVIEWER=<name>)');
}
const units = args.slice(1).filter((arg, index, all) => arg !== '--status' && all[index - 1] !== '--status');
const english = readUnits('.');

const yamlOptions = { lineWidth: 0, flowCollectionPadding: false } as const;
function setRecord(file: string, path: string[], hash: string) {
  if (file.endsWith('.json')) {
    const record: UiRecordFile = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    const [namespace, key] = path as [string, string];
    const entry = (record[namespace] ??= { status: 'machine', keys: {} });
    entry.keys[key] = hash;
    // A status given for one string is that string's own; the namespace's status stays what it was.
    if (status && status !== entry.status) entry.statuses = { ...entry.statuses, [key]: status };
    else if (entry.statuses) delete entry.statuses[key];
    const sorted = <T>(object: Record<string, T>) => Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : 1)));
    entry.keys = sorted(entry.keys);
    if (entry.statuses && Object.keys(entry.statuses).length > 0) entry.statuses = sorted(entry.statuses);
    else delete entry.statuses;
    writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    return;
  }
  const source = readFileSync(file, 'utf8');
  const mdx = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  const doc = parseDocument(mdx ? mdx[1]! : source);
  doc.setIn([...path, 'translatedFrom'], hash);
  if (status || !doc.hasIn([...path, 'status'])) doc.setIn([...path, 'status'], status ?? 'machine');
  const text = doc.toString(yamlOptions);
  writeFileSync(file, mdx ? `---\n${text.trimEnd()}\n---\n${mdx[2]}` : text);
}

for (const unit of units) {
  const [kind, ...rest] = unit.split(':');
  const id = rest.join(':');
  if (!UNIT_KINDS.includes(kind as UnitKind)) throw new Error(`"${unit}": the kind is one of ${UNIT_KINDS.join(', ')}`);
  const hash = english[kind as UnitKind].english.get(id);
  if (!hash) throw new Error(`"${unit}": no English ${kind} "${id}" (npm run i18n:status -- --hashes lists them)`);
  const where: Record<UnitKind, () => [string, string[]]> = {
    page: () => [join('content/pages', language.path, `${id}.mdx`), []],
    journey: () => [join('content/journeys', language.path, `${id}.yaml`), []],
    pathways: () => [join('content/pathways', language.path, `${id}.yaml`), []],
    glossary: () => [join('content/glossary', language.path, `${id}.yaml`), []],
    card: () => [join('content/cards', language.path, `${id}.yaml`), []],
    service: () => [join('content/service-translations', `${language.path}.yaml`), [id]],
    ui: () => [uiRecordFile('.', language.path), id.split(/:(.*)/s).slice(0, 2)],
  };
  const [file, path] = where[kind as UnitKind]();
  if (kind !== 'ui' && !existsSync(file)) throw new Error(`${file} does not exist: translate it first`);
  setRecord(file, path, hash);
  console.log(`${language.code} ${unit} → ${hash}`);
}
