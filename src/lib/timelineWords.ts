/**
 * The timeline's rules in words, per nation, for the page without JavaScript and for the results: which wording
 * applies, and the length it states, formatted from the facts in the reader's language; and the facts' JSON for the
 * script. Build time, except timelineFactsFromScript, which the browser runs.
 */
import { parseIsoDate, toIsoDate } from './dates';
import { formatFactValue, type FactUnit } from './factFormat';
import { KEY_DATE_IDS, RULE_FACTS, TIMELINE_NATIONS, ruleWording, usableFor, type KeyDateId, type TimelineFact, type TimelineNation } from './timeline';
import type { FactFormatting } from './journey';

export interface RuleFact extends TimelineFact {
  unit: FactUnit;
  sources: string[];
  checked: Date;
}

export interface RuleInWords {
  id: KeyDateId;
  nation: TimelineNation;
  wording: ReturnType<typeof ruleWording>;
  /** The length the words state ("30 days"), when the wording states one. */
  duration?: string;
  factIds: string[];
  sourceIds: string[];
}

export function timelineRulesInWords(facts: ReadonlyMap<string, RuleFact>, formatting: FactFormatting): RuleInWords[] {
  return KEY_DATE_IDS.flatMap((id) =>
    TIMELINE_NATIONS.map((nation) => {
      const factIds = RULE_FACTS[id][nation];
      const wording = ruleWording(id, nation, facts);
      const headline = factIds[0] ? facts.get(factIds[0]) : undefined;
      const words: RuleInWords = {
        id,
        nation,
        wording,
        factIds,
        sourceIds: [...new Set(factIds.flatMap((factId) => facts.get(factId)?.sources ?? []))],
      };
      if (wording === 'rule' && headline && usableFor(headline, nation)) {
        words.duration = formatFactValue(headline, formatting.locale, formatting.formatCount);
      }
      return words;
    }),
  );
}

/**
 * The facts the timeline script needs, as plain JSON for a data attribute (only the parts the rules read): each
 * fact's first version and its dated changes, so the browser applies the rule in force on the date the reader enters.
 */
export function timelineFactsForScript(facts: ReadonlyMap<string, TimelineFact>, ids: readonly string[]): Record<string, ScriptFact> {
  return Object.fromEntries(
    ids.map((id) => {
      const fact = facts.get(id);
      if (!fact) throw new Error(`the timeline needs the fact "${id}" (content/facts/${id}.yaml)`);
      const first = fact.firstVersion ?? fact;
      const changes = (fact.changes ?? []).map((change) => ({ from: toIsoDate(change.from), value: change.value, verified: change.verified }));
      return [id, { value: first.value, unit: fact.unit, verified: first.verified, nations: [...fact.nations], changes }];
    }),
  );
}

/** A timeline fact as the page's JSON carries it: dates as YYYY-MM-DD. */
export interface ScriptFact {
  value: number | string | Date;
  unit: string;
  verified: boolean;
  nations: string[];
  changes: { from: string; value: number | string | Date; verified: boolean }[];
}

/** The page's JSON back into timeline facts (the browser side of timelineFactsForScript). */
export function timelineFactsFromScript(json: Record<string, ScriptFact>): Map<string, TimelineFact> {
  const day = (iso: string) => {
    const date = parseIsoDate(iso);
    if (!date) throw new Error(`the timeline's facts carry a date that is not YYYY-MM-DD: "${iso}"`);
    return date;
  };
  return new Map(Object.entries(json).map(([id, fact]) => [id, {
    value: fact.value,
    unit: fact.unit,
    verified: fact.verified,
    nations: fact.nations,
    changes: fact.changes.map((change) => ({ from: day(change.from), value: change.value, verified: change.verified })),
  }]));
}
