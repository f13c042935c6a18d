import { describe, expect, it } from 'vitest';
import { pathwaysSchema, pathwaysTranslationSchema, PATHWAY_IDS, type PathwaysData } from '../../src/content/collections/pathways';
import type { ServiceData } from '../../src/content/schemas';
import { parseServiceRef, proseOf, referencesOf } from '../../src/lib/pathwayText';
import { findTypedPhoneNumbers } from '../../src/lib/phoneNumbers';
import { NATIONS_OF_SYSTEM, PATHWAY_SYSTEMS } from '../../src/lib/serviceNations';
import { pagePathOfEntry } from '../../src/i18n/paths';
import { loadPages, loadYamlCollection, validationErrors } from '../helpers/content';

const files = loadYamlCollection('content/pathways');
const services = new Map([...loadYamlCollection('content/services')].map(([id, { data }]) => [id, data as unknown as ServiceData]));
const facts = loadYamlCollection('content/facts');
const sources = loadYamlCollection('content/sources');
const pagePaths = new Set(loadPages().filter((page) => page.lang === 'en').map((page) => pagePathOfEntry(page.slug)));

/** A translation is shown as its words over the English file (system, sources and dates come from English). */
const shown = (id: string, data: unknown) => (id.startsWith('en/') ? data : { ...(files.get(`en/${id.split('/')[1]}`)?.data as object), ...(data as object) });
const parsed = new Map([...files].map(([id, { data }]) => [id, pathwaysSchema.safeParse(shown(id, data))]));
const english = (system: string) => {
  const result = parsed.get(`en/${system}`);
  if (!result?.success) throw new Error(`content/pathways/en/${system}.yaml does not validate`);
  return result.data as PathwaysData;
};

/** Every piece of text in a file, with where it sits, for the checks below. */
function textsOf(data: PathwaysData): { where: string; text: string }[] {
  const texts = [{ where: 'intro', text: data.intro }];
  data.decide.forEach((d, i) => texts.push({ where: `decide.${i}`, text: d.question }));
  for (const pathway of data.pathways) {
    texts.push({ where: `${pathway.id}.when`, text: pathway.when });
    pathway.steps.forEach((step, i) => texts.push({ where: `${pathway.id}.steps.${i}`, text: step.text }, { where: `${pathway.id}.steps.${i}.short`, text: step.short }));
    pathway.record.forEach((text, i) => texts.push({ where: `${pathway.id}.record.${i}`, text }));
  }
  data.firstHour.steps.forEach((step, i) => texts.push({ where: `firstHour.steps.${i}`, text: step.text }));
  data.firstHour.record.forEach((text, i) => texts.push({ where: `firstHour.record.${i}`, text }));
  return texts;
}

function serviceRefsOf(data: PathwaysData): string[] {
  return [
    ...data.pathways.flatMap((pathway) => pathway.steps.flatMap((step) => step.call)),
    ...data.firstHour.keyServices,
    ...textsOf(data).flatMap(({ text }) => referencesOf(text).services.map((ref) => (ref.kind ? `${ref.id}:${ref.kind}` : ref.id))),
  ];
}

