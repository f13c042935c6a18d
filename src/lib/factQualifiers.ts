/**
 * The words a translator must not lose around a fact: a duration that is "at least 30 days" must not become
 * "30 days" in any language. Each fact's `qualifier` (content/facts) names the kind of words; each language lists
 * the words it uses for each kind in locales/<lang>/qualifiers.json. Pure: the tests hand in the texts.
 */

export const FACT_QUALIFIERS = ['minimum', 'maximum', 'about', 'target'] as const;
export type FactQualifier = (typeof FACT_QUALIFIERS)[number];

/** A language's words for each qualifier, as its list writes them: alternatives separated by "|". */
export type QualifierList = Readonly<Record<FactQualifier, string>>;

/** How far from the fact, in characters of prose, its qualifier may stand (in the same sentence). */
export const BESIDE = 40;

/** "at least | or longer" → ["at least", "or longer"]. */
export function qualifierWords(list: string): string[] {
  return list.split('|').map((words) => words.trim()).filter((words) => words !== '');
}

/** One place a text states a fact: the prose of its sentence before and after it. */
export interface FactMention {
  fact: string;
  before: string;
  after: string;
}

/** Where a token stands for a fact in a text; the prose around it is what a reader reads next to the value. */
interface Marked {
  /** The text with one mark where each fact stands. */
  text: string;
  facts: { fact: string }[];
}

const MARK = '\u0000';
/** Ends of a sentence or a list item or table cell: what stands across one is not "beside" the fact. */
const SENTENCE_END = /[.!?。！？።؟۔।॥|]|\n\s*\n|\n\s*(?:[-*+]|\d+\.|#)\s/g;

function mark(text: string, pattern: RegExp, idOf: (match: RegExpExecArray) => string | undefined): Marked {
  const facts: { fact: string }[] = [];
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const id = idOf(match as RegExpExecArray);
    if (id === undefined) continue;
    out += text.slice(last, match.index) + MARK;
    facts.push({ fact: id });
    last = match.index + match[0].length;
  }
  return { text: out + text.slice(last), facts };
}

function mentionsOf({ text, facts }: Marked): FactMention[] {
  const plain = withoutMarkup(text);
  const ends = [...plain.matchAll(SENTENCE_END)].map((match) => [match.index, match.index + match[0].length] as const);
  const marks = [...plain.matchAll(new RegExp(MARK, 'g'))].map((match) => match.index);
  return facts.map(({ fact }, n) => {
    const index = marks[n]!;
    const start = Math.max(0, ...ends.filter(([, end]) => end <= index).map(([, end]) => end));
    const stop = Math.min(plain.length, ...ends.filter(([begin]) => begin > index).map(([begin]) => begin));
    return { fact, before: words(plain.slice(start, index)).slice(-BESIDE), after: words(plain.slice(index + 1, stop)).slice(0, BESIDE) };
  });
}

