declare namespace App {
  interface Locals {
    /** The page's language, its content language and notice, set once by resolveRoute() in src/i18n/route.ts. */
    route?: import('./i18n/route').RouteLanguage;
    /** Script sources this page needs beyond 'self', for its policy (src/middleware.ts). */
    scriptSources?: string[];
  }
}
