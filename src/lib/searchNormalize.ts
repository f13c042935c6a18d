/**
 * One normalisation for the search index and the reader's query, so both sides meet on the same words.
 * Pagefind splits words on spaces and drops characters that are not letters or digits, which loses words in
 * some scripts (see tech-anchors §4): the part after a zero-width non-joiner in Persian, Urdu and Sorani, and
 * every word after an Ethiopic wordspace (፡) in Tigrinya and Amharic. It also keeps Arabic tatweel and treats
 * the Arabic and Persian forms of yeh and kaf as different letters. Thai is written without spaces between words,
 * so Pagefind would hold a whole phrase as one "word": Thai runs are split into words with `Intl.Segmenter`, at
 * build time and in the browser, so index and query are cut the same way. Indic conjuncts (a virama between
 * consonants, with or without a zero-width joiner) are left whole. Pure: runs at build time and in the browser.
 */

const ZWNJ = '\u200C';

/** Invisible characters that never separate words: soft hyphen, zero-width joiner, word joiner, BOM. */
const INVISIBLE_JOINERS = /[\u00AD\u200D\u2060\uFEFF]/g;
/** Arabic tatweel (kashida), a stretching stroke inside a word: `كـتاب` is `كتاب`. */
const TATWEEL = /\u0640/g;
/** Arabic short vowels and other marks above or below letters (harakat, superscript alef). */
const ARABIC_MARKS = /[\u064B-\u065F\u0670]/g;
/** Alef with hamza or madda, and alef wasla: typed as a plain alef on most keyboards. */
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671]/g;
/** Persian yeh (ی) and alef maksura (ى) are written for Arabic yeh (ي) and the other way round. */
const YEH_VARIANTS = /[\u06CC\u0649]/g;
/** Persian kaf (ک) and swash kaf (ڪ) for Arabic kaf (ك). */
const KAF_VARIANTS = /[\u06A9\u06AA]/g;
/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits, so `٩٩٩` finds `999`. */
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/g;
const PERSIAN_DIGIT = /[\u06F0-\u06F9]/g;
/** Ethiopic wordspace ፡ and punctuation ። ፣ ፤ ፥ ፦ ፧ ፨: each ends a word, even with no space after it. */
const ETHIOPIC_SEPARATORS = /[\u1361-\u1368]/g;
/** Arabic comma, semicolon, question mark and Urdu full stop, which may touch the next word. */
const ARABIC_PUNCTUATION = /[\u060C\u061B\u061F\u06D4]/g;
/** The danda and double danda that end a sentence in Hindi, Bengali and Punjabi, which may touch the next word. */
const INDIC_SENTENCE_ENDS = /[\u0964\u0965]/g;
/** A run of Thai letters, marks and digits (the Thai block). */
const THAI_RUN = /[\u0E00-\u0E7F]+/g;
/** A word that holds at least one zero-width non-joiner. */
const ZWNJ_WORD = /[^\s\u200C]*\u200C[^\s]*/g;

/** Every part of a ZWNJ compound, then the compound written solid: `می‌خواهم` → `می خواهم میخواهم`. */
function splitZwnjCompound(word: string): string {
  const parts = word.split(ZWNJ).filter((part) => part !== '');
  return parts.length < 2 ? parts.join('') : [...parts, parts.join('')].join(' ');
}

let thaiWords: Intl.Segmenter | undefined;

/** A run of Thai text with a space between its words: `ค้ามนุษย์` → `ค้า มนุษย์`. Punctuation inside is dropped. */
function spaceThaiWords(run: string): string {
  thaiWords ??= new Intl.Segmenter('th', { granularity: 'word' });
  return Array.from(thaiWords.segment(run), (part) => (part.isWordLike ? part.segment : ' '))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The text as the search index stores it. Keeps both the whole ZWNJ compound (readers who type it solid or with
 * the ZWNJ) and its parts (readers who type a space, or search the second part alone). Idempotent.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE_JOINERS, '')
    .replace(TATWEEL, '')
    .replace(ARABIC_MARKS, '')
    .replace(ALEF_VARIANTS, '\u0627')
    .replace(YEH_VARIANTS, '\u064A')
    .replace(KAF_VARIANTS, '\u0643')
    .replace(ARABIC_INDIC_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(PERSIAN_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(ETHIOPIC_SEPARATORS, ' ')
    .replace(ARABIC_PUNCTUATION, ' ')
    .replace(INDIC_SENTENCE_ENDS, ' ')
    .replace(THAI_RUN, spaceThaiWords)
    .replace(ZWNJ_WORD, splitZwnjCompound);
}

/** The reader's query, normalised like the index, with spaces tidied; empty when nothing searchable is left. */
export function normalizeQuery(query: string): string {
  return normalizeForSearch(query).replace(/\s+/g, ' ').trim();
}