/** What a reader reads, lines kept: no tags, link targets, emphasis or other tokens. */
function withoutMarkup(text: string): string {
  return text
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\{\{[^{}]*\}\}|\{[^{}]*\}/g, ' ')
    .replace(/[*_`]/g, '');
}

/** One space between words; another fact's place is a gap. */
const words = (text: string) => text.replaceAll(MARK, ' ').replace(/\s+/g, ' ');

/** Every `<Fact id="…" />` of an MDX page body. */
export function pageFactMentions(body: string): FactMention[] {
  return mentionsOf(mark(body, /<Fact\b[^>]*?\bid=["']([^"']+)["'][^>]*>/g, (match) => match[1]));
}

/** Every `{fact}` of a journey text (the fact is named beside the text) or `{fact:id}` of a pathways text. */
export function tokenFactMentions(text: string, fact?: string): FactMention[] {
  return mentionsOf(mark(text, /\{fact(?::([^{}]+))?\}/g, (match) => match[1] ?? fact));
}

/** Every `{{placeholder}}` of a UI string that stands for the fact (the timeline's "{{duration}}"). */
export function placeholderFactMentions(text: string, placeholder: string, fact: string): FactMention[] {
  return mentionsOf(mark(text, new RegExp(`\\{\\{\\s*${placeholder}\\s*\\}\\}`, 'g'), () => fact));
}

/**
 * Text as compared: the same letters whatever the keyboard typed. Case and Unicode forms fold; Arabic-script
 * vowel marks, the tatweel and the zero-width non-joiner (Persian "دست‌کم") are left out; Persian and Arabic
 * forms of yeh and kaf are one letter.
 */
export function foldForMatch(text: string, lang: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase(lang)
    .replace(/[\u064B-\u065F\u0670\u0640\u200C\u200D\u200F\u200E]/g, '')
    .replace(/[\u06CC\u0649]/g, '\u064A')
    .replace(/\u06A9/g, '\u0643')
    .replace(/\s+/g, ' ');
}

/** How many characters (a short word, a glued preposition) may stand between the qualifier and the value. */
export const GAP = 8;

/** Scripts written without spaces between words: a qualifier there needs no word boundary. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** Where `words` stand in `text` as whole words (in a spaced script), as [start, end] pairs. */
function occurrences(text: string, words: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const end = at + words.length;
    const openStart = UNSPACED.test(words[0]!) || at === 0 || !LETTER.test(text[at - 1]!);
    const openEnd = UNSPACED.test(words.at(-1)!) || end === text.length || !LETTER.test(text[end]!);
    if (openStart && openEnd) found.push([at, end]);
  }
  return found;
}

/**
 * Whether one entry of a language's list stands beside the fact. "at least …" must end just before the value,
 * "… or longer" start just after it, "تر … پورې" both; an entry without "…" may stand on either side.
 */
export function entryBeside(mention: FactMention, entry: string, lang: string): boolean {
  const before = foldForMatch(mention.before, lang).trimEnd();
  const after = foldForMatch(mention.after, lang).trimStart();
  const endsBefore = (words: string) => occurrences(before, words).some(([, end]) => before.length - end <= GAP);
  const startsAfter = (words: string) => occurrences(after, words).some(([start]) => start <= GAP);
  const parts = entry.split(/…|\.\.\./).map((part) => foldForMatch(part, lang).trim());
  if (parts.length === 1) return endsBefore(parts[0]!) || startsAfter(parts[0]!);
  const [lead = '', trail = ''] = parts;
  return (lead === '' || endsBefore(lead)) && (trail === '' || startsAfter(trail));
}

/** Whether one of a language's entries for the qualifier stands beside the fact. */
export function hasQualifierBeside(mention: FactMention, entries: readonly string[], lang: string): boolean {
  return entries.some((entry) => entryBeside(mention, entry, lang));
}

/** A place where a translation states a fact without the words of its qualifier. */
export interface QualifierFinding {
  lang: string;
  file: string;
  fact: string;
  qualifier: FactQualifier;
  /** The words around the fact, as found. */
  found: string;
}

/** A text in one language and the places it states facts. */
export interface TextMentions {
  lang: string;
  file: string;
  mentions: FactMention[];
}

/** Every mention of a fact that has a qualifier, in any text, whose sentence lacks the language's words for it. */
export function missingQualifiers(
  texts: readonly TextMentions[],
  qualifierOf: (fact: string) => FactQualifier | undefined,
  listOf: (lang: string) => QualifierList | undefined,
): QualifierFinding[] {
  return texts.flatMap(({ lang, file, mentions }) =>
    mentions.flatMap((mention) => {
      const qualifier = qualifierOf(mention.fact);
      if (!qualifier) return [];
      const list = listOf(lang);
      if (list && hasQualifierBeside(mention, qualifierWords(list[qualifier]), lang)) return [];
      return [{ lang, file, fact: mention.fact, qualifier, found: `${mention.before.trim()} [${mention.fact}] ${mention.after.trim()}`.trim() }];
    }),
  );
}

/** One line a test prints: language, file, fact, the qualifier wanted and the words found there. */
export function describeFinding(finding: QualifierFinding): string {
  return `${finding.lang}: ${finding.file}: fact "${finding.fact}" needs its "${finding.qualifier}" words (locales/${finding.lang.toLowerCase()}/qualifiers.json) beside it; found "${finding.found}"`;
}
