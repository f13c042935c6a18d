/**
 * What the journey pages and the comparison derive from the journeys data and the facts: the words of each "how
 * long", the short length on the picture, the references a journey makes, and the problems with them. Pure.
 */
import { formatFactValue, type CountFormatter, type FactUnit } from './factFormat';

/** The four journeys, in the order the index lists them; the address of each is /nrm/journey/<system>/. */
export const JOURNEY_SYSTEMS = ['england-and-wales', 'scotland', 'northern-ireland', 'children'] as const;
export type JourneySystem = (typeof JOURNEY_SYSTEMS)[number];

/** The three legal systems side by side in the comparison (children's journeys run inside each of them). */
export const COMPARED_SYSTEMS = ['england-and-wales', 'scotland', 'northern-ireland'] as const satisfies readonly JourneySystem[];

/** Icons a stage may show (drawn in src/components/JourneyIcon). */
export const JOURNEY_ICONS = ['talk', 'send', 'scale', 'home', 'check', 'door', 'refresh', 'flag', 'shield', 'person'] as const;

export interface JourneyFact {
  value: number | Date | string;
  unit: FactUnit;
  verified: boolean;
  qualifier?: 'minimum' | 'maximum' | 'about' | 'target' | undefined;
  sources: string[];
}
export type JourneyFacts = ReadonlyMap<string, JourneyFact>;

export interface FactText {
  fact?: string | undefined;
  text: string;
}

export interface JourneyStage {
  id: string;
  label: string;
  title: string;
  icon: string;
  branch?: 'yes' | 'no' | undefined;
  happens: string;
  howLong: FactText;
  get: string[];
  choose: string[];
  questions: string[];
  wrong: { problem: string; action: string }[];
  services: string[];
  terms: string[];
  detail: string;
}

export interface JourneyCompare {
  support: FactText;
  moveOn: FactText;
  providers: string[];
  decisionBody: string;
  defence: { text: string; sources: string[] };
  guardians: { services: string[]; note: FactText };
}

export interface Journey {
  title: string;
  summary: string;
  page: string;
  sources: string[];
  stages: JourneyStage[];
  compare?: JourneyCompare | undefined;
}

export interface FactFormatting {
  locale: string;
  /** "3 working days" in the reader's language (Intl has no such unit). */
  formatCount: CountFormatter;
}

function usableFact(facts: JourneyFacts, id: string): JourneyFact {
  const fact = facts.get(id);
  if (!fact) throw new Error(`no fact "${id}" in content/facts`);
  if (!fact.verified) throw new Error(`the fact "${id}" is unverified and may not be stated`);
  return fact;
}

/** A fact's value in the reader's language ("30 days", "٣٠ يومًا"). */
export function factValueText(facts: JourneyFacts, id: string, formatting: FactFormatting): string {
  return formatFactValue(usableFact(facts, id), formatting.locale, formatting.formatCount);
}

/** The words with the fact's value put where `{fact}` is written. */
export function renderFactText(factText: FactText, facts: JourneyFacts, formatting: FactFormatting): string {
  if (!factText.fact) return factText.text;
  return factText.text.replace('{fact}', factValueText(facts, factText.fact, formatting));
}

/** Words around a value for each kind of fact ("at least {{value}}"), in the reader's language. */
export type QualifierWords = Record<'minimum' | 'maximum' | 'about' | 'target' | 'exact', (value: string) => string>;

/** The length shown on the picture ("at least 30 days"), or undefined when the stage has no set time. */
export function shortLength(factText: FactText, facts: JourneyFacts, formatting: FactFormatting, qualifiers: QualifierWords): string | undefined {
  if (!factText.fact) return undefined;
  const fact = usableFact(facts, factText.fact);
  return qualifiers[fact.qualifier ?? 'exact'](factValueText(facts, factText.fact, formatting));
}

export interface StageLength {
  id: string;
  /** The "how long" words, with the fact's value in place. */
  howLong: string;
  /** The length on the picture ("at least 30 days"); undefined when there is no set time. */
  short?: string | undefined;
}

