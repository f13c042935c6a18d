import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishDataHashes, englishPageHashes, readTranslationStatus } from '../../scripts/i18n/readTranslations';

/** A copy of the real locales and English pages, with one Arabic translation made from the current English page. */
function siteWithOneTranslation() {
  const root = mkdtempSync(join(tmpdir(), 'waymark-i18n-'));
  cpSync('locales', join(root, 'locales'), { recursive: true });
  cpSync('content/pages/en', join(root, 'content/pages/en'), { recursive: true });
  const hash = englishPageHashes(root).get('rights/interpreters')!;
  mkdirSync(join(root, 'content/pages/ar/rights'), { recursive: true });
  const english = readFileSync(join(root, 'content/pages/en/rights/interpreters.mdx'), 'utf8');
  writeFileSync(
    join(root, 'content/pages/ar/rights/interpreters.mdx'),
    english.replace(/^---\n/, `---\ntranslatedFrom: ${hash}\nstatus: machine\n`),
  );
  return root;
}

/** The same, with one Arabic journey and one Arabic pathways file made from the current English files. */
function siteWithTranslatedData() {
  const root = siteWithOneTranslation();
  for (const [directory, slug] of [['journeys', 'nrm/journey/scotland'], ['pathways', 'services/pathways/scotland']] as const) {
    cpSync(`content/${directory}/en`, join(root, `content/${directory}/en`), { recursive: true });
    mkdirSync(join(root, `content/${directory}/ar`), { recursive: true });
    const hash = englishDataHashes(root).get(slug)!;
    const english = readFileSync(join(root, `content/${directory}/en/scotland.yaml`), 'utf8');
    writeFileSync(join(root, `content/${directory}/ar/scotland.yaml`), `translatedFrom: ${hash}\nstatus: machine\n${english}`);
  }
  return root;
}

const arabic = (root: string) => readTranslationStatus(root).find((row) => row.code === 'ar')!;

describe('translation status', () => {
  it('counts a translation made from the current English page as current and machine-drafted', () => {
    const row = arabic(siteWithOneTranslation());
    expect(row.pagesCurrent).toBe(1);
    expect(row.pagesMachine).toBe(1);
    expect(row.pagesStale).toBe(0);
    expect(row.pagesMissing).toBe(row.pagesTotal - 1);
  });

  it('reports the translation stale once the English page changes', () => {
    const root = siteWithOneTranslation();
    const file = join(root, 'content/pages/en/rights/interpreters.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nYou can ask for a break at any time.\n`);
    const row = arabic(root);
    expect(row.pagesStale).toBe(1);
    expect(row.staleSlugs).toEqual(['rights/interpreters']);
    expect(row.pagesCurrent).toBe(0);
  });

  it('counts UI strings per language, plural forms once', () => {
    const english = readTranslationStatus('.').find((row) => row.code === 'en')!;
    expect(english.uiTranslated).toBe(english.uiTotal);
    expect(english.uiTotal).toBeGreaterThan(50);
  });

  it('counts journeys and referral pathways as pages, and reports them stale when their English words change', () => {
    const root = siteWithTranslatedData();
    expect(arabic(root).pagesCurrent).toBe(3);
    expect(arabic(root).pagesTotal).toBe(englishPageHashes(root).size + 7);
    const journey = join(root, 'content/journeys/en/scotland.yaml');
    writeFileSync(journey, readFileSync(journey, 'utf8').replace('You meet a worker who can help.', 'You meet someone who can help.'));
    expect(arabic(root).staleSlugs).toEqual(['nrm/journey/scotland']);
    const pathways = join(root, 'content/pathways/en/scotland.yaml');
    writeFileSync(pathways, readFileSync(pathways, 'utf8').replace('Safety comes first.', 'Safety always comes first.'));
    expect(arabic(root).staleSlugs).toEqual(['nrm/journey/scotland', 'services/pathways/scotland']);
  });

  it('does not call a translation stale when only the English review dates change', () => {
    const root = siteWithTranslatedData();
    const journey = join(root, 'content/journeys/en/scotland.yaml');
    writeFileSync(journey, readFileSync(journey, 'utf8').replace(/^reviewBy: .*$/m, 'reviewBy: 2027-06-01'));
    expect(arabic(root).pagesStale).toBe(0);
  });
});

