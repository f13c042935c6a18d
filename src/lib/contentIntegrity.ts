import { findTypedPhoneNumbers } from './phoneNumbers';

/** What the integrity check needs to know about the content, as plain data (no Astro). */
export interface ContentIndex {
  pages: { file: string; sources: string[]; body: string }[];
  facts: Map<string, { verified: boolean; sources: string[] }>;
  services: Map<string, { sources: string[] }>;
  sources: Set<string>;
  glossary: Map<string, { page?: string | undefined }>;
  /** Site paths without language, e.g. `rights/your-choice/`, `` for home. */
  sitePaths: Set<string>;
}

const NATION_IDS = new Set(['ew', 'scotland', 'ni']);

function attributeValues(body: string, component: string): string[] {
  const pattern = new RegExp(`<${component}\\b[^>]*?\\bid=["']([^"']+)["']`, 'g');
  return [...body.matchAll(pattern)].map((match) => match[1]!);
}

function stripComponents(body: string): string {
  return body.replace(/<[A-Z][^>]*>/g, ' ');
}

/** Every broken reference or rule break in the content, as "file: message" lines. Empty means all is well. */
export function findContentErrors(index: ContentIndex): string[] {
  const errors: string[] = [];
  for (const page of index.pages) {
    const report = (message: string) => errors.push(`${page.file}: ${message}`);
    for (const source of page.sources) if (!index.sources.has(source)) report(`unknown source id "${source}"`);
    for (const factId of attributeValues(page.body, 'Fact')) {
      const fact = index.facts.get(factId);
      if (!fact) report(`unknown fact id "${factId}"`);
      else if (!fact.verified) report(`fact "${factId}" is unverified and may not be stated on a page`);
    }
    for (const component of ['Contact', 'Service']) {
      for (const serviceId of attributeValues(page.body, component)) {
        if (!index.services.has(serviceId)) report(`unknown service id "${serviceId}" in <${component}>`);
      }
    }
    for (const termId of attributeValues(page.body, 'Term')) {
      if (!index.glossary.has(termId)) report(`unknown glossary term "${termId}"`);
    }
    for (const nationId of attributeValues(page.body, 'Nation')) {
      if (!NATION_IDS.has(nationId)) report(`unknown nation "${nationId}" (use ew, scotland or ni)`);
    }
    const prose = stripComponents(page.body);
    for (const number of findTypedPhoneNumbers(prose)) {
      report(`phone number "${number}" is typed into the page; use <Contact id="…" /> so it comes from content/services`);
    }
    for (const match of prose.matchAll(/\b\d+\s+(?:working\s+)?(?:days?|weeks?|months?|years?)\b/gi)) {
      report(`duration "${match[0]}" is typed into the page; use <Fact id="…" /> so it comes from content/facts`);
    }
    for (const match of page.body.matchAll(/\]\((\/[^)\s#]*)(#[^)\s]*)?\)/g)) {
      const path = match[1]!.replace(/^\//, '');
      if (!index.sitePaths.has(path)) report(`link to "${match[1]}" goes to no page (links are written without a language, ending in /)`);
    }
  }
  for (const [id, fact] of index.facts) {
    for (const source of fact.sources) if (!index.sources.has(source)) errors.push(`content/facts/${id}.yaml: unknown source id "${source}"`);
  }
  for (const [id, service] of index.services) {
    for (const source of service.sources) if (!index.sources.has(source)) errors.push(`content/services/${id}.yaml: unknown source id "${source}"`);
  }
  for (const [id, term] of index.glossary) {
    if (term.page && !index.sitePaths.has(term.page.replace(/^\//, ''))) errors.push(`content/glossary/en/${id}.yaml: page "${term.page}" does not exist`);
  }
  return errors;
}
