// One-off step of the move to the translation model: adds each language's translated contact notes and hours
// labels to content/service-translations/<lang>.yaml (in the order of the English contacts) and records the English
// version each service's texts now follow.
//   node scripts/i18n/add-contact-notes.ts <folder with <lang>.yaml files: a list of { en, text }>
// A language with no file yet keeps its descriptions and is recorded against the English without notes, so it is
// reported stale until its notes are added.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { englishWordsOf, unitHash } from '../../src/lib/translationUnits.ts';
import { languages } from '../../src/i18n/languages.ts';

const notesDirectory = process.argv[2];
if (!notesDirectory) throw new Error('usage: node scripts/i18n/add-contact-notes.ts <folder>');

type Contact = { kind: string; note?: string; hours?: string };
const services = new Map(
  readdirSync('content/services')
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => [name.replace(/\.yaml$/, ''), parse(readFileSync(join('content/services', name), 'utf8')) as { description: string; contacts: Contact[] }]),
);
/** Hours labels said by a UI string ("24 hours, every day") are not translated here. */
const ownWords = (text: string | undefined) => (text && text !== '24/7' ? text : undefined);

for (const language of languages.filter((candidate) => candidate.code !== 'en')) {
  const file = join('content/service-translations', `${language.path}.yaml`);
  if (!existsSync(file)) continue;
  const notesFile = join(notesDirectory, `${language.path}.yaml`);
  const notes = existsSync(notesFile)
    ? new Map((parse(readFileSync(notesFile, 'utf8')) as { en: string; text: string }[]).map((item) => [item.en, item.text]))
    : undefined;
  const doc = parseDocument(readFileSync(file, 'utf8'));
  let done = 0;
  for (const [id, english] of services) {
    if (!doc.has(id)) continue;
    const contacts = english.contacts.map((contact) => {
      const words: { note?: string; hours?: string } = {};
      for (const field of ['note', 'hours'] as const) {
        const text = ownWords(contact[field]);
        if (!text || !notes) continue;
        const translated = notes.get(text);
        if (!translated) throw new Error(`${notesFile}: no translation of "${text}"`);
        words[field] = translated;
      }
      return words;
    });
    const complete = notes !== undefined;
    const hash = unitHash(englishWordsOf.service(complete ? english : { ...english, contacts: english.contacts.map(() => ({})) }));
    const entry = doc.get(id) as { set: (key: string, value: unknown) => void; delete: (key: string) => void };
    if (contacts.some((words) => Object.keys(words).length > 0)) entry.set('contacts', contacts);
    else entry.delete('contacts');
    entry.set('translatedFrom', hash);
    entry.set('status', 'machine');
    done += 1;
  }
  writeFileSync(file, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  console.log(`${language.code}: ${done} services${notes ? ', notes added' : ', no notes yet (recorded as stale)'}`);
}
