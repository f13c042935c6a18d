/** Reads content/ from disk the way Astro's loaders do, so unit tests can check it without a build. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { factSchema, type FactData } from '../../src/content/schemas';
import { asOfDay, factOnDay, type FactOnDay } from '../../src/lib/factVersions';

import { filesUnder } from '../../scripts/lib/files.ts';

export { filesUnder };

export function idOf(file: string, base: string): string {
  return relative(base, file).replace(/\.(ya?ml|mdx)$/, '');
}

export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: parse(match[1]!), body: match[2]! };
}

/** Validates one file; returns "file: field: message" lines, naming the file and the field. */
export function validationErrors(schema: z.ZodType, data: unknown, file: string): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
}

export function readYaml(file: string): unknown {
  return parse(readFileSync(file, 'utf8'));
}

export interface LoadedPage {
  file: string;
  lang: string;
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

export function loadPages(base = 'content/pages'): LoadedPage[] {
  return filesUnder(base, '.mdx').map((file) => {
    const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'));
    const [lang = '', ...rest] = idOf(file, base).split('/');
    return { file, lang, slug: rest.join('/'), data: data as Record<string, unknown>, body };
  });
}

export function loadYamlCollection(base: string): Map<string, { file: string; data: Record<string, unknown> }> {
  return new Map(filesUnder(base, '.yaml').map((file) => [idOf(file, base), { file, data: readYaml(file) as Record<string, unknown> }]));
}

/**
 * content/facts as the site reads them: validated (so dates are dates) and resolved to the version in force on
 * `day` (the build's "as of" day unless a test asks for another), keyed by id.
 */
export function loadFacts(day: Date = asOfDay(process.env.WAYMARK_AS_OF, new Date())): Map<string, FactOnDay<FactData>> {
  return new Map([...loadYamlCollection('content/facts')].map(([id, { file, data }]) => {
    const parsed = factSchema.safeParse(data);
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    return [id, factOnDay(parsed.data, day)];
  }));
}
