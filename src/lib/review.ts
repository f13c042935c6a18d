/**
 * The review cycle: when each fact, service, source and page is due to be checked again, and which are due now or
 * soon. `npm run review` prints the list (scripts/review.ts); the service cards use `serviceNeedsCheck`. Pure.
 */
import { addDays, addMonths, compareDates, toIsoDate } from './dates.ts';

/** A service's contacts go stale: after this many months without a check its card says "check before use". */
export const SERVICE_CHECK_MONTHS = 12;
/** A fact is checked again after this many months; a fact whose law is changing, or that is unverified, sooner. */
export const FACT_REVIEW_MONTHS = 12;
export const UNSETTLED_FACT_REVIEW_MONTHS = 3;
/** A source is read again this many months after the last quote taken from it was seen. */
export const SOURCE_REVIEW_MONTHS = 12;
/** The list shows what is overdue and what falls due within this many days. */
export const REVIEW_WINDOW_DAYS = 60;

const dayOf = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/** Whether a service was last checked 12 months or more before `day`. */
export function serviceNeedsCheck(service: { checked: Date }, day: Date): boolean {
  return compareDates(addMonths(dayOf(service.checked), SERVICE_CHECK_MONTHS), dayOf(day)) <= 0;
}

export type ReviewKind = 'fact' | 'service' | 'source' | 'page' | 'journey' | 'pathway' | 'checker';

export interface ReviewItem {
  kind: ReviewKind;
  id: string;
  /** The file that holds it, to open and fix. */
  file: string;
  /** The day it is due; undefined for a source no quote has been taken from yet. */
  due?: Date | undefined;
  /** Why it is due, in a few words. */
  reason: string;
}

export interface ReviewFact {
  file: string;
  checked: Date;
  verified: boolean;
  state?: string | undefined;
  sources: readonly string[];
  seen?: Date | undefined;
  quoteFrom?: string | undefined;
  changes?: readonly { from: Date; seen?: Date | undefined; quoteFrom?: string | undefined }[] | undefined;
}
export interface ReviewService {
  file: string;
  checked: Date;
  sources: readonly string[];
  contacts: readonly { seen?: Date | undefined; quoteFrom?: string | undefined }[];
}
export interface ReviewInput {
  facts: ReadonlyMap<string, ReviewFact>;
  services: ReadonlyMap<string, ReviewService>;
  sources: ReadonlyMap<string, { file: string }>;
  /** Pages, journeys, pathways: anything with its own review-by date. */
  dated: readonly { kind: ReviewKind; id: string; file: string; reviewBy: Date }[];
}

/** When each item falls due, with its reason; sources from the quotes taken from them. */
export function reviewDates(input: ReviewInput): ReviewItem[] {
  const items: ReviewItem[] = [];
  const lastSeen = new Map<string, Date>();
  const sawQuote = (source: string | undefined, seen: Date | undefined) => {
    if (!source || !seen) return;
    const before = lastSeen.get(source);
    if (!before || compareDates(before, seen) < 0) lastSeen.set(source, seen);
  };
  for (const [id, fact] of input.facts) {
    const unsettled = fact.state === 'changing' || !fact.verified;
    const months = unsettled ? UNSETTLED_FACT_REVIEW_MONTHS : FACT_REVIEW_MONTHS;
    const why = fact.state === 'changing' ? 'the law is changing' : fact.verified ? 'fact checked' : 'unverified fact checked';
    items.push({ kind: 'fact', id, file: fact.file, due: addMonths(dayOf(fact.checked), months), reason: `${why} ${toIsoDate(dayOf(fact.checked))}` });
    sawQuote(fact.quoteFrom, fact.seen);
    for (const change of fact.changes ?? []) {
      // A change already checked on or after the day it took effect is settled: the fact's own review date covers it.
      if (compareDates(dayOf(fact.checked), dayOf(change.from)) < 0) items.push({ kind: 'fact', id, file: fact.file, due: dayOf(change.from), reason: `a new value takes effect ${toIsoDate(dayOf(change.from))}: check it and the pages that state it` });
      sawQuote(change.quoteFrom, change.seen);
    }
  }
  for (const [id, service] of input.services) {
    items.push({ kind: 'service', id, file: service.file, due: addMonths(dayOf(service.checked), SERVICE_CHECK_MONTHS), reason: `contacts checked ${toIsoDate(dayOf(service.checked))}; its card says "check before use" from this day` });
    for (const contact of service.contacts) sawQuote(contact.quoteFrom, contact.seen);
  }
  for (const [id, source] of input.sources) {
    const seen = lastSeen.get(id);
    items.push(seen
      ? { kind: 'source', id, file: source.file, due: addMonths(dayOf(seen), SOURCE_REVIEW_MONTHS), reason: `last quote read ${toIsoDate(dayOf(seen))}` }
      : { kind: 'source', id, file: source.file, reason: 'no fact or contact quotes it yet' });
  }
  for (const item of input.dated) items.push({ ...item, due: dayOf(item.reviewBy), reason: `review-by date ${toIsoDate(dayOf(item.reviewBy))}` });
  return items;
}

/** What is overdue or due within the window, oldest first (ties by file); sources never quoted are left out. */
export function dueForReview(items: readonly ReviewItem[], today: Date, windowDays = REVIEW_WINDOW_DAYS): (ReviewItem & { due: Date })[] {
  const horizon = addDays(dayOf(today), windowDays);
  return items
    .filter((item): item is ReviewItem & { due: Date } => item.due !== undefined && compareDates(item.due, horizon) <= 0)
    .sort((a, b) => compareDates(a.due, b.due) || a.file.localeCompare(b.file));
}

/** One line per item: due day (and "overdue"), kind, id, file, reason. */
export function reviewReport(items: readonly ReviewItem[], today: Date, windowDays = REVIEW_WINDOW_DAYS): string {
  const due = dueForReview(items, today, windowDays);
  const unquoted = items.filter((item) => item.kind === 'source' && item.due === undefined);
  const lines = [`Review as of ${toIsoDate(dayOf(today))}: ${due.length} due now or within ${windowDays} days (oldest first).`];
  for (const item of due) {
    const overdue = compareDates(item.due, dayOf(today)) < 0 ? ' overdue' : '';
    lines.push(`${toIsoDate(item.due)}${overdue}  ${item.kind} ${item.id}  ${item.file}  (${item.reason})`);
  }
  if (unquoted.length > 0) lines.push(`${unquoted.length} sources have no quote taken from them yet: ${unquoted.map((item) => item.id).join(', ')}.`);
  return lines.join('\n');
}
