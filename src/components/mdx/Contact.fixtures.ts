/** Example props for <Contact> (see src/components/fixtures.ts). Services are read from content/services. */
import type { ComponentProps } from 'astro/types';
import type Contact from './Contact.astro';
import type { Fixture } from '../fixtures';

const HELPLINE = { id: 'modern-slavery-helpline' };

export const fixtures: Fixture<ComponentProps<typeof Contact>>[] = [
  { name: 'a helpline number in English', page: '/en/help/get-help-now/', props: HELPLINE },
  { name: 'the same number on an Arabic page: the digits stay left to right', page: '/ar/help/get-help-now/', props: HELPLINE },
  { name: 'the silent-call code, in Arabic', page: '/ar/help/get-help-now/', props: { id: 'police-emergency', kind: 'silent' } },
  { name: 'a service website', page: '/en/help/get-help-now/', props: { ...HELPLINE, kind: 'web' } },
  { name: 'an unchecked service on a Somali page with no translation yet: "check before use" in English', page: '/so/legal/', state: 'fallback', props: { id: 'acas' } },
  { name: 'an unknown service stops the build', props: { id: 'no-such-service' }, throws: 'no such service' },
  { name: 'a contact the service does not have stops the build', props: { ...HELPLINE, kind: 'silent' }, throws: 'the service has no such contact' },
];
