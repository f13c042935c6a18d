/**
 * Writes the editor into <outDir>/admin/: Decap CMS's own files copied from node_modules/decap-cms/dist, Waymark's
 * editor code bundled by esbuild (src/admin/main.ts), the generated configuration, the English version of every
 * translated unit, and one HTML page. Nothing here is linked from, or loaded by, a public page. Used by the build
 * (src/integrations/admin.ts) and by `npm run edit` (scripts/edit.ts).
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { englishVersions } from '../../src/lib/cms/translationRecord.ts';
import { readMdx } from '../../src/lib/cms/contentFiles.ts';
import { readUnits } from '../i18n/readTranslations.ts';
import { filesUnder } from './files.ts';

export const ADMIN_PATH = '/admin/';

/** Decap's files: the bundle, the chunks it loads on demand, its WebAssembly and its licence notice. */
const isDecapFile = (name: string) => /^(?:\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name);

const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>Waymark editor</title>
<script src="waymark-cms.js"></script>
<script src="decap-cms.js"></script>
</head>
<body>
<noscript>The editor needs JavaScript.</noscript>
</body>
</html>
`;

export interface AdminOptions {
  /** The repository the editor reads (the working copy for npm run edit). */
  root: string;
  /** Keys laid over the generated configuration (backend repository, local mode). */
  config?: Record<string, unknown>;
}

export async function writeAdmin(outDir: string, { root, config = {} }: AdminOptions): Promise<string[]> {
  const target = join(outDir, 'admin');
  mkdirSync(target, { recursive: true });
  const decap = resolve(root, 'node_modules/decap-cms/dist');
  const copied = readdirSync(decap).filter(isDecapFile);
  for (const name of copied) copyFileSync(join(decap, name), join(target, name));
  await build({
    entryPoints: [resolve(root, 'src/admin/main.ts')],
    outfile: join(target, 'waymark-cms.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const generated = JSON.parse(readFileSync(resolve(root, 'src/admin/config.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(target, 'config.json'), JSON.stringify({ ...generated, ...config }));
  writeFileSync(join(target, 'english-versions.json'), JSON.stringify(englishVersions(readUnits(root))));
  writeFileSync(join(target, 'english-pages.json'), JSON.stringify(englishPages(root)));
  writeFileSync(join(target, 'index.html'), HTML);
  return [...copied, 'waymark-cms.js', 'config.json', 'english-versions.json', 'english-pages.json', 'index.html'];
}

/** The words of every English page (slug → title, summary, body), shown beside a translation. */
function englishPages(root: string): Record<string, { title: unknown; summary: unknown; body: unknown }> {
  const folder = resolve(root, 'content/pages/en');
  return Object.fromEntries(filesUnder(folder, '.mdx').map((file) => {
    const { title, summary, body } = readMdx(readFileSync(file, 'utf8'));
    return [file.slice(folder.length + 1, -'.mdx'.length), { title, summary, body }];
  }));
}

/** The GitHub repository and sign-in service of the published editor, from the environment of the build. */
export function backendFromEnvironment(generated: { backend: Record<string, unknown> }, env: NodeJS.ProcessEnv): Record<string, unknown> {
  return {
    backend: {
      ...generated.backend,
      ...(env.WAYMARK_CMS_REPO ? { repo: env.WAYMARK_CMS_REPO } : {}),
      ...(env.WAYMARK_CMS_BRANCH ? { branch: env.WAYMARK_CMS_BRANCH } : {}),
      ...(env.WAYMARK_CMS_AUTH_URL ? { base_url: env.WAYMARK_CMS_AUTH_URL } : {}),
    },
  };
}
