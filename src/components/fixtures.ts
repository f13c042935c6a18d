/**
 * Example props kept beside each component, in `<Component>.fixtures.ts` (GOV.UK Frontend's fixtures are the model).
 * They show what a component is for, and tests/unit/components.test.ts renders every one with Astro's container
 * API: each component has an example in a right-to-left language and one for a translation that is missing.
 */
import type { TranslationState } from '../lib/translationUnits';

export interface Fixture<Props> {
  /** What the example shows, in a few words (the test's name). */
  name: string;
  props: Props;
  /** The address of the page it is on, whose first segment is the route's language. Default: /en/. */
  page?: string;
  /**
   * The state of what the page shows, as the route gives it to resolveRoute() (src/i18n/route.ts): `fallback` for a
   * page not translated yet, whose main text is then English. Default: `source`.
   */
  state?: TranslationState;
  /** HTML for the default slot. */
  slot?: string;
  /** The component refuses these props, with an error that contains this. */
  throws?: string;
}
