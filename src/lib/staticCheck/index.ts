/** The static check of one built page: every check family, in one list of findings. */
import { checkDocument } from './documentChecks.ts';
import type { Finding } from './findings.ts';
import type { BuiltPage } from './html.ts';
import { checkLinks } from './linkChecks.ts';
import { checkPhoneLinks, type PhoneDirectory } from './phoneLinks.ts';
import { checkRawText, type I18nVocabulary } from './rawTextChecks.ts';
import { checkSecurity } from './securityChecks.ts';
import { checkNoAdminReference } from './adminChecks.ts';
import type { SiteFacts } from './site.ts';

export interface CheckContext {
  site: SiteFacts;
  vocabulary: I18nVocabulary;
  phones: PhoneDirectory;
}

export function checkPage(page: BuiltPage, context: CheckContext): Finding[] {
  return [
    ...checkDocument(page, context.site),
    ...checkLinks(page, context.site),
    ...checkRawText(page, context.vocabulary),
    ...checkSecurity(page, context.site),
    ...checkPhoneLinks(page, context.phones),
    ...checkNoAdminReference(page, context.site),
  ];
}

/**
 * A page part (src/lib/pageParts.ts): a fragment a page fetches, not a page — so no <html lang>, <h1>, title,
 * canonical or policy of its own, but every link, string, number and resource in it is checked as on a page.
 */
export function checkPagePart(page: BuiltPage, context: CheckContext): Finding[] {
  return [
    ...checkLinks(page, context.site),
    ...checkRawText(page, context.vocabulary),
    ...checkSecurity(page, context.site, { part: true }),
    ...checkPhoneLinks(page, context.phones),
    ...checkNoAdminReference(page, context.site),
  ];
}

export { FINDING_KINDS, type Finding, type FindingKind } from './findings.ts';
export { parsePage, type BuiltPage } from './html.ts';
export { i18nVocabulary } from './rawTextChecks.ts';
export { phoneDirectory } from './phoneLinks.ts';
export { checkStylesheet } from './securityChecks.ts';
export { OVER_BUDGET_FOR_NOW, checkPageWeights, isOverBudget, pageWeight, staticImportsOf, PAGE_BUDGET, type PageWeight } from './pageWeight.ts';
export { checkAdminPage, checkSitemapLeavesOutAdmin, isAdminPath } from './adminChecks.ts';
export { fileOfPagePath, pagePathOfFile, type SiteFacts, type SiteLanguage } from './site.ts';
