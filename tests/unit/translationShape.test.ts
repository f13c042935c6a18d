import { describe, expect, it } from 'vitest';
import { shapeDifferences } from '../../src/lib/translationShape';
import { loadYamlCollection } from '../helpers/content';

const JOURNEY_WORDS = new Set(['title', 'summary', 'label', 'happens', 'text', 'get', 'choose', 'questions', 'problem', 'action', 'decisionBody']);
const PATHWAY_WORDS = new Set(['title', 'summary', 'intro', 'question', 'when', 'text', 'short', 'record']);

describe('the shape check for translated data', () => {
  const english = { title: 'Wait', stages: [{ id: 'rg', howLong: { fact: 'rg-days', text: 'About {fact}.' }, get: ['A bed.'] }] };

  it('accepts a file whose only changes are words and the translation fields', () => {
    const translated = { title: 'انتظر', translatedFrom: 'abcdefabcdef', status: 'machine', stages: [{ id: 'rg', howLong: { fact: 'rg-days', text: 'حوالي {fact}.' }, get: ['سرير.'] }] };
    expect(shapeDifferences(english, translated, JOURNEY_WORDS)).toEqual([]);
  });

  it('names a changed id, a lost token, a missing item and an extra field', () => {
    const translated = { title: 'انتظر', note: 'x', stages: [{ id: 'rg2', howLong: { fact: 'rg-days', text: 'حوالي.' }, get: [] }] };
    expect(shapeDifferences(english, translated, JOURNEY_WORDS)).toEqual([
      'note: not in English',
      'stages.0.id: should be "rg", as in English',
      'stages.0.howLong.text: keep the tokens {fact} exactly (found none)',
      'stages.0.get: needs 1 items, as in English',
    ]);
  });
});

/** Every translation of a data collection, checked against its English file (less the fields only English holds). */
function differencesIn(base: string, words: Set<string>, englishOnly: string[]): string[] {
  const files = loadYamlCollection(base);
  return [...files].flatMap(([id, { file, data }]) => {
    if (id.startsWith('en/')) return [];
    const english = files.get(`en/${id.split('/').slice(1).join('/')}`);
    if (!english) return [`${file}: there is no English file of that name`];
    const englishWords = Object.fromEntries(Object.entries(english.data).filter(([key]) => !englishOnly.includes(key)));
    return shapeDifferences(englishWords, data, words).map((difference) => `${file}: ${difference}`);
  });
}

describe('translated journeys and referral pathways', () => {
  it('change only the words of the English journey', () => {
    expect(differencesIn('content/journeys', JOURNEY_WORDS, ['nations', 'page', 'sources', 'lastReviewed', 'reviewBy'])).toEqual([]);
  });

  it('change only the words of the English pathways, keeping every {fact:…} and {contact:…} token', () => {
    expect(differencesIn('content/pathways', PATHWAY_WORDS, ['system', 'sources', 'lastReviewed', 'reviewBy'])).toEqual([]);
  });
});
