// npm run cms:config: writes the editor's configuration (src/admin/config.json) from the zod schemas and the language
// registry. Run it after changing a schema or switching a language on; a unit test fails until you do.
//   npm run cms:config            write src/admin/config.json
//   npm run cms:config -- --check exit 1 when the committed file differs
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCmsConfig, CMS_CONFIG_FILE, serialiseCmsConfig } from './lib/cmsConfig.ts';

const ROOT = resolve(import.meta.dirname, '..');
const file = resolve(ROOT, CMS_CONFIG_FILE);
const text = serialiseCmsConfig(await loadCmsConfig(ROOT));
if (process.argv.includes('--check')) {
  const same = readFileSync(file, 'utf8') === text;
  console.log(same ? `${CMS_CONFIG_FILE} matches the schemas` : `${CMS_CONFIG_FILE} differs from the schemas: run npm run cms:config`);
  process.exit(same ? 0 : 1);
}
writeFileSync(file, text);
console.log(`wrote ${CMS_CONFIG_FILE}`);
