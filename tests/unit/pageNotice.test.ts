import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PageNotice from '../../src/components/PageNotice/PageNotice.astro';
import { useTranslations } from '../../src/i18n/translate';

async function noticeFor(state: string, langPath: string) {
  const container = await AstroContainer.create();
  const { t, language } = useTranslations(langPath);
  return container.renderToString(PageNotice, { props: { state, language, englishHref: '/en/rights/interpreters/', t } });
}

describe('the translation notice', () => {
  it('tells a reader in their own language that a page is not translated yet, without a link away', async () => {
    const html = await noticeFor('fallback', 'ar');
    expect(html).toContain('data-translation-state="fallback"');
    expect(html).toContain('lang="ar"');
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('العربية');
    expect(html).not.toContain('hreflang="en"');
  });

  it('says a page is machine-drafted, and says something else when the English has changed, both linking to English', async () => {
    const machine = await noticeFor('machine', 'fa');
    const stale = await noticeFor('stale', 'fa');
    for (const html of [machine, stale]) expect(html).toContain('href="/en/rights/interpreters/" lang="en" hreflang="en"');
    expect(machine).toContain('data-translation-state="machine"');
    expect(stale).toContain('data-translation-state="stale"');
    const { t } = useTranslations('fa');
    expect(machine).toContain(t('notice.machine'));
    expect(stale).toContain(t('notice.stale'));
    expect(t('notice.stale')).not.toBe(t('notice.machine'));
  });

  it('says nothing on an English page or a reviewed translation', async () => {
    expect((await noticeFor('source', 'en')).trim()).toBe('');
    expect((await noticeFor('reviewed', 'zh-hans')).trim()).toBe('');
  });
});
