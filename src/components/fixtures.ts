/**
 * Example props kept beside each component, in `<Component>.fixtures.ts` (GOV.UK Frontend's fixtures are the model).
 * They show what a component is for, and tests/unit/components.test.ts renders every one with Astro's container
 * API: each component has an example in a right-to-left language and one for a translation that is missing.
 */
export interface Fixture<Props> {
  /** What the example shows, in a few words (the test's name). */
  name: string;
  props: Props;
  /** The address of the page it is on, whose first segment is the route's language. Default: /en/. */
  page?: string;
  /** The language of the page's main text when it is not the page's own: `en` on a page not translated yet. */
  contentLanguage?: string;
  /** HTML for the default slot. */
  slot?: string;
  /** The component refuses these props, with an error that contains this. */
  throws?: string;
}
