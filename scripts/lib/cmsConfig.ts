/**
 * Loads the CMS configuration builder outside Astro: esbuild bundles src/admin/inputs.ts and src/lib/cms/config.ts
 * (extensionless TypeScript imports, as Astro resolves them), with the two Astro modules the collection files import
 * replaced by stand-ins (only their schemas are read here).
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CMS_CONFIG_FILE = 'src/admin/config.json';

export const serialiseCmsConfig = (config: unknown) => `${JSON.stringify(config, null, 2)}\n`;

const ENTRY = `
import { buildCmsConfig } from './src/lib/cms/config.ts';
import { cmsConfigInput } from './src/admin/inputs.ts';
export const config = buildCmsConfig(cmsConfigInput);
`;

export async function loadCmsConfig(root: string): Promise<unknown> {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    plugins: [{
      name: 'astro-stand-ins',
      setup(plugin) {
        plugin.onResolve({ filter: /^astro:content$|^astro\/loaders$/ }, (args) => ({ path: args.path, namespace: 'stand-in' }));
        plugin.onLoad({ filter: /.*/, namespace: 'stand-in' }, () => ({
          contents: 'export const defineCollection = (c) => c; export const glob = () => ({}); export const file = () => ({});',
          loader: 'js',
        }));
      },
    }],
  });
  const directory = mkdtempSync(join(tmpdir(), 'waymark-cms-'));
  try {
    const module = join(directory, 'config.mjs');
    writeFileSync(module, result.outputFiles[0]!.text);
    return ((await import(pathToFileURL(module).href)) as { config: unknown }).config;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
