/** Every place a text states a fact, in every language, read from disk: pages, journeys, pathways and the timeline's words. */
import { readFileSync } from 'node:fs';
import { flattenKeys, type LocaleTree } from '../../src/lib/localeCheck';
import { pageFactMentions, placeholderFactMentions, tokenFactMentions, type FactMention, type QualifierList, type TextMentions } from '../../src/lib/factQualifiers';
import { RULE_FACTS, TIMELINE_NATIONS, type KeyDateId } from '../../src/lib/timeline';
import { languages } from '../../src/i18n/languages';
import { loadPages, loadYamlCollection } from './content';

const codeOf = (folder: string) => languages.find((language) => language.path === folder)?.code ?? folder;

/** The strings of a data file, each with the fact its `{fact}` names (the `fact` field beside its `text`). */
function dataMentions(value: unknown, fact?: string): FactMention[] {
  if (typeof value === 'string') return tokenFactMentions(value, fact);
  if (Array.isArray(value)) return value.flatMap((item) => dataMentions(item));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const own = typeof record.fact === 'string' ? record.fact : undefined;
    return Object.entries(record).flatMap(([key, inner]) => (key === 'fact' ? [] : dataMentions(inner, own)));
  }
  return [];
}

/** The timeline's rules in a language's journey.json, each with the fact its `{{duration}}` states (src/lib/timeline.ts). */
function timelineMentions(folder: string): FactMention[] {
  const strings = flattenKeys(JSON.parse(readFileSync(`locales/${folder}/journey.json`, 'utf8')) as LocaleTree);
  return Object.entries(strings).flatMap(([key, text]) => {
    const match = /^timeline\.rules\.([^.]+)\.([^.]+)$/.exec(key);
    if (!match || !(match[1]! in RULE_FACTS)) return [];
    const byNation = RULE_FACTS[match[1] as KeyDateId];
    const nation = (TIMELINE_NATIONS as readonly string[]).includes(match[2]!) ? (match[2] as keyof typeof byNation) : 'ew';
    const fact = byNation[nation][0];
    return fact ? placeholderFactMentions(text, 'duration', fact) : [];
  });
}

/** Every text of every language that states a fact. */
export function allFactMentions(): TextMentions[] {
  const pages = loadPages().map((page) => ({ lang: codeOf(page.lang), file: page.file, mentions: pageFactMentions(page.body) }));
  const data = ['content/journeys', 'content/pathways'].flatMap((base) =>
    [...loadYamlCollection(base)].map(([id, { file, data: content }]) => ({ lang: codeOf(id.split('/')[0]!), file, mentions: dataMentions(content) })),
  );
  const ui = languages.filter((language) => language.enabled && !language.dryRun).map((language) => ({
    lang: language.code,
    file: `locales/${language.path}/journey.json`,
    mentions: timelineMentions(language.path),
  }));
  return [...pages, ...data, ...ui].filter((text) => text.mentions.length > 0);
}

/** A language's qualifier words (locales/<lang>/qualifiers.json), or undefined when it has none yet. */
export function qualifierListOf(lang: string): QualifierList | undefined {
  const folder = languages.find((language) => language.code === lang)?.path ?? lang;
  try {
    return JSON.parse(readFileSync(`locales/${folder}/qualifiers.json`, 'utf8')) as QualifierList;
  } catch {
    return undefined;
  }
}
