// What changed in English since a translation was made: finds, in the git history of the English file, the version
// the translation records (its `translatedFrom`) and shows the difference to the English now, word by word.
//   npm run i18n:diff -- <lang> <kind>:<id> …      e.g.  npm run i18n:diff -- ar page:rights/interpreters ui:common:notice.machine
// Update the translation to say what the English says now, then record it with npm run i18n:mark.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readUnits } from './i18n/readTranslations.ts';
import { UNIT_KINDS, type UnitKind } from '../src/lib/translationUnits.ts';
import { languages } from '../src/i18n/languages.ts';

/** The English file a unit's words live in. */
function englishFile(kind: UnitKind, id: string): string {
  if (kind === 'service') return `content/services/${id}.yaml`;
  if (kind === 'ui') return `locales/en/${id.split(':')[0]}.json`;
  const folder = { page: 'pages', journey: 'journeys', pathways: 'pathways', glossary: 'glossary', card: 'cards' }[kind];
  return `content/${folder}/en/${id}${kind === 'page' ? '.mdx' : '.yaml'}`;
}

/** The English version (hash) of one unit in one revision of its file, or undefined when it did not exist. */
function versionAt(kind: UnitKind, id: string, file: string, text: string): string | undefined {
  const root = mkdtempSync(join(tmpdir(), 'waymark-diff-'));
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
  return readUnits(root)[kind].english.get(id);
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const [code, ...unitArgs] = process.argv.slice(2);
const language = languages.find((candidate) => candidate.code === code || candidate.path === code);
if (!language || language.code === 'en' || unitArgs.length === 0) throw new Error('name a translated language and units, e.g. npm run i18n:diff -- ar page:rights/interpreters');
const units = readUnits('.');

for (const arg of unitArgs) {
  const [kind, ...rest] = arg.split(':') as [UnitKind, ...string[]];
  const id = rest.join(':');
  if (!UNIT_KINDS.includes(kind)) throw new Error(`${arg}: the kind is one of ${UNIT_KINDS.join(', ')}`);
  const now = units[kind].english.get(id);
  if (!now) throw new Error(`${arg}: no such English unit`);
  const recorded = units[kind].translationsOf(language.path).get(id)?.translatedFrom;
  const file = englishFile(kind, id);
  console.log(`\n== ${language.code} ${arg} (${file}): translation follows ${recorded ?? 'nothing'}, English is now ${now}`);
  if (recorded === now) {
    console.log('up to date: nothing changed');
    continue;
  }
  const commits = git('log', '--format=%H', '--', file).split('\n').filter(Boolean);
  const then = commits.find((commit) => versionAt(kind, id, file, git('show', `${commit}:${file}`)) === recorded);
  if (!then) {
    console.log(recorded ? 'the recorded version is not in this file\'s history: compare the whole translation with the English' : 'not translated yet');
    continue;
  }
  console.log(`the translation follows the English of commit ${then.slice(0, 10)}; changes since, [-removed-] {+added+}:`);
  const changed = spawnSync('git', ['diff', '--no-color', '--word-diff=plain', then, '--', file], { encoding: 'utf8' }).stdout
    .split('\n')
    .filter((line) => /\[-|\{\+/.test(line));
  // A UI string is one key of a namespace file: show the lines of that key only.
  const key = kind === 'ui' ? `"${id.split('.').pop()!.replace(/_(zero|one|two|few|many|other)$/, '')}` : '';
  console.log(changed.filter((line) => line.includes(key)).join('\n') || '(only its order or formatting changed)');
}
