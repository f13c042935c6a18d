/**
 * The "what you get at each stage" table shown without JavaScript, worked out from the same rules by running the
 * engine over every answer a person at that stage could give.
 */
import { activeState, allAnswerSets, answerParts, evaluateEntitlement, questionsDeciding, type Answers, type CheckerRules, type Level } from './engine';

export interface StageCell {
  id: string;
  /** Nations where it is "yes" (for the yes column); empty means every nation. */
  nations: string[];
  /** True when, even in those nations, it depends on other answers (status, housing …). */
  depends: boolean;
  /**
   * The answers it is "yes" for, where that is only some of a question's answers (e.g. immigration: british-irish):
   * each a condition a reader must meet, shown beside the result ("if you are British or Irish").
   */
  conditions: { question: string; answers: string[] }[];
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
  const row: StageRow = { fixed, yes: [], maybe: [] };
  for (const entitlement of rules.entitlements) {
    // Only the questions that decide this entitlement vary, so the table stays quick to build however many are asked.
    const only = new Set([...questionsDeciding(rules, entitlement), ...Object.keys(fixed), nationQuestion]);
    const levels = new Map<string, Set<Level | 'none'>>();
    const seen = new Map<string, Set<string>>();
    const whenYes = new Map<string, Set<string>>();
    for (const answers of allAnswerSets(rules, { fixed, includeNotSure: false, only })) {
      const { asked, answers: counted } = activeState(rules, answers);
      const nation = answers[nationQuestion] ?? '';
      if (!levels.has(nation)) levels.set(nation, new Set());
      const level = evaluateEntitlement(entitlement, counted, asked)?.level ?? 'none';
      levels.get(nation)!.add(level);
      for (const [question, answer] of Object.entries(counted)) {
        if (question === nationQuestion || question in fixed) continue;
        for (const part of answerParts(answer)) {
          if (!seen.has(question)) seen.set(question, new Set());
          seen.get(question)!.add(part);
          if (level !== 'yes') continue;
          if (!whenYes.has(question)) whenYes.set(question, new Set());
          whenYes.get(question)!.add(part);
        }
      }
    }
    const conditions = [...whenYes]
      .filter(([question, options]) => options.size < seen.get(question)!.size)
      .map(([question, options]) => ({ question, answers: [...seen.get(question)!].filter((option) => options.has(option)) }));
    const yesNations = [...levels].filter(([, set]) => set.has('yes')).map(([nation]) => nation);
    if (yesNations.length > 0) {
      const everywhere = nationOptions.every((nation) => yesNations.includes(nation));
      const depends = yesNations.some((nation) => levels.get(nation)!.size > 1);
      row.yes.push({ id: entitlement.id, nations: everywhere ? [] : yesNations, depends, conditions });
    } else if ([...levels.values()].some((set) => set.has('maybe'))) {
      row.maybe.push({ id: entitlement.id, nations: [], depends: false, conditions: [] });
    }
  }
  return row;
}
