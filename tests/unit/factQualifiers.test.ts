import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FACT_QUALIFIERS, describeFinding, entryBeside, foldForMatch, missingQualifiers, pageFactMentions, placeholderFactMentions, qualifierWords,
  tokenFactMentions, type FactQualifier, type QualifierList,
} from '../../src/lib/factQualifiers';
import { enabledLanguages } from '../../src/i18n/languages';
import { flattenKeys, type LocaleTree } from '../../src/lib/localeCheck';
import { allFactMentions, qualifierListOf } from '../helpers/factMentions';
import { loadFacts, splitFrontmatter } from '../helpers/content';

const facts = loadFacts();
const qualifierOf = (id: string): FactQualifier | undefined => facts.get(id)?.qualifier;
const beside = (text: string, entry: string, lang = 'en') => entryBeside(tokenFactMentions(text, 'f')[0]!, entry, lang);

describe('the qualifier beside a fact', () => {
  it('reads a list as its entries', () => {
    expect(qualifierWords(' at least … | … or longer |')).toEqual(['at least …', '… or longer']);
  });

  it('finds "at least" just before the value, "or longer" just after it, and both halves of "تر … پورې"', () => {
    expect(beside('Support lasts at least {fact}.', 'at least …')).toBe(true);
    expect(beside('Support lasts {fact} or longer.', '… or longer')).toBe(true);
    expect(beside('Support lasts {fact} or longer.', 'at least …')).toBe(false);
    expect(beside('ملاتړ تر {fact} پورې دوام کوي', 'تر … پورې', 'ps')).toBe(true);
    expect(beside('ملاتړ {fact} پورې دوام کوي', 'تر … پورې', 'ps')).toBe(false);
    expect(beside('يستمر الدعم {fact} على الأقل', 'على الأقل', 'ar')).toBe(true);
  });

  it('does not take the words from elsewhere in the sentence, or from the next sentence', () => {
    expect(beside('At least one person can help. It lasts {fact}.', 'at least …')).toBe(false);
    expect(beside('Up to you: support lasts a long time, about {fact}.', 'up to …')).toBe(false);
    expect(beside('It lasts {fact}. At least, that is the rule.', 'at least')).toBe(false);
  });

  it('ends a Hindi, Bengali or Punjabi sentence at the danda (।)', () => {
    expect(beside('मदद कम से कम। {fact} चलती है।', 'कम से कम …')).toBe(false);
    expect(beside('सहायता {fact}। या अधिक', '… या अधिक')).toBe(false);
    expect(beside('सहायता कम से कम {fact} चलती है।', 'कम से कम …')).toBe(true);
  });

  it('matches whole words in a spaced script, and inside a run of Chinese', () => {
    expect(beside('It lasts aabout {fact}.', 'about …')).toBe(false);
    expect(beside('支持至少持续{fact}。', '至少…', 'zh-Hans')).toBe(true);
    expect(beside('目标是在转介后{fact}内作出决定。', '…内', 'zh-Hans')).toBe(true);
  });

  it('allows a short word or a glued preposition between the qualifier and the value', () => {
    expect(beside('ድጋፍ ቢያንስ ለ{fact} ይቆያል', 'ቢያንስ …', 'am')).toBe(true);
    expect(beside('لانیکەم بۆ {fact} پاڵپشتی وەردەگرن', 'لانیکەم …', 'ckb')).toBe(true);
  });

  it('reads the same letters whatever the keyboard typed', () => {
    expect(foldForMatch('دست‌کم', 'fa')).toBe(foldForMatch('دستکم', 'fa'));
    expect(foldForMatch('حداکثر', 'fa')).toBe(foldForMatch('حداكثر', 'ar'));
    expect(foldForMatch('تقريبًا', 'ar')).toBe(foldForMatch('تقريبا', 'ar'));
  });

  it('finds a fact in a page, a journey text, a pathways text and a timeline string', () => {
    expect(pageFactMentions('It lasts at least\n<Fact id="ew-move-on-min-days" />. Then **more**.')).toEqual([{ fact: 'ew-move-on-min-days', before: 'It lasts at least ', after: '' }]);
    expect(tokenFactMentions('Up to {fact}, or until {contact:x} says.', 'scotland-support-period-max-days')[0]).toMatchObject({ fact: 'scotland-support-period-max-days', before: 'Up to ' });
    expect(tokenFactMentions('lasts {fact:ni-support-period-min-days} or longer')[0]).toMatchObject({ fact: 'ni-support-period-min-days', after: ' or longer' });
    expect(placeholderFactMentions('within {{duration}} of the referral', 'duration', 'rg-decision-target-days')[0]).toMatchObject({ before: 'within ' });
  });
});

