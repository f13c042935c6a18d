import { describe, expect, it } from 'vitest';
import { cardsSchema, PHRASE_IDS, RIGHT_IDS } from '../../src/content/collections/cards';
import { enabledLanguages } from '../../src/i18n/languages';
import { loadYamlCollection, validationErrors } from '../helpers/content';

const cards = loadYamlCollection('content/cards');

describe('the words on the cards', () => {
  it('has the English rights and phrases', () => {
    expect([...cards.keys()].filter((id) => id.startsWith('en/')).sort()).toEqual(['en/phrases', 'en/rights']);
  });

  it('validates every file in content/cards, in every language', () => {
    expect([...cards.values()].flatMap(({ file, data }) => validationErrors(cardsSchema, data, file))).toEqual([]);
  });

  it('only has folders for languages in the registry', () => {
    const folders = new Set([...cards.keys()].map((id) => id.split('/')[0]));
    expect([...folders].filter((folder) => !enabledLanguages.some((language) => language.path === folder))).toEqual([]);
  });

  it('rejects a typed number in any script, a missing phrase and an interpreter phrase without the language', () => {
    const english = cards.get('en/phrases')!.data as { kind: 'phrases'; phrases: { id: string; text: string }[] };
    const typed = { ...english, phrases: english.phrases.map((p) => (p.id === 'helpline' ? { ...p, text: 'Call 08000 121 700.' } : p)) };
    expect(cardsSchema.safeParse(typed).success).toBe(false);
    const arabicDigits = { ...english, phrases: english.phrases.map((p) => (p.id === 'doctor' ? { ...p, text: 'اتصل ب ٩٩٩' } : p)) };
    expect(cardsSchema.safeParse(arabicDigits).success).toBe(false);
    expect(cardsSchema.safeParse({ ...english, phrases: english.phrases.slice(1) }).success).toBe(false);
    const noSlot = { ...english, phrases: english.phrases.map((p) => (p.id === 'interpreter' ? { ...p, text: 'I need an interpreter.' } : p)) };
    expect(cardsSchema.safeParse(noSlot).success).toBe(false);
    const rights = cards.get('en/rights')!.data as { kind: 'rights'; rights: unknown[] };
    expect(cardsSchema.safeParse({ ...rights, rights: [...rights.rights, rights.rights[0]] }).success).toBe(false);
  });

  it('names every right and phrase the pages expect', () => {
    expect(RIGHT_IDS).toHaveLength(3);
    expect(PHRASE_IDS).toEqual(['interpreter', 'private', 'helpline', 'doctor', 'do-not-call']);
  });
});
