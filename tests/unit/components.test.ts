/**
 * Component tests: every example kept beside a component (its `.fixtures.ts`) rendered with Astro's container API,
 * then read as the static check reads a built page. What each example must show is stated here, per component.
 */
import { describe, expect, it } from 'vitest';
import { loadYamlCollection } from '../helpers/content';
import { rawKeysOn, renderFixture, siteFacts, stringsOf, withClass, type Rendered } from '../helpers/renderFixture';
import type { Fixture } from '../../src/components/fixtures';
import { defaultLanguage, exitUrlOf, languageByPath, type Language } from '../../src/i18n/languages';
import { checkDocument } from '../../src/lib/staticCheck/documentChecks';
import { closest, textOf, type HtmlElement } from '../../src/lib/staticCheck/html';
import Frame from '../../src/components/Frame/Frame.astro';
import { fixtures as frameFixtures } from '../../src/components/Frame/Frame.fixtures';
import QuickExit from '../../src/components/QuickExit/QuickExit.astro';
import { fixtures as quickExitFixtures } from '../../src/components/QuickExit/QuickExit.fixtures';
import PageNotice from '../../src/components/PageNotice/PageNotice.astro';
import { fixtures as pageNoticeFixtures } from '../../src/components/PageNotice/PageNotice.fixtures';
import Fact from '../../src/components/mdx/Fact.astro';
import { fixtures as factFixtures } from '../../src/components/mdx/Fact.fixtures';
import Contact from '../../src/components/mdx/Contact.astro';
import { fixtures as contactFixtures } from '../../src/components/mdx/Contact.fixtures';
import ServiceCard from '../../src/components/ServiceDirectory/ServiceCard.astro';
import { fixtures as serviceCardFixtures } from '../../src/components/ServiceDirectory/ServiceCard.fixtures';

const ARABIC_LETTERS = /\p{Script=Arabic}/u;
const services = new Map([...loadYamlCollection('content/services')].map(([id, { data }]) => [id, data as { description: string; contacts: { kind: string; value: string }[] }]));

const languageOfPage = (fixture: Fixture<unknown>) => languageByPath((fixture.page ?? '/en/').split('/')[1]!) ?? defaultLanguage;
const contentLanguageOf = (fixture: Fixture<unknown>) => (fixture.state === 'fallback' ? defaultLanguage : languageOfPage(fixture));
const one = (page: Rendered, found: HtmlElement[], what: string) => {
  expect(found, `${what} in ${page.html.slice(0, 300)}`).toHaveLength(1);
  return found[0]!;
};
/** Renders every example of a component, each as its own test; examples that must be refused are expected to throw. */
function eachFixture<Props>(component: Parameters<typeof renderFixture>[0], fixtures: Fixture<Props>[], expectations: (page: Rendered, fixture: Fixture<Props>) => void | Promise<void>) {
  it('has an example in a right-to-left language and one for a missing translation', () => {
    const shown = fixtures.filter((fixture) => !fixture.throws);
    expect(shown.some((fixture) => languageOfPage(fixture).dir === 'rtl' || (fixture.props as { language?: Language }).language?.dir === 'rtl')).toBe(true);
    expect(shown.some((fixture) => fixture.state === 'fallback' || /missing|not translated|no translation/.test(fixture.name))).toBe(true);
  });
  for (const fixture of fixtures) {
    it(fixture.name, async () => {
      if (fixture.throws) {
        await expect(renderFixture(component, fixture)).rejects.toThrow(fixture.throws);
        return;
      }
      const page = await renderFixture(component, fixture);
      expect(rawKeysOn(page), 'text that looks like an i18n key').toEqual([]);
      await expectations(page, fixture);
    });
  }
}

