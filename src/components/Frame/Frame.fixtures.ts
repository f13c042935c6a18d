/**
 * Example props for the page frame (see src/components/fixtures.ts). A page under a language takes its language from
 * its route; the chooser and the not-found page, outside the language routes, name theirs.
 */
import type { ComponentProps } from 'astro/types';
import type Frame from './Frame.astro';
import { languageByPath } from '../../i18n/languages';
import type { Fixture } from '../fixtures';

const english = languageByPath('en')!;
const page = (h1: string) => `<h1>${h1}</h1><p id="what-happens-next">…</p>`;

export const fixtures: Fixture<ComponentProps<typeof Frame>>[] = [
  { name: 'an English page', page: '/en/rights/your-choice/', slot: page('Your choice'), props: { title: 'Your choice', summary: 'You decide what happens next.' } },
  { name: 'a machine-drafted Arabic page, right to left, with its notice', page: '/ar/rights/your-choice/', state: 'machine', slot: page('اختيارك'), props: { title: 'اختيارك', summary: 'أنت تقرر ما سيحدث بعد ذلك.' } },
  {
    name: 'an Arabic page with no translation yet: the frame in Arabic, the main text in English',
    page: '/ar/rights/your-choice/',
    state: 'fallback',
    slot: page('Your choice'),
    props: { title: 'Your choice', summary: 'You decide what happens next.' },
  },
  { name: 'the page a host serves at any missing address: no address of its own', page: '/404.html', slot: page('Page not found'), props: { language: english, title: 'Page not found', summary: 'This page does not exist.', showLanguagePicker: false, listed: false } },
];
