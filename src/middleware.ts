/**
 * Writes each page's Content Security Policy (src/lib/contentSecurityPolicy.ts) once the page has rendered: its CSS
 * is in one <style> in the head, allowed by its hash. A page adds a script source with
 * `(Astro.locals.scriptSources ??= []).push(…)` (the search page's WebAssembly).
 */
import { defineMiddleware } from 'astro:middleware';
import { withPolicy } from './lib/contentSecurityPolicy';
import { isPagePart } from './lib/pageParts';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.scriptSources = [];
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const page = await response.text();
  // A page part (src/lib/pageParts.ts) has no head: it runs under the policy of the page that fetches it.
  const html = isPagePart(page) ? page : withPolicy(page, context.locals.scriptSources ?? []);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
