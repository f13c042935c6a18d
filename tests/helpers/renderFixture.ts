/**
 * Renders a component's example props (src/components/<Component>/<Component>.fixtures.ts) with Astro's container
 * API, as the page given in the example would, and parses the HTML the way the static check of built pages does.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Fixture } from '../../src/components/fixtures';
import { enabledLanguages, languageByPath, type Language } from '../../src/i18n/languages';
import { resolveRoute } from '../../src/i18n/route';
import { parsePage, type BuiltPage } from '../../src/lib/staticCheck/html';
import { checkRawText, i18nVocabulary } from '../../src/lib/staticCheck/rawTextChecks';
import type { SiteFacts } from '../../src/lib/staticCheck/site';

export const SITE = 'https://waymark.example';
const container = await AstroContainer.create({ astroConfig: { site: SITE } });
type Component = Parameters<typeof container.renderToString>[0];

export interface Rendered extends BuiltPage {
  html: string;
}

export async function renderFixture<Props>(component: Component, fixture: Fixture<Props>): Promise<Rendered> {
  const url = new URL(fixture.page ?? '/en/', SITE);
  const segment = url.pathname.split('/')[1];
  const params = { lang: segment && languageByPath(segment) ? segment : undefined };
  // A page under a language resolves its route, as every route does, and keeps it in locals for the components.
  const locals: App.Locals = { scriptSources: [] };
  if (params.lang) resolveRoute({ params, url, locals }, fixture.state);
  const html = await container.renderToString(component, {
    props: fixture.props as Record<string, unknown>,
    params,
    locals,
    request: new Request(url),
    slots: fixture.slot ? { default: fixture.slot } : {},
  });
  return { ...parsePage(url.pathname, html), html };
}

/** The elements whose class list has this class. */
export const withClass = (page: BuiltPage, name: string) => page.elements.filter((element) => (element.attributes.class ?? '').split(/\s+/).includes(name));

/** A language's UI strings of one namespace as written (English where the language has none yet). */
export function stringsOf(language: Language, namespace = 'common'): Record<string, Record<string, string>> {
  const file = [`locales/${language.path}/${namespace}.json`, `locales/en/${namespace}.json`].find((candidate) => existsSync(candidate))!;
  return JSON.parse(readFileSync(file, 'utf8'));
}

const english = Object.fromEntries(readdirSync('locales/en').map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(`locales/en/${file}`, 'utf8'))]));
const vocabulary = i18nVocabulary(english);

/** Text that looks like an i18n key or a placeholder left unfilled, as the static check finds it. */
export const rawKeysOn = (page: BuiltPage) => checkRawText(page, vocabulary).map((finding) => `${finding.element} ${finding.message}`);

/** The site as the static check of built pages sees it, for the frame's head. */
export const siteFacts: SiteFacts = {
  origin: SITE,
  languages: enabledLanguages.map(({ code, path, dir }) => ({ code, path, dir })),
  unlistedPages: ['/404.html'],
  fileExists: () => true,
  idsOf: () => undefined,
};
