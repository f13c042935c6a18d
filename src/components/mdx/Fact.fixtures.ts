/** Example props for <Fact> (see src/components/fixtures.ts). Facts are read from content/facts. */
import type { ComponentProps } from 'astro/types';
import type Fact from './Fact.astro';
import type { Fixture } from '../fixtures';

const RECOVERY_PERIOD = { id: 'ew-recovery-period-min-days' };

export const fixtures: Fixture<ComponentProps<typeof Fact>>[] = [
  { name: 'a duration in English', page: '/en/nrm/', props: RECOVERY_PERIOD },
  { name: 'the same duration in Arabic, right to left', page: '/ar/nrm/', props: RECOVERY_PERIOD },
  { name: 'the same duration in Chinese', page: '/zh-hans/nrm/', props: RECOVERY_PERIOD },
  { name: 'on an Arabic page with no translation yet: in English, like the text around it', page: '/ar/nrm/', state: 'fallback', props: RECOVERY_PERIOD },
  { name: 'an unverified fact is never stated', props: { id: 'et-claim-time-limit-months' }, throws: 'the fact is unverified' },
  { name: 'an unknown fact stops the build', props: { id: 'no-such-fact' }, throws: 'no such fact' },
];
