/**
 * A hast plugin for the Markdown processor: gives each heading of a translated page the id of the English page's
 * heading in the same place (see src/lib/headingAnchors.ts). The English ids are worked out by the same heading-ids
 * plugin Astro uses, from the English file, once per file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mdxToJs } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { anchorsFromEnglish, englishPageFileOf, type Heading } from '../lib/headingAnchors.ts';

const englishHeadings = new Map<string, Heading[]>();

function headingsOf(file: string): Heading[] {
  let headings = englishHeadings.get(file);
  if (!headings) {
    const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n?/, '');
    const data = { astro: { frontmatter: {}, headings: [] as (Heading & { text: string })[], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } };
    mdxToJs(body, { hastPlugins: [satteriHeadingIdsPlugin()], data });
    headings = data.astro.headings.map(({ depth, slug }) => ({ depth, slug }));
    englishHeadings.set(file, headings);
  }
  return headings;
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Count the translation's headings first (cheap: from its source), then hand out the English ids in order. */
export function headingAnchors({ fileURL, source }: { fileURL: URL | undefined; source: string }) {
  const file = fileURL ? fileURLToPath(fileURL) : undefined;
  const englishFile = file ? englishPageFileOf(file) : undefined;
  if (!englishFile || !existsSync(englishFile)) return null;
  const depths = [...source.replace(/^---\n[\s\S]*?\n---\n?/, '').replace(/^```[\s\S]*?^```/gm, '').matchAll(/^(#{1,6})\s+\S/gm)].map((match) => match[1]!.length);
  const plan = anchorsFromEnglish(headingsOf(englishFile), depths);
  if (!plan.ok) {
    console.warn(`[waymark:heading-anchors] ${file} ${plan.reason}: its headings keep their own ids until its outline matches the English`);
    return null;
  }
  let index = 0;
  return {
    name: 'waymark-heading-anchors',
    element: {
      filter: HEADINGS,
      visit(node: { properties?: Record<string, unknown> }, context: { setProperty: (node: unknown, name: string, value: string) => void }) {
        const id = plan.ids[index++];
        if (id && typeof node.properties?.id !== 'string') context.setProperty(node, 'id', id);
      },
    },
  };
}
