/**
 * Checks that a translated data file (a journey, a referral pathway) is the English file with only its words
 * changed: the same keys, ids, lists and references, and the same `{…}` tokens inside each text.
 */

/** Keys whose values are words for the reader (a string, or a list of strings). */
export type WordKeys = ReadonlySet<string>;

/** Fields a translation adds at its top level. */
const TRANSLATION_FIELDS = new Set(['translatedFrom', 'status']);

const tokensOf = (text: string) => (text.match(/\{[^{}]*\}/g) ?? []).sort().join(' ');

function isWords(path: (string | number)[], wordKeys: WordKeys): boolean {
  const key = [...path].reverse().find((part) => typeof part === 'string');
  return key !== undefined && wordKeys.has(key);
}

/** Every place where `translation` differs from `english` in anything but words, as `path: what differs`. */
export function shapeDifferences(english: unknown, translation: unknown, wordKeys: WordKeys, path: (string | number)[] = []): string[] {
  const where = path.length ? path.join('.') : '(file)';
  if (typeof english === 'string' && typeof translation === 'string' && isWords(path, wordKeys)) {
    return tokensOf(english) === tokensOf(translation) ? [] : [`${where}: keep the tokens ${tokensOf(english) || '(none)'} exactly (found ${tokensOf(translation) || 'none'})`];
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(translation) || translation.length !== english.length) return [`${where}: needs ${english.length} items, as in English`];
    return english.flatMap((item, index) => shapeDifferences(item, translation[index], wordKeys, [...path, index]));
  }
  if (english && typeof english === 'object') {
    if (!translation || typeof translation !== 'object' || Array.isArray(translation)) return [`${where}: should be a group of fields, as in English`];
    const englishKeys = Object.keys(english);
    const extra = Object.keys(translation).filter((key) => !(key in english) && !(path.length === 0 && TRANSLATION_FIELDS.has(key)));
    return [
      ...extra.map((key) => `${[...path, key].join('.')}: not in English`),
      ...englishKeys.flatMap((key) =>
        key in translation
          ? shapeDifferences((english as Record<string, unknown>)[key], (translation as Record<string, unknown>)[key], wordKeys, [...path, key])
          : [`${[...path, key].join('.')}: missing (copy it from English)`],
      ),
    ];
  }
  return Object.is(english, translation) ? [] : [`${where}: should be ${JSON.stringify(english)}, as in English`];
}

/**
 * What a page body refers to, which its words may not change: every component with its attributes
 * (`<Fact id="…" />`, `<Contact id="…" kind="silent" />`, `<Term id="…">`, `<Nation id="…">`, `<AskAdviser />` …)
 * and every link target, each as one line, as many times as the page has it.
 */
export function pageReferences(body: string): string[] {
  const components = [...body.matchAll(/<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g)].map(([, name, attributes]) => {
    const pairs = [...attributes!.matchAll(/([A-Za-z-]+)=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g)].map(([, key, a, b, c]) => `${key}="${a ?? b ?? c}"`).sort();
    return `<${[name, ...pairs].join(' ')}>`;
  });
  const links = [...body.matchAll(/\]\(\s*([^)\s]+)[^)]*\)|\bhref=["']([^"']+)["']/g)].map(([, markdown, href]) => `link ${markdown ?? href}`);
  return [...components, ...links];
}

const counts = (items: string[]) => items.reduce((map, item) => map.set(item, (map.get(item) ?? 0) + 1), new Map<string, number>());

/** Every reference a translated page body has more or fewer times than the English, as `reference: English has n, found m`. */
export function pageShapeDifferences(englishBody: string, translatedBody: string): string[] {
  const english = counts(pageReferences(englishBody));
  const translated = counts(pageReferences(translatedBody));
  return [...new Set([...english.keys(), ...translated.keys()])]
    .filter((reference) => english.get(reference) !== translated.get(reference))
    .map((reference) => `${reference}: English has ${english.get(reference) ?? 0}, found ${translated.get(reference) ?? 0}`);
}
