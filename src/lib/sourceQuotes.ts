/**
 * The words each source gave us: every quote a fact (each of its dated versions) or a service contact takes from a
 * source, so /about/sources/ can show it beside that source and anyone can re-check it. Pure.
 */
export interface QuotedEvidence {
  quote?: string | undefined;
  quoteFrom?: string | undefined;
  sourceDate?: Date | undefined;
  sourceVersion?: string | undefined;
  seen?: Date | undefined;
}

export interface SourceQuote {
  quote: string;
  /** What the quote proves, in English: a fact's label or a service's name. */
  what: string;
  /** The fact or service file id, to find it. */
  ref: string;
  seen?: Date | undefined;
  sourceDate?: Date | undefined;
  sourceVersion?: string | undefined;
}

interface FactLike extends QuotedEvidence {
  label: string;
  /** When the fact has been resolved for a day, its first version holds the first quote. */
  firstVersion?: QuotedEvidence | undefined;
  changes?: readonly QuotedEvidence[] | undefined;
}
interface ServiceLike {
  name: string;
  contacts: readonly QuotedEvidence[];
}

/** Quotes per source id, each once (a quote several contacts share is listed once per fact or service). */
export function quotesBySource(facts: ReadonlyMap<string, FactLike>, services: ReadonlyMap<string, ServiceLike>): Map<string, SourceQuote[]> {
  const bySource = new Map<string, SourceQuote[]>();
  const add = (evidence: QuotedEvidence, what: string, ref: string) => {
    if (!evidence.quote || !evidence.quoteFrom) return;
    const list = bySource.get(evidence.quoteFrom) ?? [];
    if (list.some((entry) => entry.quote === evidence.quote && entry.ref === ref)) return;
    list.push({ quote: evidence.quote, what, ref, seen: evidence.seen, sourceDate: evidence.sourceDate, sourceVersion: evidence.sourceVersion });
    bySource.set(evidence.quoteFrom, list);
  };
  for (const [id, fact] of facts) {
    for (const version of [fact.firstVersion ?? fact, ...(fact.changes ?? [])]) add(version, fact.label, `facts/${id}`);
  }
  for (const [id, service] of services) for (const contact of service.contacts) add(contact, service.name, `services/${id}`);
  return bySource;
}