describe('referral pathway files', () => {
  it('validate against the schema, naming file and field', () => {
    const errors = [...files].flatMap(([id, { file, data }]) => validationErrors(id.startsWith('en/') ? pathwaysSchema : pathwaysTranslationSchema, data, file));
    expect(errors).toEqual([]);
  });

  it('exist in English for each of the three referral systems, named after their system', () => {
    for (const system of PATHWAY_SYSTEMS) expect(english(system).system).toBe(system);
    expect([...files.keys()].filter((id) => id.startsWith('en/')).sort()).toEqual(PATHWAY_SYSTEMS.map((s) => `en/${s}`).sort());
  });

  it('give every nation the five paths, each with steps and something to record', () => {
    for (const system of PATHWAY_SYSTEMS) {
      const data = english(system);
      expect(data.pathways.map((p) => p.id)).toEqual([...PATHWAY_IDS]);
      for (const pathway of data.pathways) {
        expect(pathway.steps.length, `${system}/${pathway.id}`).toBeGreaterThanOrEqual(2);
        expect(pathway.record.length, `${system}/${pathway.id}`).toBeGreaterThanOrEqual(1);
      }
      expect(new Set(data.decide.flatMap((d) => [d.yes, d.no].filter(Boolean)))).toEqual(new Set(PATHWAY_IDS));
    }
  });

  it('type no phone number, duration or other figure: they come from services and facts', () => {
    const typed = PATHWAY_SYSTEMS.flatMap((system) =>
      textsOf(english(system)).flatMap(({ where, text }) => {
        const prose = proseOf(text);
        return [...findTypedPhoneNumbers(prose), ...(prose.match(/\d+/g) ?? [])].map((found) => `${system} ${where}: "${found}"`);
      }),
    );
    expect(typed).toEqual([]);
  });

  it('call only services that exist, with contacts they have, in the nations they serve', () => {
    const problems: string[] = [];
    for (const system of PATHWAY_SYSTEMS) {
      const data = english(system);
      for (const ref of serviceRefsOf(data)) {
        const { id, kind } = parseServiceRef(ref);
        const service = services.get(id);
        if (!service) problems.push(`${system}: no service "${id}"`);
        else if (kind && !service.contacts.some((c) => c.kind === kind)) problems.push(`${system}: "${id}" has no ${kind} contact`);
        else if (!service.nations.some((nation) => NATIONS_OF_SYSTEM[system].includes(nation))) problems.push(`${system}: "${id}" does not serve this nation`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('state only verified facts, and cite sources and pages that exist', () => {
    const problems: string[] = [];
    for (const system of PATHWAY_SYSTEMS) {
      const data = english(system);
      for (const { text } of textsOf(data)) {
        for (const id of referencesOf(text).facts) {
          const fact = facts.get(id)?.data;
          if (!fact) problems.push(`${system}: no fact "${id}"`);
          else if (fact.verified !== true) problems.push(`${system}: fact "${id}" is unverified`);
        }
      }
      for (const id of data.sources) if (!sources.has(id)) problems.push(`${system}: no source "${id}"`);
      for (const path of data.pathways.flatMap((p) => p.more)) if (!pagePaths.has(path)) problems.push(`${system}: no page "${path}"`);
    }
    expect(problems).toEqual([]);
  });

  it('keep the Duty to Notify to England and Wales, and say so elsewhere', () => {
    const ew = english('england-and-wales').pathways.find((p) => p.id === 'adult-no-consent')!;
    expect(ew.steps.some((step) => /Duty to Notify/.test(step.text) && /anonymous/.test(step.text))).toBe(true);
    for (const system of ['scotland', 'northern-ireland']) {
      const mentions = textsOf(english(system)).filter(({ text }) => /Duty to Notify/i.test(text));
      expect(mentions.length, system).toBeGreaterThan(0);
      for (const { where, text } of mentions) expect(text, `${system} ${where}`).toMatch(/England and Wales only|does not apply in/);
    }
  });

  it('send children to children\'s services first, say a child need not agree, and treat age doubt as a child', () => {
    for (const system of PATHWAY_SYSTEMS) {
      const child = english(system).pathways.find((p) => p.id === 'child')!;
      expect(child.steps[0]!.text, system).toMatch(/children's (social )?services/);
      expect(child.steps.some((s) => /does not need to agree/.test(s.text)), system).toBe(true);
      expect(child.steps.some((s) => /treat them as a child/.test(s.text)), system).toBe(true);
    }
  });

  it('name the right body for work problems: Acas in Great Britain, the Labour Relations Agency in Northern Ireland', () => {
    const calls = (system: string) => english(system).pathways.find((p) => p.id === 'labour-exploitation')!.steps.flatMap((s) => s.call);
    expect(calls('england-and-wales')).toContain('acas');
    expect(calls('scotland')).toContain('acas');
    expect(calls('northern-ireland')).toContain('labour-relations-agency-ni');
    expect(calls('northern-ireland')).not.toContain('acas');
  });
});
