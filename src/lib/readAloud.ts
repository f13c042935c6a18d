/** Choosing a device voice for a page's language, and cutting page text into pieces a speech engine reads reliably. */

export interface VoiceLike {
  lang: string;
  localService: boolean;
  default?: boolean;
}

/** `en_GB` or `EN-gb` → `en-gb`. */
export function normalizeLanguageTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

export function primarySubtag(tag: string): string {
  return normalizeLanguageTag(tag).split('-')[0] ?? '';
}

/**
 * A voice that speaks the page's language, on the device only: a network voice would send the page's text to
 * another company's server. Prefers the exact tag, then the device's default voice, then the first one.
 */
export function voiceForLanguage<V extends VoiceLike>(voices: readonly V[], pageLanguage: string): V | undefined {
  const wanted = normalizeLanguageTag(pageLanguage);
  const primary = primarySubtag(pageLanguage);
  if (!primary) return undefined;
  const local = voices.filter((voice) => voice.localService && primarySubtag(voice.lang) === primary);
  return local.find((voice) => normalizeLanguageTag(voice.lang) === wanted) ?? local.find((voice) => voice.default) ?? local[0];
}

/** Ends of sentences in Latin, Arabic (؟ ۔) and Ethiopic (። ፧ ፨) text. */
const SENTENCE_END = /(?<=[.!?؟۔።፧፨])\s+/u;

/** Splits one block of text into pieces of at most `max` characters: at sentence ends, then at spaces. */
export function splitLongText(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  return text.split(SENTENCE_END).flatMap((sentence) => (sentence.length <= max ? [sentence] : splitAtSpaces(sentence, max)));
}

function splitAtSpaces(text: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && current.length + 1 + word.length > max) {
      pieces.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** The pieces to speak, in order: whitespace tidied, empty blocks dropped, long blocks split. */
export function speechChunks(blocks: readonly string[], max = 200): string[] {
  return blocks
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
    .flatMap((block) => splitLongText(block, max));
}
