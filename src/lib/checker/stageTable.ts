/**
 * The "what you get at each stage" table shown without JavaScript, worked out from the same rules by running the
 * engine over every answer a person at that stage could give.
 */
import { allAnswerSets, checkAnswers, type Answers, type CheckerRules, type Level } from './engine';

export interface StageCell {
  id: string;
  /** Nations where it is "yes" (for the yes column); empty means every nation. */
  nations: string[];
  /** True when, even in those nations, it depends on other answers (status, housing …). */
  depends: boolean;
}

export interface StageRow {
  /** The answers that define the row, e.g. `{ age: 'adult', nrm: 'positive-rg' }`. */
  fixed: Answers;
  yes: StageCell[];
  maybe: StageCell[];
}

/** One row of the table: what people with these answers can get, whatever else they answer. */
export function stageRow(rules: CheckerRules, fixed: Answers, nationQuestion = 'nation'): StageRow {
  const nationOptions = rules.questions.find((q) => q.id === nationQuestion)?.options.filter((o) => o !== 'not-sure') ?? [];
  const seen = new Map<string, { levels: Map<string, Set<Level | 'none'>> }>();
  for (const entitlement of rules.entitlements) seen.set(entitlement.id, { levels: new Map() });
  for (const answers of allAnswerSets(rules, { fixed, includeNotSure: false })) {
    const results = checkAnswers(rules, answers);
    const levelOf = new Map<string, Level>();
    for (const level of ['yes', 'maybe', 'no'] as const) for (const result of results[level]) levelOf.set(result.id, level);
    const nation = answers[nationQuestion] ?? '';
    for (const [id, entry] of seen) {
      if (!entry.levels.has(nation)) entry.levels.set(nation, new Set());
      entry.levels.get(nation)!.add(levelOf.get(id) ?? 'none');
    }
  }
  const row: StageRow = { fixed, yes: [], maybe: [] };
  for (const [id, { levels }] of seen) {
    const yesNations = [...levels].filter(([, set]) => set.has('yes')).map(([nation]) => nation);
    if (yesNations.length > 0) {
      const everywhere = nationOptions.every((nation) => yesNations.includes(nation));
      const depends = yesNations.some((nation) => levels.get(nation)!.size > 1);
      row.yes.push({ id, nations: everywhere ? [] : yesNations, depends });
    } else if ([...levels.values()].some((set) => set.has('maybe'))) {
      row.maybe.push({ id, nations: [], depends: false });
    }
  }
  return row;
}