/** The lengths every stage of a journey states, as the page shows them. */
export function stageLengths(journey: Journey, facts: JourneyFacts, formatting: FactFormatting, qualifiers: QualifierWords): StageLength[] {
  return journey.stages.map((stage) => ({
    id: stage.id,
    howLong: renderFactText(stage.howLong, facts, formatting),
    short: shortLength(stage.howLong, facts, formatting, qualifiers),
  }));
}

export interface ComparisonColumn {
  support: string;
  moveOn: string;
  guardiansNote: string;
}

/** One nation's comparison cells that come from facts, as the comparison page shows them. */
export function comparisonColumn(compare: JourneyCompare, facts: JourneyFacts, formatting: FactFormatting): ComparisonColumn {
  return {
    support: renderFactText(compare.support, facts, formatting),
    moveOn: renderFactText(compare.moveOn, facts, formatting),
    guardiansNote: renderFactText(compare.guardians.note, facts, formatting),
  };
}

/** Every fact a journey states (its stages' lengths and its comparison column). */
export function journeyFactIds(journey: Journey): string[] {
  const texts: FactText[] = [...journey.stages.map((stage) => stage.howLong)];
  if (journey.compare) texts.push(journey.compare.support, journey.compare.moveOn, journey.compare.guardians.note);
  return [...new Set(texts.flatMap((text) => (text.fact ? [text.fact] : [])))];
}

/** The sources a journey rests on: its own list, then those of the facts it states and the laws it names. */
export function journeySourceIds(journey: Journey, facts: JourneyFacts): string[] {
  const fromFacts = journeyFactIds(journey).flatMap((id) => facts.get(id)?.sources ?? []);
  return [...new Set([...journey.sources, ...fromFacts, ...(journey.compare?.defence.sources ?? [])])];
}

export interface KnownContent {
  facts: JourneyFacts;
  services: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  terms: ReadonlySet<string>;
  /** Site paths without language (`nrm/move-on/`, as pagePathOfEntry gives them). */
  sitePaths: ReadonlySet<string>;
}

/** Every reference in a journey that points at nothing, or at an unverified fact; each names the file and the stage. */
export function journeyErrors(file: string, journey: Journey, known: KnownContent): string[] {
  const errors: string[] = [];
  const checkFact = (where: string, text: FactText) => {
    if (!text.fact) return;
    const fact = known.facts.get(text.fact);
    if (!fact) errors.push(`${file}: ${where}: no fact "${text.fact}" in content/facts`);
    else if (!fact.verified) errors.push(`${file}: ${where}: the fact "${text.fact}" is unverified and may not be stated; say "ask an adviser" in words`);
  };
  const checkIds = (where: string, ids: string[], set: ReadonlySet<string>, kind: string) => {
    for (const id of ids) if (!set.has(id)) errors.push(`${file}: ${where}: no ${kind} "${id}"`);
  };
  const checkPath = (where: string, path: string) => {
    if (!known.sitePaths.has(path.replace(/^\//, ''))) errors.push(`${file}: ${where}: no page at ${path}`);
  };
  checkPath('page', journey.page);
  checkIds('sources', journey.sources, known.sources, 'source in content/sources');
  for (const stage of journey.stages) {
    const where = `stage "${stage.id}"`;
    checkFact(`${where}: howLong`, stage.howLong);
    checkIds(where, stage.services, known.services, 'service in content/services');
    checkIds(where, stage.terms, known.terms, 'glossary term in content/glossary/en');
    checkPath(`${where}: detail`, stage.detail);
  }
  if (journey.compare) {
    const { compare } = journey;
    checkFact('compare: support', compare.support);
    checkFact('compare: moveOn', compare.moveOn);
    checkFact('compare: guardians', compare.guardians.note);
    checkIds('compare: providers', compare.providers, known.services, 'service in content/services');
    checkIds('compare: guardians', compare.guardians.services, known.services, 'service in content/services');
    checkIds('compare: defence', compare.defence.sources, known.sources, 'source in content/sources');
  }
  return errors;
}