describe('a translation that loses the qualifier of a fact', () => {
  const sq = qualifierListOf('sq')!;

  it('fails, naming the language, the file and the fact (a page)', () => {
    const file = 'tests/fixtures/broken/translation-without-qualifier.mdx';
    const { body } = splitFrontmatter(readFileSync(file, 'utf8'));
    const findings = missingQualifiers([{ lang: 'sq', file, mentions: pageFactMentions(body) }], qualifierOf, () => sq);
    expect(findings.map(describeFinding)).toEqual([
      `sq: ${file}: fact "ew-move-on-min-days" needs its "minimum" words (locales/sq/qualifiers.json) beside it; found "Ajo zgjat [ew-move-on-min-days]"`,
    ]);
  });

  it('fails, naming the language, the file and the fact (a journey, from the real Arabic text with the words taken out)', () => {
    const file = 'content/journeys/ar/england-and-wales.yaml';
    const text = readFileSync(file, 'utf8');
    const line = /text: "(.*\{fact\} على الأقل.*)"/.exec(text)![1]!;
    expect(missingQualifiers([{ lang: 'ar', file, mentions: tokenFactMentions(line, 'ew-recovery-period-min-days') }], qualifierOf, qualifierListOf)).toEqual([]);
    const [finding] = missingQualifiers([{ lang: 'ar', file, mentions: tokenFactMentions(line.replace('على الأقل', ''), 'ew-recovery-period-min-days') }], qualifierOf, qualifierListOf);
    expect(finding).toMatchObject({ lang: 'ar', file, fact: 'ew-recovery-period-min-days', qualifier: 'minimum' });
  });

  it('fails when the language has no list yet', () => {
    const [finding] = missingQualifiers([{ lang: 'pl', file: 'x.mdx', mentions: tokenFactMentions('co najmniej {fact}', 'ew-move-on-min-days') }], qualifierOf, () => undefined);
    expect(finding).toMatchObject({ lang: 'pl', fact: 'ew-move-on-min-days' });
  });
});

describe('every text in every language keeps the qualifier of each fact it states', () => {
  const texts = allFactMentions();
  const qualified = (lang: string) => texts.filter((text) => text.lang === lang).flatMap((text) => text.mentions).filter((mention) => qualifierOf(mention.fact));

  it('checks the facts that have a qualifier: durations, and "about" figures', () => {
    expect(FACT_QUALIFIERS.every((qualifier) => [...facts.values()].some((fact) => fact.qualifier === qualifier))).toBe(true);
    expect(qualified('en').length).toBeGreaterThan(40);
  });

  for (const language of enabledLanguages.filter((l) => !l.dryRun)) {
    it(`${language.code}: pages, journeys, pathways and the timeline say each fact's qualifier beside it`, () => {
      expect(qualified(language.code).length).toBe(qualified('en').length);
      expect(missingQualifiers(texts.filter((text) => text.lang === language.code), qualifierOf, qualifierListOf).map(describeFinding)).toEqual([]);
    });

    it(`${language.code}: the length on each journey's picture (journey.qualifier) uses the same words`, () => {
      const list = qualifierListOf(language.code) as QualifierList;
      const strings = flattenKeys(JSON.parse(readFileSync(`locales/${language.path}/journey.json`, 'utf8')) as LocaleTree);
      const missing = FACT_QUALIFIERS.filter((qualifier) => {
        const [mention] = placeholderFactMentions(strings[`journey.qualifier.${qualifier}`] ?? '', 'value', qualifier);
        return !mention || !qualifierWords(list[qualifier]).some((entry) => entryBeside(mention, entry, language.code));
      });
      expect(missing).toEqual([]);
    });
  }
});
