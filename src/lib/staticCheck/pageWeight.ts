/**
 * What a page makes a phone download before it is usable: the HTML, its stylesheets and scripts (with their static
 * imports), in brotli bytes and requests, against the budget (README: every page <= 14 KB brotli, <= 3 requests).
 */
import { relsOf } from './documentChecks.ts';
import { finding, type Finding } from './findings.ts';
import type { BuiltPage } from './html.ts';
import { targetOf } from './urls.ts';

export const PAGE_BUDGET = { brotliBytes: 14 * 1024, requests: 3 } as const;

export interface Asset {
  brotliBytes: number;
  /** Static imports (a script) or @imports (a stylesheet), as written in the file. */
  imports: readonly string[];
}

export interface PageWeight {
  page: string;
  brotliBytes: number;
  requests: number;
  /** The site paths of the stylesheets and scripts counted. */
  files: string[];
}

/** `import … from "./x.js"` and `export … from`, not `import()`, which loads later, on demand. */
export function staticImportsOf(script: string): string[] {
  const found: string[] = [];
  for (const match of script.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) found.push(match[1]!);
  for (const match of script.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) found.push(match[1]!);
  return found;
}

export function pageWeight(page: BuiltPage, htmlBrotliBytes: number, assetAt: (path: string) => Asset | undefined, origin: string): PageWeight {
  const files = new Set<string>();
  const queue: { value: string; from: string }[] = [];
  for (const element of page.elements) {
    const rels = element.name === 'link' ? relsOf(element) : [];
    if (rels.includes('stylesheet') || rels.includes('modulepreload')) queue.push({ value: element.attributes.href ?? '', from: page.path });
    if (element.name === 'script' && element.attributes.src) queue.push({ value: element.attributes.src, from: page.path });
  }
  let brotliBytes = htmlBrotliBytes;
  while (queue.length > 0) {
    const { value, from } = queue.shift()!;
    const target = targetOf(value, from, origin);
    if (target.kind !== 'internal' || files.has(target.path)) continue;
    const asset = assetAt(target.path);
    if (!asset) continue;
    files.add(target.path);
    brotliBytes += asset.brotliBytes;
    for (const imported of asset.imports) queue.push({ value: imported, from: target.path });
  }
  return { page: page.path, brotliBytes, requests: 1 + files.size, files: [...files] };
}

export const isOverBudget = (weight: PageWeight, budget = PAGE_BUDGET) => weight.brotliBytes > budget.brotliBytes || weight.requests > budget.requests;

/**
 * TEMPORARY, the only exceptions to the page-weight rule, each still printed with its size on every run: the
 * services directory (/<lang>/services/, 15-16 KB) and the sources list (/<lang>/about/sources/, 14.3-14.8 KB).
 * Delete a template from here as soon as it fits; no other page may be added.
 */
export const OVER_BUDGET_FOR_NOW = /^\/[^/]+\/(services|about\/sources)\/$/;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The page-weight rule: every page within the budget, named with its size when it is not. Pages the exception
 * matches are returned apart (`excused`), so the run can still show what they weigh.
 */
export function checkPageWeights(weights: readonly PageWeight[], budget = PAGE_BUDGET, exception: RegExp = OVER_BUDGET_FOR_NOW): { findings: Finding[]; excused: PageWeight[] } {
  const over = weights.filter((weight) => isOverBudget(weight, budget));
  const excused = over.filter((weight) => exception.test(weight.page));
  const findings = over.filter((weight) => !exception.test(weight.page)).map((weight) => finding(
    'page-weight', weight.page, 'page',
    `${kb(weight.brotliBytes)} brotli in ${weight.requests} requests (budget ${kb(budget.brotliBytes)}, ${budget.requests} requests): HTML${weight.files.length > 0 ? ` + ${weight.files.join(' + ')}` : ''}`,
  ));
  return { findings, excused };
}
