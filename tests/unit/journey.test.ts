import { describe, expect, it } from 'vitest';
import { journeySchema, journeyTranslationSchema } from '../../src/content/collections/journeys';
import { enabledLanguages } from '../../src/i18n/languages';
import { pagePathOfEntry } from '../../src/i18n/paths';
import { factCounter, useTranslations } from '../../src/i18n/translate';
import { formatCalendarDate, parseIsoDate } from '../../src/lib/dates';
import { intlLocale } from '../../src/lib/factFormat';
import {
  COMPARED_SYSTEMS, JOURNEY_SYSTEMS, comparisonColumn, journeyErrors, journeyFactIds, stageLengths,
  type FactFormatting, type Journey, type JourneyFact, type JourneyFacts, type QualifierWords,
} from '../../src/lib/journey';
import { buildTimeline } from '../../src/lib/timeline';
import { timelineRulesInWords, type RuleFact } from '../../src/lib/timelineWords';
import { loadPages, loadYamlCollection, validationErrors } from '../helpers/content';

const journeyFiles = loadYamlCollection('content/journeys');
const englishJourneys = new Map(JOURNEY_SYSTEMS.map((system) => [system, journeySchema.parse(journeyFiles.get(`en/${system}`)?.data) as Journey]));
const pages = loadPages().filter((page) => page.lang === 'en');
const factFiles = loadYamlCollection('content/facts');
const facts = new Map([...factFiles].map(([id, { data }]) => [id, { ...data, checked: new Date(String(data.checked)) } as unknown as JourneyFact & RuleFact]));

function formattingFor(lang: string): { formatting: FactFormatting; qualifiers: QualifierWords } {
  const { t, language } = useTranslations(lang);
  return {
    formatting: { locale: language.code, formatCount: factCounter(t) },
    qualifiers: {
      minimum: (value) => t('journey.qualifier.minimum', { ns: 'journey', value }),
      maximum: (value) => t('journey.qualifier.maximum', { ns: 'journey', value }),
      about: (value) => t('journey.qualifier.about', { ns: 'journey', value }),
      target: (value) => t('journey.qualifier.target', { ns: 'journey', value }),
      exact: (value) => t('journey.qualifier.exact', { ns: 'journey', value }),
    },
  };
}