describe('Frame', () => {
  eachFixture(Frame, frameFixtures, (page, fixture) => {
    const { props } = fixture;
    const language = props.language ?? languageOfPage(fixture);
    const content = contentLanguageOf(fixture);
    expect(checkDocument(page, siteFacts), 'lang/dir, one h1, title, canonical and alternates').toEqual([]);
    const html = one(page, page.elements.filter((element) => element.name === 'html'), '<html>');
    expect([html.attributes.lang, html.attributes.dir]).toEqual([language.code, language.dir]);
    const main = one(page, page.elements.filter((element) => element.name === 'main'), '<main>');
    expect([main.attributes.id, main.attributes.lang, main.attributes.dir]).toEqual(['main', content.code, content.dir]);
    expect(page.elements.filter((element) => element.name === 'a' && element.attributes.href === '#main'), 'a skip link to the main text').toHaveLength(1);
    const exit = one(page, page.elements.filter((element) => element.attributes.id === 'quick-exit'), 'the quick exit');
    expect(exit.attributes.href).toBe(exitUrlOf(language));
    expect(withClass(page, 'language-picker').length > 0).toBe(props.showLanguagePicker !== false);
    expect(page.elements.some((element) => element.name === 'link' && element.attributes.rel === 'canonical')).toBe(props.listed !== false);
    expect(textOf(one(page, page.elements.filter((element) => element.name === 'title'), '<title>'))).toContain(props.title);
    const notices = page.elements.filter((element) => element.attributes['data-translation-state'] !== undefined);
    expect(notices.map((notice) => notice.attributes['data-translation-state']), 'the translation notice, inside <main>').toEqual(['machine', 'stale', 'checked', 'fallback'].includes(fixture.state ?? 'source') ? [fixture.state] : []);
    for (const notice of notices) expect(closest(notice, 'main')).toBe(main);
  });
});

describe('QuickExit', () => {
  eachFixture(QuickExit, quickExitFixtures, (page, { props: { language } }) => {
    const exit = one(page, page.elements.filter((element) => element.attributes.id === 'quick-exit'), 'the quick exit');
    expect(exit.attributes.href).toBe(exitUrlOf(language));
    expect((exit.attributes.rel ?? '').split(' ').sort()).toEqual(['nofollow', 'noreferrer']);
    expect(textOf(exit)).toContain(stringsOf(language).quickExit!.button);
    const root = one(page, page.elements.filter((element) => 'data-quick-exit-root' in element.attributes), 'the quick exit box');
    for (const name of ['data-text-two-more', 'data-text-one-more', 'data-text-timed-out', 'data-text-activated']) {
      expect(root.attributes[name]?.trim(), name).toBeTruthy();
    }
    expect(page.elements.filter((element) => element.attributes.role === 'status'), 'where the script says what is happening').toHaveLength(1);
  });
});

describe('PageNotice', () => {
  eachFixture(PageNotice, pageNoticeFixtures, (page, { props: { state, language, englishHref } }) => {
    if (state === 'source' || state === 'reviewed') {
      expect(page.html.trim(), 'no notice').toBe('');
      return;
    }
    const notice = one(page, page.elements.filter((element) => element.attributes['data-translation-state'] !== undefined), 'the notice');
    expect([notice.attributes['data-translation-state'], notice.attributes.lang, notice.attributes.dir]).toEqual([state, language.code, language.dir]);
    const links = page.elements.filter((element) => element.name === 'a');
    if (state === 'fallback') {
      expect(textOf(notice), 'names the language the page is not in yet').toContain(language.nativeName);
      expect(links, 'the English text is already on the page').toEqual([]);
    } else {
      const link = one(page, links, 'the link to the English page');
      expect([link.attributes.href, link.attributes.lang, link.attributes.hreflang]).toEqual([englishHref, 'en', 'en']);
    }
  });
});

describe('Fact', () => {
  const english = factFixtures.find((fixture) => !fixture.throws && languageOfPage(fixture).code === 'en')!;
  eachFixture(Fact, factFixtures, async (page, fixture) => {
    const fact = one(page, withClass(page, 'fact'), 'the fact');
    expect(fact.attributes['data-fact']).toBe(fixture.props.id);
    const { value } = loadYamlCollection('content/facts').get(fixture.props.id)!.data as { value: number };
    expect(textOf(fact)).toContain(String(value));
    const inEnglish = textOf(one(page, withClass(await renderFixture(Fact, english), 'fact'), 'the English fact'));
    expect(textOf(fact) === inEnglish, 'in the language of the text around it').toBe(contentLanguageOf(fixture).code === 'en');
    if (contentLanguageOf(fixture).code === 'ar') expect(textOf(fact)).toMatch(ARABIC_LETTERS);
  });
});

