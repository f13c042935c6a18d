/** Which attributes hold addresses, and what an address on a built page points to. */
import type { BuiltPage, HtmlElement } from './html.ts';

/** Attributes that hold one address, by element (`*` for any element). */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
};

export interface PageUrl {
  element: HtmlElement;
  attribute: string;
  value: string;
}

/** Every address on the page (`srcset` split into its candidates). */
export function urlsOf(page: BuiltPage): PageUrl[] {
  const found: PageUrl[] = [];
  for (const element of page.elements) {
    for (const attribute of URL_ATTRIBUTES[element.name] ?? []) {
      const value = element.attributes[attribute];
      if (value !== undefined) found.push({ element, attribute, value });
    }
    const srcset = element.attributes.srcset;
    if (srcset) for (const candidate of srcset.split(',')) {
      const value = candidate.trim().split(/\s+/)[0];
      if (value) found.push({ element, attribute: 'srcset', value });
    }
  }
  return found;
}

export type Target =
  | { kind: 'internal'; path: string; fragment: string | undefined }
  | { kind: 'external'; url: URL }
  | { kind: 'scheme'; scheme: string; rest: string };

/** Where an address on `pagePath` goes: a path in this site (decoded), another origin, or tel:, mailto:, data: … */
export function targetOf(value: string, pagePath: string, origin: string): Target {
  const url = new URL(value, `${origin}${pagePath}`);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { kind: 'scheme', scheme: url.protocol.slice(0, -1), rest: value.slice(value.indexOf(':') + 1) };
  }
  if (url.origin !== origin) return { kind: 'external', url };
  const fragment = url.hash ? safeDecode(url.hash.slice(1)) : undefined;
  return { kind: 'internal', path: safeDecode(url.pathname), fragment };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
