/**
 * Each page's Content Security Policy, written into its <meta>. A page's CSS is written into its <head> (one <style>,
 * so the first flight of bytes holds everything the page needs to render) and the policy allows that one style by
 * its SHA-256 hash and nothing else inline. Scripts are files from the site itself ('self'), never inline.
 */
import { createHash } from 'node:crypto';

/** Every page's policy, before the per-page parts (the style's hash, a page's extra script source). */
export const POLICY_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'none'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
] as const;

export interface PagePolicy {
  /** Hashes (`sha256-…`) of the page's inline styles. */
  styleHashes: readonly string[];
  /** Script sources beyond 'self', e.g. "'wasm-unsafe-eval'" on the search page only. */
  scriptSources?: readonly string[];
}

export const styleHash = (css: string) => `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;

export function policyFor({ styleHashes, scriptSources = [] }: PagePolicy): string {
  const script = ["'self'", ...new Set(scriptSources)].join(' ');
  const style = ["'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' ');
  return [...POLICY_DIRECTIVES, `script-src ${script}`, `style-src ${style}`].join('; ');
}

const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/**
 * A built page with its policy: the <style> elements in its <head> become one (in their order, so the cascade is
 * the same), and a <meta http-equiv="content-security-policy"> allowing exactly that style goes first in the head,
 * before anything it governs. A page that already has a policy <meta> is refused: one place writes it.
 */
export function withPolicy(html: string, scriptSources: readonly string[] = []): string {
  const headEnd = html.search(/<\/head>/i);
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
  if (headEnd < 0 || !charset || charset.index > headEnd) throw new Error('withPolicy: the page has no <head> starting with <meta charset="utf-8">');
  if (/http-equiv="content-security-policy"/i.test(html.slice(0, headEnd))) throw new Error('withPolicy: the page already has a policy <meta>');
  const head = html.slice(0, headEnd);
  const sheets = [...head.matchAll(STYLE)].map((match) => match[1]!);
  const css = sheets.join('\n');
  const firstStyle = head.search(/<style\b/i);
  let newHead = head.replace(STYLE, '');
  if (sheets.length > 0) {
    // The one style goes where the first was (head offsets before it do not change when later ones go).
    newHead = `${newHead.slice(0, firstStyle)}<style>${css}</style>${newHead.slice(firstStyle)}`;
  }
  const policy = policyFor({ styleHashes: sheets.length > 0 ? [styleHash(css)] : [], scriptSources });
  const afterCharset = charset.index + charset[0].length;
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replace(/"/g, '&quot;')}">`;
  return `${newHead.slice(0, afterCharset)}${meta}${newHead.slice(afterCharset)}${html.slice(headEnd)}`;
}