describe('Contact', () => {
  eachFixture(Contact, contactFixtures, (page, fixture) => {
    const { id, kind } = fixture.props;
    const service = services.get(id)!;
    // With no kind, the service's main number: its phone number or short code, else its first way in.
    const contact = (kind ? service.contacts.find((candidate) => candidate.kind === kind) : service.contacts.find((candidate) => ['phone', 'shortcode'].includes(candidate.kind)) ?? service.contacts[0])!;
    if (contact.kind === 'phone') {
      const link = one(page, page.elements.filter((element) => element.name === 'a'), 'the number');
      expect([link.attributes.href, link.attributes.dir]).toEqual([`tel:${contact.value}`, 'ltr']);
      expect(textOf(link).replace(/\D/g, ''), 'the number as dialled in the UK').toBe(`0${contact.value.replace(/^\+44/, '')}`);
    }
    if (contact.kind === 'silent') {
      const code = one(page, page.elements.filter((element) => element.name === 'strong'), 'the code');
      expect([textOf(code), code.attributes.dir]).toEqual([contact.value, 'ltr']);
      expect(textOf(page.root), 'what to do, in the reader\'s language').toMatch(ARABIC_LETTERS);
    }
    if (contact.kind === 'web') {
      const link = one(page, page.elements.filter((element) => element.name === 'a'), 'the website');
      expect([link.attributes.href, link.attributes.rel]).toEqual([contact.value, 'noreferrer']);
    }
    const label = withClass(page, 'check-label');
    expect(label.length > 0, '"check before use" when the service is not checked').toBe(!(loadYamlCollection('content/services').get(id)!.data as { verified: boolean }).verified);
    if (label.length > 0) expect(textOf(label[0]!)).toContain(stringsOf(contentLanguageOf(fixture)).contact!.checkBeforeUse);
  });
});

describe('ServiceCard', () => {
  eachFixture(ServiceCard, serviceCardFixtures, (page, { props: { service, locale } }) => {
    const card = one(page, withClass(page, 'svc-card'), 'the card');
    expect(card.attributes['data-service']).toBe(service.id);
    const name = one(page, withClass(page, 'svc-card__name'), 'the name').children.find((child): child is HtmlElement => 'name' in child)!;
    expect(textOf(name)).toBe(service.name);
    expect([name.attributes.lang, name.attributes.dir], 'an official English name is marked as English').toEqual(locale === 'en' ? [undefined, undefined] : ['en', 'ltr']);
    const description = one(page, withClass(page, 'svc-card__description'), 'the description');
    const translated = textOf(description) !== services.get(service.id)!.description;
    const shown = languageByPath(service.shownTexts.lang.toLowerCase())!;
    expect(translated).toBe(shown.code !== 'en');
    // Marked when its language is not the page's: English words on another language's page.
    expect([description.attributes.lang, description.attributes.dir]).toEqual(shown.code === locale ? [undefined, undefined] : [shown.code, shown.dir]);
    const contacts = one(page, withClass(page, 'svc-card__contacts'), 'the contacts').children.filter((child): child is HtmlElement => 'name' in child);
    expect(contacts).toHaveLength(service.contacts.length);
    for (const link of page.elements.filter((element) => element.name === 'a' && /^(tel|sms):/.test(element.attributes.href ?? ''))) expect(link.attributes.dir).toBe('ltr');
    for (const link of page.elements.filter((element) => element.name === 'a' && /^https?:/.test(element.attributes.href ?? ''))) expect(link.attributes.rel).toBe('noreferrer');
    expect(withClass(page, 'svc-card__check').length > 0, '"check before use" when the service is not checked').toBe(!service.verified);
    expect(withClass(page, 'svc-card__warning').length > 0).toBe(!service.verified);
  });
});