describe('the journeys data', () => {
  it('has one English journey per system, each valid against the schema', () => {
    for (const system of JOURNEY_SYSTEMS) expect(journeyFiles.has(`en/${system}`), system).toBe(true);
    expect([...journeyFiles].flatMap(([id, { file, data }]) => validationErrors(id.startsWith('en/') ? journeySchema : journeyTranslationSchema, data, file))).toEqual([]);
  });

  it('gives the three nations a comparison column and the children\'s journey none', () => {
    for (const system of COMPARED_SYSTEMS) expect(englishJourneys.get(system)?.compare, system).toBeDefined();
    expect(englishJourneys.get('children')?.compare).toBeUndefined();
  });

  it('runs from first contact to after the NRM, with the yes and no branches after the final decision', () => {
    for (const [system, journey] of englishJourneys) {
      const ids = journey.stages.map((stage) => stage.id);
      expect(ids[0], system).toBe('first-contact');
      expect(ids.at(-1), system).toBe('after-the-nrm');
      for (const id of ['referral', 'reasonable-grounds', 'recovery-period', 'conclusive-grounds', 'move-on', 'negative-decision']) expect(ids, system).toContain(id);
      expect(ids.indexOf('conclusive-grounds'), system).toBeLessThan(ids.indexOf('move-on'));
      expect(journey.stages.filter((stage) => stage.branch).map((stage) => stage.branch), system).toEqual(['yes', 'no']);
    }
  });

  it('points only at facts, services, sources, glossary terms and pages that exist', () => {
    const known = {
      facts: facts as JourneyFacts,
      services: new Set(loadYamlCollection('content/services').keys()),
      sources: new Set(loadYamlCollection('content/sources').keys()),
      terms: new Set([...loadYamlCollection('content/glossary').keys()].filter((id) => id.startsWith('en/')).map((id) => id.slice(3))),
      sitePaths: new Set(pages.map((page) => pagePathOfEntry(page.slug))),
    };
    // A translation shows its words over the English journey (sources, nations and pages come from English).
    const shown = (id: string, data: unknown) => (id.startsWith('en/') ? data : { ...(journeyFiles.get(`en/${id.split('/')[1]}`)!.data as object), ...(data as object) });
    const errors = [...journeyFiles].flatMap(([id, { file, data }]) => journeyErrors(file, journeySchema.parse(shown(id, data)) as Journey, known));
    expect(errors).toEqual([]);
  });

  it('states only lengths that the NRM pages state too (the journey agrees with the pages)', () => {
    const factsOnPage = (path: string) => {
      const page = pages.find((candidate) => `/${pagePathOfEntry(candidate.slug)}` === path);
      return new Set([...(page?.body ?? '').matchAll(/<Fact id="([^"]+)"/g)].map((match) => match[1]));
    };
    for (const [system, journey] of englishJourneys) {
      for (const stage of journey.stages) {
        if (!stage.howLong.fact) continue;
        const stated = new Set([...factsOnPage(journey.page), ...factsOnPage(stage.detail)]);
        expect(stated.has(stage.howLong.fact), `${system} ${stage.id}: ${stage.howLong.fact} is on neither ${journey.page} nor ${stage.detail}`).toBe(true);
      }
    }
  });
});

describe('the journey schema refuses what must not be typed in', () => {
  const base = journeyFiles.get('en/england-and-wales')!.data as Record<string, unknown> & { stages: Record<string, unknown>[] };
  const withStage = (index: number, change: Record<string, unknown>) => ({ ...base, stages: base.stages.map((stage, i) => (i === index ? { ...stage, ...change } : stage)) });

  it('a length typed as a number', () => {
    const errors = validationErrors(journeySchema, withStage(3, { howLong: { text: 'At least 30 days.' } }), 'x.yaml');
    expect(errors.join()).toContain('no digits');
  });
  it('a phone number typed into a stage', () => {
    expect(validationErrors(journeySchema, withStage(0, { happens: 'Call 08000 121 700.' }), 'x.yaml').join()).toContain('no digits');
  });
  it('a fact named without {fact} in the words, or {fact} with no fact', () => {
    expect(validationErrors(journeySchema, withStage(3, { howLong: { fact: 'ew-recovery-period-min-days', text: 'At least a month.' } }), 'x.yaml')).not.toEqual([]);
    expect(validationErrors(journeySchema, withStage(3, { howLong: { text: 'At least {fact}.' } }), 'x.yaml')).not.toEqual([]);
  });
  it('the "no" branch before the "yes" branch, or two stages with one id', () => {
    expect(validationErrors(journeySchema, withStage(5, { branch: 'no' }), 'x.yaml')).not.toEqual([]);
    expect(validationErrors(journeySchema, withStage(1, { id: 'first-contact' }), 'x.yaml')).not.toEqual([]);
  });
  it('an unverified fact (the integrity check names file and stage)', () => {
    const journey = journeySchema.parse(withStage(3, { howLong: { fact: 'places-of-safety-decision-working-days', text: 'Up to {fact}.' } })) as Journey;
    const known = { facts: facts as JourneyFacts, services: new Set<string>(), sources: new Set(journey.sources), terms: new Set(journey.stages.flatMap((s) => s.terms)), sitePaths: new Set(pages.map((p) => pagePathOfEntry(p.slug))) };
    const errors = journeyErrors('x.yaml', journey, known);
    expect(errors.some((error) => error.includes('stage "recovery-period"') && error.includes('unverified'))).toBe(true);
  });
});

describe('a change of one duration in the facts data', () => {
  const changed = (id: string, value: number) => new Map([...facts, [id, { ...facts.get(id)!, value }]]);

  it('changes every journey, the comparison and the timeline, in every language', () => {
    // The Reasonable Grounds target is the one length every journey and the timeline state.
    const id = 'rg-decision-target-days';
    const before = facts;
    const after = changed(id, (facts.get(id)!.value as number) + 2);
    for (const language of enabledLanguages) {
      const { formatting, qualifiers } = formattingFor(language.path);
      // The new number as the language writes it (Persian ۷, Sorani ٧), inside the language's own words for days.
      const newValue = new Intl.NumberFormat(intlLocale(language.code)).format(after.get(id)!.value as number);
      for (const [system, journey] of englishJourneys) {
        const old = stageLengths(journey, before, formatting, qualifiers).find((stage) => stage.id === 'reasonable-grounds')!;
        const now = stageLengths(journey, after, formatting, qualifiers).find((stage) => stage.id === 'reasonable-grounds')!;
        expect(now.howLong, `${language.code} ${system}`).not.toBe(old.howLong);
        expect(now.howLong, `${language.code} ${system}`).toContain(newValue);
        expect(now.short, `${language.code} ${system}`).toContain(newValue);
      }
      const words = (map: typeof facts) => timelineRulesInWords(map, formatting).find((rule) => rule.id === 'first-decision-aim' && rule.nation === 'ew')!.duration;
      expect(words(after), language.code).toContain(newValue);
      expect(words(after), language.code).toBe(formattingFor(language.path).formatting.formatCount!('days', after.get(id)!.value as number, newValue));
      expect(words(after), language.code).not.toBe(words(before));
      const aim = (map: typeof facts) => buildTimeline({ nation: 'ew', referral: parseIsoDate('2026-03-02')! }, map).keyDates[0]!.date!;
      expect(formatCalendarDate(aim(after), language.code)).not.toBe(formatCalendarDate(aim(before), language.code));
      expect(formatCalendarDate(aim(after), language.code)).toBe(formatCalendarDate(parseIsoDate('2026-03-09')!, language.code));
    }
  });

  it('changes every place that states any duration: each journey stage, comparison cell and timeline rule', () => {
    const durationFacts = [...new Set([...englishJourneys.values()].flatMap(journeyFactIds))].filter((id) => ['days', 'weeks', 'months', 'years'].includes(facts.get(id)!.unit));
    expect(durationFacts.length).toBeGreaterThanOrEqual(5);
    const { formatting, qualifiers } = formattingFor('en');
    for (const id of durationFacts) {
      const after = changed(id, (facts.get(id)!.value as number) + 7);
      for (const [system, journey] of englishJourneys) {
        const stagesUsing = journey.stages.filter((stage) => stage.howLong.fact === id).map((stage) => stage.id);
        const old = stageLengths(journey, facts, formatting, qualifiers);
        const now = stageLengths(journey, after, formatting, qualifiers);
        for (const stageId of stagesUsing) {
          expect(now.find((s) => s.id === stageId)!.howLong, `${system} ${stageId} ${id}`).not.toBe(old.find((s) => s.id === stageId)!.howLong);
        }
        if (journey.compare && [journey.compare.support.fact, journey.compare.moveOn.fact].includes(id)) {
          expect(comparisonColumn(journey.compare, after, formatting), `${system} ${id}`).not.toEqual(comparisonColumn(journey.compare, facts, formatting));
        }
      }
      const rulesBefore = timelineRulesInWords(facts, formatting);
      const rulesAfter = timelineRulesInWords(after, formatting);
      rulesBefore.forEach((rule, index) => {
        if (rule.duration && rule.factIds[0] === id) expect(rulesAfter[index]!.duration, `${rule.id} ${rule.nation}`).not.toBe(rule.duration);
      });
    }
  });
});
