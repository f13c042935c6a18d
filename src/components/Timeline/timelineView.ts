/**
 * What the timeline page and its page part both show, worked out once per language from the facts and the
 * translations: each key date's rule in words per nation, its sources, and the pieces of each "when" line.
 */
import type { TFunction } from 'i18next';
import { factCounter } from '../../i18n/translate';
import { factMap, sourceMap } from '../../content/queries';
import { localizedPath } from '../../i18n/paths';
import type { Language } from '../../i18n/languages';
import { KEY_DATE_IDS, TIMELINE_FACT_IDS, type KeyDateBasis, type KeyDateId } from '../../lib/timeline';
import { timelineFactsForScript, timelineRulesInWords, type RuleInWords } from '../../lib/timelineWords';
import { datePatternOf, serializeDatePattern } from '../../lib/datePattern';

export interface TimelineProps { t: TFunction; has: (key: string) => boolean; contentLanguage: Language; urlLanguage: Language }

export const ns = { ns: 'journey' } as const;
export const FIELDS = ['referral', 'reasonableGrounds', 'conclusiveGrounds', 'crime', 'employmentEnded'] as const;
export const FIELD_OF: Record<KeyDateId, (typeof FIELDS)[number]> = {
  'first-decision-aim': 'referral', 'recovery-end': 'reasonableGrounds', 'move-on-end': 'conclusiveGrounds',
  'compensation-limit': 'crime', 'employment-claim-limit': 'employmentEnded',
};
/** The ways each key date can turn out (timeline.ts KeyDateBasis); the script keeps the one that applies. */
export const BASES: Record<KeyDateId, KeyDateBasis[]> = {
  'first-decision-aim': ['target', 'cannot-count', 'unverified'],
  'recovery-end': ['at-least', 'up-to', 'final-decision-first', 'until-final-decision', 'unverified'],
  'move-on-end': ['at-least', 'end-of-first-period', 'no-set-time', 'further-period', 'unverified'],
  'compensation-limit': ['usual-limit', 'other-scheme', 'unverified'],
  'employment-claim-limit': ['before-conciliation', 'other-scheme', 'unverified'],
};
/** A basis that shares another's words: a length in working days cannot be counted, like a further period. */
export const WORDS_OF: Partial<Record<KeyDateBasis, KeyDateBasis>> = { 'cannot-count': 'further-period' };
export const DATED: KeyDateBasis[] = ['target', 'at-least', 'up-to', 'final-decision-first', 'until-final-decision', 'end-of-first-period', 'usual-limit', 'before-conciliation'];
/** Time limits: a date that has passed needs an adviser at once. */
export const LIMITS: KeyDateId[] = ['compensation-limit', 'employment-claim-limit'];
export const PROBLEMS = ['first-decision-before-referral', 'final-decision-before-first-decision', 'date-in-future'] as const;

export async function timelineView({ t, has, contentLanguage, urlLanguage }: TimelineProps) {
  const facts = await factMap();
  const sources = await sourceMap();
  const rules = timelineRulesInWords(facts, { locale: contentLanguage.code, formatCount: factCounter(t) });
  /** The words of a rule for one nation, from the wording the facts allow. */
  const ruleText = (words: RuleInWords): string => {
    const base = `timeline.rules.${words.id}`;
    const keys = words.wording === 'other-scheme' ? ['otherScheme'] : words.wording === 'unverified' ? ['unverified'] : [words.nation, 'rule'];
    const key = keys.map((k) => `${base}.${k}`).find((k) => has(k));
    return key ? t(key, { ...ns, duration: words.duration }) : t('timeline.when.unverified', ns);
  };
  const rulesById = KEY_DATE_IDS.map((id) => {
    const perNation = rules.filter((rule) => rule.id === id);
    const texts = perNation.map((rule) => ({ nation: rule.nation, text: ruleText(rule), sourceIds: rule.sourceIds }));
    const shared = texts.every((entry) => entry.text === texts[0]!.text);
    return { id, perNation, texts, shared, sourceIds: [...new Set(perNation.flatMap((rule) => rule.sourceIds))], askAdviser: id !== 'first-decision-aim' };
  });
  return {
    rulesById,
    /** A "when" line split around the date, so the script can put a <time> in the middle of any language's sentence. */
    whenParts(basis: KeyDateBasis): [string, string] {
      const marker = '\u0000';
      const [before = '', after = ''] = t(`timeline.when.${basis}`, { ...ns, date: marker }).split(marker);
      return [before, after];
    },
    /** The language's own list comma (", " in English, "، " in Arabic). */
    listSeparator: new Intl.ListFormat(contentLanguage.code, { type: 'conjunction' }).formatToParts(['a', 'b', 'c']).find((part) => part.type === 'literal')?.value ?? ', ',
    sourceLinks: (ids: string[]) => ids.map((id) => ({ id, href: localizedPath(urlLanguage, `about/sources/#source-${id}`), title: sources.get(id)?.title ?? id })),
    factsJson: JSON.stringify(timelineFactsForScript(facts, TIMELINE_FACT_IDS)),
    // The browser may lack this language's dates (Chromium has no Tigrinya or Welsh ones): the page brings its own.
    datePattern: serializeDatePattern(datePatternOf(contentLanguage.code)),
  };
}
