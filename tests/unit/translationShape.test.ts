import { describe, expect, it } from 'vitest';
import { pageReferences, pageShapeDifferences, shapeDifferences } from '../../src/lib/translationShape';
import { englishWordsOf, unitHash } from '../../src/lib/translationUnits';
import { loadPages, loadYamlCollection } from '../helpers/content';

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

describe('the shape check for translated pages', () => {
  const english = 'You can get at least <Fact id="ew-move-on-min-days" />. Call <Contact id="police-emergency" kind="silent" />.\n' +
    'Read about <Term id="nrm">the NRM</Term> and [your choice](/rights/your-choice/#consent).\n<Nation id="scotland">\nIn Scotland.\n</Nation>\n<AskAdviser />';

  it('reads every component, with its attributes, and every link', () => {
    expect(pageReferences(english)).toEqual([
      '<Fact id="ew-move-on-min-days">', '<Contact id="police-emergency" kind="silent">', '<Term id="nrm">', '<Nation id="scotland">', '<AskAdviser>',
      'link /rights/your-choice/#consent',
    ]);
  });

  it('accepts a translation whose only changes are words and order', () => {
    const translated = 'Lexoni për [zgjedhjen tuaj](/rights/your-choice/#consent) dhe <Term id="nrm">NRM</Term>. Të paktën <Fact id="ew-move-on-min-days" />.\n' +
      'Telefononi <Contact kind="silent" id="police-emergency" />.\n<Nation id="scotland">\nNë Skoci.\n</Nation>\n<AskAdviser />';
    expect(pageShapeDifferences(english, translated)).toEqual([]);
  });

  it('names a lost fact, a changed contact, a dropped term, a changed link and an extra box', () => {
    const translated = 'Telefononi <Contact id="police-emergency" />. <Term id="consent">zgjedhja</Term> [zgjedhja](/rights/your-choice/).\n' +
      '<Nation id="scotland">\nNë Skoci.\n</Nation>\n<AskAdviser />\n<AskAdviser />';
    expect(pageShapeDifferences(english, translated)).toEqual([
      '<Fact id="ew-move-on-min-days">: English has 1, found 0',
      '<Contact id="police-emergency" kind="silent">: English has 1, found 0',
      '<Term id="nrm">: English has 1, found 0',
      '<AskAdviser>: English has 1, found 2',
      'link /rights/your-choice/#consent: English has 1, found 0',
      '<Contact id="police-emergency">: English has 0, found 1',
      '<Term id="consent">: English has 0, found 1',
      'link /rights/your-choice/: English has 0, found 1',
    ]);
  });
});

describe('translated pages', () => {
  // A translation made from an older English page is reported out of date (npm run i18n:status); once it is updated
  // to the English of now, it must keep what that English refers to.
  it('keep every fact, contact, service, term, nation, box and link of the English page they follow', () => {
    const pages = loadPages();
    const english = new Map(pages.filter((page) => page.lang === 'en').map((page) => [page.slug, page]));
    const versionOf = (page: (typeof pages)[number]) => unitHash(englishWordsOf.page({ ...page.data, body: page.body } as never));
    const translations = pages.filter((page) => page.lang !== 'en');
    const current = translations.filter((page) => english.has(page.slug) && page.data.translatedFrom === versionOf(english.get(page.slug)!));
    expect(current.length).toBeGreaterThan(english.size * 10);
    expect(translations.flatMap((page) => {
      const source = english.get(page.slug);
      if (!source) return [`${page.file}: there is no English page of that name`];
      if (!current.includes(page)) return [];
      return pageShapeDifferences(source.body, page.body).map((difference) => `${page.file}: ${difference}`);
    })).toEqual([]);
  });
});
