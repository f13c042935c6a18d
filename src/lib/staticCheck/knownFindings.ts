/**
 * A short, temporary list of findings that are known and being fixed elsewhere: they are printed as "known, not yet
 * fixed" instead of failing the run. An entry that no longer matches anything fails the run, so the list empties.
 */
import { FINDING_KINDS, type Finding, type FindingKind } from './findings.ts';

export interface KnownFinding {
  kind: FindingKind;
  /** Page globs: `*` is any part of one path segment, `**` anything. */
  pages: string[];
  /** When given, the finding's element or message contains this text. */
  contains?: string;
  /** Why it is known, and what fixes it. */
  why: string;
}

export function parseKnownFindings(data: unknown): KnownFinding[] {
  const entries = (data as { known?: unknown } | null)?.known;
  if (!Array.isArray(entries)) throw new Error('the known-findings file needs a "known" list');
  return entries.map((entry: Partial<KnownFinding>, index) => {
    if (!entry.kind || !(entry.kind in FINDING_KINDS)) throw new Error(`known[${index}]: unknown kind "${String(entry.kind)}"`);
    if (!Array.isArray(entry.pages) || entry.pages.length === 0) throw new Error(`known[${index}]: "pages" must list page globs`);
    if (!entry.why) throw new Error(`known[${index}]: say "why" it is known and what fixes it`);
    return { kind: entry.kind, pages: entry.pages, contains: entry.contains, why: entry.why };
  });
}

const globPattern = (glob: string) =>
  new RegExp(`^${glob.split(/(\*\*|\*)/).map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`);

export function matchesKnown(item: Finding, known: KnownFinding): boolean {
  if (item.kind !== known.kind) return false;
  if (known.contains !== undefined && !item.element.includes(known.contains) && !item.message.includes(known.contains)) return false;
  return known.pages.some((glob) => globPattern(glob).test(item.page));
}

export interface SortedFindings {
  /** Findings to fix now. */
  open: Finding[];
  /** Findings on the known list, with the entry they matched. */
  known: { finding: Finding; entry: KnownFinding }[];
  /** Entries that matched nothing: fixed, so they should leave the list. */
  stale: KnownFinding[];
}

export function sortFindings(findings: readonly Finding[], knownList: readonly KnownFinding[]): SortedFindings {
  const open: Finding[] = [];
  const known: SortedFindings['known'] = [];
  const used = new Set<KnownFinding>();
  for (const item of findings) {
    const entry = knownList.find((candidate) => matchesKnown(item, candidate));
    if (entry) {
      known.push({ finding: item, entry });
      used.add(entry);
    } else open.push(item);
  }
  return { open, known, stale: knownList.filter((entry) => !used.has(entry)) };
}
