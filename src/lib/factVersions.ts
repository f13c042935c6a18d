/**
 * A fact can change on a date: it holds its own value until the first change, and each change's value from that
 * change's `from` date (a law that commences, a contract that is replaced). These functions pick the version in
 * force on a given day, so the site states the value in force on the day it is built and the timeline applies the
 * rule in force on the date the reader enters. Pure: the timeline runs them in the browser too.
 */

/** The parts of a fact that can change on a date; everything else (unit, nations, label) stays the same. */
export interface FactVersion {
  value: number | Date | string;
  verified: boolean;
  qualifier?: 'minimum' | 'maximum' | 'about' | 'target' | undefined;
  /** `changing`: the law is changing and the date is not confirmed; pages say "this is changing — ask an adviser now". */
  state?: 'in-force' | 'changing' | undefined;
  quote?: string | undefined;
  quoteFrom?: string | undefined;
  sourceDate?: Date | undefined;
  sourceVersion?: string | undefined;
  seen?: Date | undefined;
  note?: string | undefined;
}

export interface FactChange extends FactVersion {
  /** The first day this version is in force. */
  from: Date;
}

/** A fact as content/facts holds it: its first version, and the changes after it in date order. */
export type DatedFact = FactVersion & {
  changes?: readonly FactChange[] | undefined;
  /** Set once a fact has been resolved, so resolving it again for another day starts from the same first version. */
  firstVersion?: FactVersion | undefined;
};

/** A fact as a page reads it on one day: the version in force, and when that version began (if it is a change). */
export type FactOnDay<F extends DatedFact> = F & { firstVersion: FactVersion; inForceFrom?: Date | undefined };

const VERSION_KEYS = ['value', 'verified', 'qualifier', 'state', 'quote', 'quoteFrom', 'sourceDate', 'sourceVersion', 'seen', 'note'] as const;

function versionOf(fact: FactVersion): FactVersion {
  const version: Record<string, unknown> = {};
  for (const key of VERSION_KEYS) if (fact[key] !== undefined) version[key] = fact[key];
  return version as unknown as FactVersion;
}

const dayOf = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

/** The changes in the order they take effect. */
export function changesInOrder(fact: DatedFact): FactChange[] {
  return [...(fact.changes ?? [])].sort((a, b) => a.from.getTime() - b.from.getTime());
}

/**
 * The fact as it stands on `day`: the latest change whose `from` is on or before that day, else the first version.
 * Fields a change does not give (a quote, a note) are not carried over from the version before it.
 */
export function factOnDay<F extends DatedFact>(fact: F, day: Date): FactOnDay<F> {
  const firstVersion = fact.firstVersion ?? versionOf(fact);
  const active = changesInOrder(fact).filter((change) => dayOf(change.from) <= dayOf(day)).at(-1);
  const cleared = Object.fromEntries(VERSION_KEYS.map((key) => [key, undefined]));
  const { from, ...version } = active ?? { from: undefined, ...firstVersion };
  return { ...fact, ...cleared, ...version, firstVersion, inForceFrom: from } as FactOnDay<F>;
}

/** The next change after `day`, if the fact has one (for "this changes on…" reminders). */
export function nextChange(fact: DatedFact, day: Date): FactChange | undefined {
  return changesInOrder(fact).find((change) => dayOf(change.from) > dayOf(day));
}

/** Every fact of a map, as it stands on `day`. */
export function factsOnDay<F extends DatedFact>(facts: ReadonlyMap<string, F>, day: Date): Map<string, FactOnDay<F>> {
  return new Map([...facts].map(([id, fact]) => [id, factOnDay(fact, day)]));
}

/**
 * The day the site is built "as of": `WAYMARK_AS_OF=YYYY-MM-DD` when it is set (to preview a change before it takes
 * effect, or to check a past state), otherwise today. A value that is not a date is an error, not a silent today.
 */
export function asOfDay(setting: string | undefined, now: Date): Date {
  if (setting === undefined || setting.trim() === '') return new Date(dayOf(now));
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(setting.trim());
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!day || day.getUTCDate() !== Number(match![3]) || day.getUTCMonth() !== Number(match![2]) - 1) {
    throw new Error(`WAYMARK_AS_OF must be a date written as YYYY-MM-DD (got "${setting}")`);
  }
  return day;
}
