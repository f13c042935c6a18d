import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTranslationReport } from '../../scripts/i18n/readTranslations';
import { enabledLanguages } from '../../src/i18n/languages';

/** A copy of the real content and locales to change English in. */
function copyOfSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'waymark-i18n-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync('locales', join(root, 'locales'), { recursive: true });
  return root;
}

/** Every stale or missing unit of every switched-on language, as `lang kind:id`. */
function notCurrent(root: string): Set<string> {
  return new Set(
    readTranslationReport(root)
      .filter((row) => row.enabled && row.code !== 'en')
      .flatMap((row) => row.kinds.flatMap((kind) => [...kind.staleIds, ...kind.missingIds].map((id) => `${row.code} ${kind.kind}:${id}`))),
  );
}

const change = (root: string, file: string, from: string | RegExp, to: string) => {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${file}: "${from}" not found`);
  writeFileSync(path, after);
};

const translated = enabledLanguages.filter((language) => language.code !== 'en').map((language) => language.code);
const inEveryLanguage = (unit: string) => translated.map((code) => `${code} ${unit}`).sort();

describe('a change to English marks exactly the translations of that unit stale, in every language', () => {
  let baseline: Set<string>;
  beforeAll(() => {
    baseline = notCurrent(copyOfSite());
  });

  const cases: { what: string; unit: string; edit: (root: string) => void }[] = [
    { what: "a page's words", unit: 'page:rights/interpreters', edit: (root) => change(root, 'content/pages/en/rights/interpreters.mdx', /\n## /, '\nYou can ask for a break at any time.\n\n## ') },
    { what: "a page's sources", unit: 'page:rights/interpreters', edit: (root) => change(root, 'content/pages/en/rights/interpreters.mdx', /^sources: \[/m, 'sources: [msa-2015-s52, ') },
    { what: 'a glossary term', unit: 'glossary:nrm', edit: (root) => change(root, 'content/glossary/en/nrm.yaml', 'helps them get support', 'helps them find support') },
    { what: 'a service description', unit: 'service:acas', edit: (root) => change(root, 'content/services/acas.yaml', /^description: (.*)$/m, 'description: Free, confidential advice about your rights at work.') },
    { what: 'a contact note', unit: 'service:modern-slavery-helpline', edit: (root) => change(root, 'content/services/modern-slavery-helpline.yaml', 'You can choose to stay anonymous.', 'You do not have to give your name.') },
    { what: 'a card phrase', unit: 'card:phrases', edit: (root) => change(root, 'content/cards/en/phrases.yaml', /(id: private\n\s+text: )(.*)/, '$1I want to talk to someone alone.') },
    { what: 'a checker string', unit: 'ui:checker:page.title', edit: (root) => change(root, 'locales/en/checker.json', /("page": \{\s*"title": ")[^"]*/, '$1What help can I get now?') },
    { what: 'a UI string', unit: 'ui:common:site.tagline', edit: (root) => change(root, 'locales/en/common.json', /("tagline": ")[^"]*/, '$1Help and rights after trafficking, in your language.') },
  ];

  for (const { what, unit, edit } of cases) {
    it(what, () => {
      const root = copyOfSite();
      edit(root);
      const newlyStale = [...notCurrent(root)].filter((entry) => !baseline.has(entry)).sort();
      expect(newlyStale).toEqual(inEveryLanguage(unit));
    });
  }

  it('review dates are not words: changing them leaves every translation current', () => {
    const root = copyOfSite();
    change(root, 'content/journeys/en/scotland.yaml', /^reviewBy: .*$/m, 'reviewBy: 2027-06-01');
    change(root, 'content/pages/en/rights/interpreters.mdx', /^reviewBy: .*$/m, 'reviewBy: 2027-06-01');
    expect([...notCurrent(root)].filter((entry) => !baseline.has(entry))).toEqual([]);
  });
});

describe('the translation report', () => {
  it('counts English as the source of every unit, and every switched-on language as translated', () => {
    const rows = readTranslationReport('.');
    const english = rows.find((row) => row.code === 'en')!;
    expect(english.all.current).toBe(english.all.total);
    expect(english.all.stale + english.all.missing).toBe(0);
    for (const row of rows.filter((candidate) => candidate.enabled && candidate.code !== 'en')) {
      expect(row.all.missing, `${row.code}: missing units`).toBe(0);
      expect(row.kinds.map((kind) => kind.kind)).toEqual(['page', 'journey', 'pathways', 'glossary', 'service', 'card', 'ui']);
    }
  });
});
