import { createHash } from 'node:crypto';

/**
 * The version of an English page: a short hash of its title, summary and body. A translation records the hash it
 * was made from; when the English page changes, the hashes differ and the translation is stale.
 */
export function contentHash(page: { title: string; summary: string; body: string }): string {
  const normalised = [page.title, page.summary, page.body].map((part) => part.replace(/\s+/g, ' ').trim()).join('\n');
  return createHash('sha256').update(normalised).digest('hex').slice(0, 12);
}
