/** Words a reader would see that are not words: an i18n key, an unfilled {{placeholder}}, an MDX tag or a {token}. */
import { closest, describeElement, textNodes, type BuiltPage, type HtmlElement } from './html.ts';
import { finding, type Finding } from './findings.ts';

/** The namespaces (file names) and top-level keys of the English UI strings, which every key starts with. */
export interface I18nVocabulary {
  namespaces: ReadonlySet<string>;
  keyRoots: ReadonlySet<string>;
}

export function i18nVocabulary(namespaces: Record<string, Record<string, unknown>>): I18nVocabulary {
  return {
    namespaces: new Set(Object.keys(namespaces)),
    keyRoots: new Set(Object.values(namespaces).flatMap((strings) => Object.keys(strings))),
  };
}

/** Text inside these is code or data, not words on the page. */
const NOT_WORDS = new Set(['script', 'style']);
/** Attributes whose value a reader sees or hears. */
const SHOWN_ATTRIBUTES = ['alt', 'title', 'aria-label', 'aria-description', 'aria-roledescription', 'placeholder', 'label'];
/** Meta tags whose content is shown by search engines and link previews. */
const SHOWN_META = /^(description|og:title|og:description|og:site_name|twitter:title|twitter:description)$/;

// An ASCII run such as `contact.silent` or `services:card.call`, not part of a longer word, path or address.
const KEY_LIKE = /(?<![A-Za-z0-9_.:/@-])[a-z][A-Za-z0-9_]*(?::[a-z][A-Za-z0-9_]*)?(?:\.[A-Za-z][A-Za-z0-9_]*)*(?![A-Za-z0-9_/@-]|\.[A-Za-z0-9]|:[A-Za-z])/g;
const PLACEHOLDER = /\{\{[^{}]*\}\}/g;
const MDX_TAG = /<\/?[A-Z][A-Za-z]*(?=[\s/>])/g;
const TOKEN = /\{(?:fact|contact|language)(?::[a-z0-9-]+)*\}/g;

/** The i18n keys in a text: a known namespace before a colon, or a known top-level key before a dot. */
export function rawKeysIn(text: string, vocabulary: I18nVocabulary): string[] {
  return [...text.matchAll(KEY_LIKE)].map((match) => match[0]).filter((token) => {
    const [namespace, key] = token.includes(':') ? token.split(':') as [string, string] : [undefined, token];
    if (namespace !== undefined) return vocabulary.namespaces.has(namespace);
    return key.includes('.') && vocabulary.keyRoots.has(key.split('.')[0]!);
  });
}

export function checkRawText(page: BuiltPage, vocabulary: I18nVocabulary): Finding[] {
  const found: Finding[] = [];
  /** A template a script fills in later (`Pages found: {{total}}`) may hold placeholders, but no key. */
  const look = (text: string, element: HtmlElement, where: string, { template }: { template: boolean }) => {
    const at = `${describeElement(element)}${where}`;
    for (const key of rawKeysIn(text, vocabulary)) found.push(finding('raw-key', page.path, at, `"${key}" shows instead of words`));
    if (template) return;
    for (const [match] of text.matchAll(PLACEHOLDER)) found.push(finding('placeholder', page.path, at, `"${match}" was not filled in`));
    for (const [match] of text.matchAll(MDX_TAG)) found.push(finding('unrendered-component', page.path, at, `"${match}" shows as text`));
    for (const [match] of text.matchAll(TOKEN)) found.push(finding('unrendered-component', page.path, at, `"${match}" shows as text`));
  };
  for (const node of textNodes(page)) {
    if ([...NOT_WORDS].some((name) => closest(node.parent, name))) continue;
    // The translation status page names the units that are out of date by their ids, on purpose.
    if (closest(node.parent, 'code')?.attributes['data-unit-id'] !== undefined) continue;
    look(node.text, node.parent, '', { template: false });
  }
  for (const element of page.elements) {
    for (const [name, value] of Object.entries(element.attributes)) {
      // data-* attributes hold words a script shows later (data-text-found), with placeholders it fills in.
      const shown = SHOWN_ATTRIBUTES.includes(name) || (name === 'content' && element.name === 'meta' && SHOWN_META.test(element.attributes.name ?? element.attributes.property ?? ''));
      if (shown) look(value, element, ` ${name}`, { template: false });
      else if (name.startsWith('data-')) look(value, element, ` ${name}`, { template: true });
    }
  }
  return found;
}
